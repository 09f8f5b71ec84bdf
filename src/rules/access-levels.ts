import type { AccessLevel } from '../extract/types.js';

/** Access levels from most to least open: a higher rank asks more of the reader. */
const RANK: Record<AccessLevel, number> = { open: 0, registration: 1, application: 2, credentialed: 3, restricted: 4 };

/** Whether `stated` asks less of the reader than `known` (a list stricter than the fact is not wrong). */
export function isMoreOpen(stated: AccessLevel, known: AccessLevel): boolean {
  return RANK[stated] < RANK[known];
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
