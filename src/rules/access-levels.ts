import type { AccessLevel } from '../extract/types.js';

/** Access levels from most to least open: a higher rank asks more of the reader. */
const RANK: Record<AccessLevel, number> = { open: 0, registration: 1, application: 2, credentialed: 3, restricted: 4 };

/** Whether `stated` asks less of the reader than `known` (a list stricter than the fact is not wrong). */
export function isMoreOpen(stated: AccessLevel, known: AccessLevel): boolean {
  return RANK[stated] < RANK[known];
}

/**
 * Levels that say the data is behind a gate someone decides on: an application, credentials,
 * a request. "Request access" for a credentialed dataset is vague, not wrong.
 */
const GATED: ReadonlySet<AccessLevel> = new Set(['application', 'credentialed', 'restricted']);

/**
 * Whether what a list states contradicts the known level: it promises the data to anyone
 * (`open`) or to anyone with an account (`registration`) where more is needed. A statement that
 * says the data is gated, however vaguely, agrees with any gated level.
 */
export function contradicts(stated: AccessLevel, known: AccessLevel): boolean {
  return !GATED.has(stated) && isMoreOpen(stated, known);
}

/**
 * Whether a statement agrees with the known level but names another gate ("request access" for
 * a credentialed dataset): `entry-access` suggests the precise terms.
 */
export function isImprecise(stated: AccessLevel, known: AccessLevel): boolean {
  return stated !== known && GATED.has(stated) && GATED.has(known);
}

/** `registration` → `needs registration`, for messages. */
export function describeLevel(level: AccessLevel): string {
  switch (level) {
    case 'open':
      return 'is open';
    case 'registration':
      return 'needs registration';
    case 'application':
      return 'needs an application';
    case 'credentialed':
      return 'needs credentialed access';
    case 'restricted':
      return 'is restricted';
  }
}
