/**
 * From outcome to report: which rule id, which message, with which data. Exhaustive over the
 * outcome union; silent outcomes (ok, mailto:, excluded, …) give null.
 */
import { doiOf } from '../links/resolvers/doi-id.js';
import type { LinkOutcome, RedirectHop } from '../results/link-outcome.js';
import { stripBrackets } from '../links/policy/policy.js';

/** What the pipeline turns into a diagnostic (the engine adds severity, place and docs URL). */
export interface LinkReport {
  ruleId: string;
  messageId: string;
  data: Record<string, string | number>;
  expected?: string;
  note?: string;
}

/** `301 a → b; 302 b → c`, for the diagnostic's note. */
export function formatChain(chain: readonly RedirectHop[]): string {
  return chain.map((hop) => `${hop.status} ${hop.url} → ${hop.location}`).join('; ');
}

function hostOf(url: string): string {
  try {
    return stripBrackets(new URL(url).hostname);
  } catch {
    return url;
  }
}

function report(
  ruleId: string,
  messageId: string,
  data: Record<string, string | number>,
  chain: readonly RedirectHop[] | undefined,
  expected?: string,
): LinkReport {
  const result: LinkReport = { ruleId, messageId, data };
  if (expected !== undefined) result.expected = expected;
  if (chain && chain.length > 0) result.note = `Redirects: ${formatChain(chain)}`;
  return result;
}

type Outcome<K extends LinkOutcome['kind']> = Extract<LinkOutcome, { kind: K }>;

/** Facts every message may use: the host the final hop went to and the last redirect target. */
interface Facts {
  url: string;
  host: string;
  status: number;
  last: string | undefined;
}

/** The report for `url` (as written) with `outcome`, or null when there is nothing to say. */
export function describeOutcome(outcome: LinkOutcome, url: string): LinkReport | null {
  const chain = outcome.chain ?? [];
  const last = chain.at(-1)?.location;
  const facts: Facts = {
    url,
    host: hostOf(last ?? url),
    status: 'status' in outcome && outcome.status !== undefined ? outcome.status : 0,
    last,
  };
  switch (outcome.kind) {
    case 'ok':
      return null;
    case 'redirect':
      return report(
        'link-redirect',
        'permanent',
        { url, target: outcome.to, status: outcome.chain[0]?.status ?? facts.status },
        outcome.chain,
        outcome.to,
      );
    case 'dead':
      return describeDead(outcome, facts);
    case 'unverified':
      return describeUnverified(outcome, facts);
    case 'unreachable':
      return describeUnreachable(outcome, facts);
    case 'fragment-missing':
      return report('link-fragment', 'missing', { url, fragment: outcome.fragment }, outcome.chain);
    case 'skipped':
      return describeSkipped(outcome, facts);
  }
}

function describeDead(outcome: Outcome<'dead'>, { url, host, status, last }: Facts): LinkReport {
  const { chain } = outcome;
  switch (outcome.reason) {
    case 'not-found':
    case 'gone':
      return last === undefined
        ? report('link-dead', 'notFound', { url, status }, chain)
        : report('link-dead', 'redirectToDead', { url, status, target: last }, chain);
    case 'dns-not-found':
      return report('link-dead', 'dnsNotFound', { url, host }, chain);
    case 'connection-refused':
      return report('link-dead', 'connectionRefused', { url, host }, chain);
    case 'redirect-loop':
      return report('link-dead', 'redirectLoop', { url, target: last ?? url }, chain);
    case 'too-many-redirects':
      return report('link-dead', 'tooManyRedirects', { url, max: Math.max(0, (chain?.length ?? 1) - 1) }, chain);
    case 'doi-not-found':
      return report('link-dead', 'doiNotFound', { url, doi: doiFromWritten(url) }, chain);
    case 'github-not-found':
      return report('link-dead', 'githubNotFound', { url }, chain);
  }
}

function describeUnverified(outcome: Outcome<'unverified'>, { url, status, last }: Facts): LinkReport {
  const { chain } = outcome;
  switch (outcome.reason) {
    case 'blocked':
      return report('link-unverified', 'blocked', { url, status }, chain);
    case 'challenge':
      return report('link-unverified', 'challenge', { url, status }, chain);
    case 'login-wall':
      return report('link-unverified', 'loginWall', { url, target: last ?? url }, chain);
    case 'rate-limited':
      return report('link-unverified', 'rateLimited', { url, status, attempts: outcome.attempts ?? 1 }, chain);
    case 'unexpected-status':
      return report('link-unverified', 'unexpectedStatus', { url, status }, chain);
    case 'unsupported-redirect':
      return report('link-unverified', 'unsupportedRedirect', { url, target: last ?? url }, chain);
  }
}

function describeUnreachable(outcome: Outcome<'unreachable'>, { url, host, status }: Facts): LinkReport {
  const { chain, attempts } = outcome;
  const code = outcome.code ?? 'none';
  switch (outcome.reason) {
    case 'timeout':
      return report('link-unreachable', 'timeout', { url, attempts }, chain);
    case 'reset':
      return report('link-unreachable', 'reset', { url, code, attempts }, chain);
    case 'server-error':
      return report('link-unreachable', 'serverError', { url, status, attempts }, chain);
    case 'invalid-response':
      return report('link-unreachable', 'invalidResponse', { url, code: outcome.code ?? `HTTP ${status}` }, chain);
    case 'tls':
      return report('link-unreachable', 'tls', { url, code, host }, chain);
    case 'dns-temporary':
      return report('link-unreachable', 'dnsTemporary', { url, code, host }, chain);
    case 'network':
      return report('link-unreachable', 'network', { url, code }, chain);
  }
}

function describeSkipped(outcome: Outcome<'skipped'>, { url, host }: Facts): LinkReport | null {
  switch (outcome.reason) {
    // Not links medlint is meant to request: silent by design.
    case 'unsupported-scheme':
    case 'relative':
    case 'excluded':
      return null;
    case 'invalid-url':
      return report('link-skipped', 'invalidUrl', { url }, outcome.chain);
    case 'private-address':
      return report(
        'link-skipped',
        'privateAddress',
        { url, address: outcome.address ?? host, range: outcome.range ?? 'private' },
        outcome.chain,
      );
  }
}

function doiFromWritten(url: string): string {
  try {
    return doiOf(new URL(url)) ?? url;
  } catch {
    return url;
  }
}
