/**
 * From link outcome to report. The link checker concludes one `LinkOutcome` per URL; each link
 * rule (`link-*.ts`, one per outcome `kind`, anchor: dead-or-alive's per-failure rule ids) says
 * which message, with which data. Users turn them on, off or down like any rule; the checker's
 * options live in the config's `links` section, not in these rules' options. Exhaustive over the
 * outcome union; silent outcomes (ok, mailto:, excluded, …) give null.
 */
import type { LinkOutcome, LinkOutcomeKind, RedirectHop } from '../results/link-outcome.js';
import { linkDead } from './link-dead.js';
import { linkFragment } from './link-fragment.js';
import { linkRedirect } from './link-redirect.js';
import { linkSkipped } from './link-skipped.js';
import { linkUnreachable } from './link-unreachable.js';
import { linkUnverified } from './link-unverified.js';
import type { RuleMeta } from './types.js';

/** Facts every message may use: the host the final hop went to and the last redirect target. */
export interface LinkFacts {
  /** The URL as written. */
  url: string;
  host: string;
  /** The outcome's status, 0 when it has none. */
  status: number;
  last: string | undefined;
}

/** What a link rule says about an outcome: a message of its own and the message's data. */
export interface LinkMessage {
  messageId: string;
  data: Record<string, string | number>;
  expected?: string;
}

/** A link rule: metadata beside a pure description of the outcomes of one `kind`. */
export interface LinkRule<K extends LinkOutcomeKind> {
  meta: RuleMeta;
  kind: K;
  describe(outcome: Extract<LinkOutcome, { kind: K }>, facts: LinkFacts): LinkMessage | null;
}

/** What the pipeline turns into a diagnostic (the engine adds severity, place and docs URL). */
export interface LinkReport {
  ruleId: string;
  messageId: string;
  data: Record<string, string | number>;
  expected?: string;
  note?: string;
}

/** Every link rule's metadata, in the order of the docs. */
export const linkRules: RuleMeta[] = [linkDead, linkRedirect, linkUnverified, linkUnreachable, linkFragment, linkSkipped].map((rule) => rule.meta);

/** `301 a → b; 302 b → c`, for the diagnostic's note. */
function formatChain(chain: readonly RedirectHop[]): string {
  return chain.map((hop) => `${hop.status} ${hop.url} → ${hop.location}`).join('; ');
}

function hostOf(url: string): string {
  try {
    const { hostname } = new URL(url);
    // An IPv6 literal without its brackets, as people write it.
    return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  } catch {
    return url;
  }
}

function reportOf<K extends LinkOutcomeKind>(rule: LinkRule<K>, outcome: Extract<LinkOutcome, { kind: K }>, facts: LinkFacts): LinkReport | null {
  const message = rule.describe(outcome, facts);
  if (message === null) return null;
  const result: LinkReport = { ruleId: rule.meta.id, messageId: message.messageId, data: message.data };
  if (message.expected !== undefined) result.expected = message.expected;
  const chain = outcome.chain ?? [];
  if (chain.length > 0) result.note = `Redirects: ${formatChain(chain)}`;
  return result;
}

/** The report for `url` (as written) with `outcome`, or null when there is nothing to say. */
export function describeOutcome(outcome: LinkOutcome, url: string): LinkReport | null {
  const last = outcome.chain?.at(-1)?.location;
  const facts: LinkFacts = {
    url,
    host: hostOf(last ?? url),
    status: 'status' in outcome && outcome.status !== undefined ? outcome.status : 0,
    last,
  };
  switch (outcome.kind) {
    case 'ok':
      return null;
    case 'redirect':
      return reportOf(linkRedirect, outcome, facts);
    case 'dead':
      return reportOf(linkDead, outcome, facts);
    case 'unverified':
      return reportOf(linkUnverified, outcome, facts);
    case 'unreachable':
      return reportOf(linkUnreachable, outcome, facts);
    case 'fragment-missing':
      return reportOf(linkFragment, outcome, facts);
    case 'skipped':
      return reportOf(linkSkipped, outcome, facts);
  }
}
