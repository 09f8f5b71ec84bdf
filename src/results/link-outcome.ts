/**
 * What the link checker concludes about one URL: a closed union with a `kind` discriminant and a
 * machine `reason` (anchor: lychee `lychee-lib/src/types/status.rs`). Code switches on `kind` and
 * `reason`, never on message text. The link checker (src/links) produces outcomes; the link rules
 * (src/rules/link-*.ts) describe them, one rule per `kind`.
 */
import type { RegistryName, RegistryRecord } from './registry-record.js';

/** One step of a redirect chain: `url` answered `status` with a `Location` resolving to `location`. */
export interface RedirectHop {
  url: string;
  status: number;
  location: string;
}

/** How an `ok` outcome was established. */
export type CheckedVia = 'http' | 'doi-api' | 'github-api' | 'physionet-api' | 'zenodo-api' | 'huggingface-api';

/** Why a link is dead: proof that the target does not exist (error). */
export type DeadReason =
  | 'not-found' // 404 (also at the end of a redirect chain)
  | 'gone' // 410
  | 'dns-not-found' // the host name does not exist (NXDOMAIN)
  | 'connection-refused'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'doi-not-found' // the DOI handle API answers "not found" (responseCode 100)
  | 'github-not-found' // the GitHub REST API answers 404 for the repository or file
  | 'registry-not-found'; // a registry's API (PhysioNet, Zenodo, Hugging Face) answers that the record does not exist

/** Why a link could not be verified although the server answered: blocked is not dead. */
export type UnverifiedReason =
  | 'blocked' // 401, 402, 403, 451, 999
  | 'challenge' // a bot challenge (`cf-mitigated` header)
  | 'login-wall' // redirected to a login page
  | 'rate-limited' // still 429 after the waits
  | 'unexpected-status' // any other non-2xx answer that proves nothing (400, 418, …)
  | 'unsupported-redirect' // redirected to a scheme that is not http(s)
  | 'unexpected-answer'; // a registry's API answered with JSON that does not parse or lacks the fields

/** Why no answer came, after the retries. Never proof that the target is gone. */
export type UnreachableReason =
  | 'timeout'
  | 'reset'
  | 'server-error' // 5xx after the retries
  | 'invalid-response' // not HTTP, or a redirect without a usable `Location`
  | 'tls' // certificate or handshake error (self-signed, expired, wrong name…)
  | 'dns-temporary' // the resolver failed (EAI_AGAIN), the name may well exist
  | 'network'; // anything else below HTTP (host unreachable…)

/** Why a URL was not requested at all. */
export type SkippedReason =
  | 'unsupported-scheme' // mailto:, tel:, ftp:, … (silent)
  | 'relative' // no scheme: a local link, another rule's business (silent)
  | 'excluded' // matched `exclude` (silent)
  | 'invalid-url' // has a scheme but does not parse (reported)
  | 'private-address'; // resolves to a private, loopback or link-local address (reported)

/** Which private range an address fell into (for the message). */
export type AddressRange =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'shared' // 100.64.0.0/10, carrier-grade NAT
  | 'unique-local' // fc00::/7
  | 'multicast'
  | 'reserved';

export type LinkOutcome =
  | {
      kind: 'ok';
      status: number;
      via: CheckedVia;
      /** For a URL with a fragment: whether it was found, or could not be checked (not HTML, body cap). */
      fragment?: 'found' | 'not-checked';
      /** Temporary redirects followed on the way (not reported). */
      chain?: RedirectHop[];
      /** What the registry's API says about the record (links checked through one). */
      record?: RegistryRecord;
    }
  | {
      kind: 'redirect';
      /** Status of the page finally reached. */
      status: number;
      /** The URL to use instead: the end of the leading run of permanent (301/308) redirects. */
      to: string;
      chain: RedirectHop[];
      via: CheckedVia;
      record?: RegistryRecord;
    }
  | {
      kind: 'dead';
      reason: DeadReason;
      status?: number;
      code?: string;
      /** For `doi-not-found`: the DOI the handle API does not know. */
      doi?: string;
      /** For `registry-not-found`: the registry that does not know the record. */
      registry?: RegistryName;
      chain?: RedirectHop[];
    }
  | {
      kind: 'unverified';
      reason: UnverifiedReason;
      /** For `unexpected-answer`: the registry whose answer could not be read. */
      registry?: RegistryName;
      status?: number;
      attempts?: number;
      chain?: RedirectHop[];
    }
  | {
      kind: 'unreachable';
      reason: UnreachableReason;
      attempts: number;
      status?: number;
      /** The low-level error code (`ECONNRESET`, `DEPTH_ZERO_SELF_SIGNED_CERT`, …). */
      code?: string;
      chain?: RedirectHop[];
    }
  | { kind: 'fragment-missing'; fragment: string; status: number; chain?: RedirectHop[] }
  | {
      kind: 'skipped';
      reason: SkippedReason;
      /** For `private-address`: the address and its range. */
      address?: string;
      range?: AddressRange;
      /** For `unsupported-scheme`. */
      scheme?: string;
      chain?: RedirectHop[];
    };

export type LinkOutcomeKind = LinkOutcome['kind'];

/** Successes are what the cache keeps: the page was reached and is alive. */
export function isSuccess(outcome: LinkOutcome): boolean {
  return outcome.kind === 'ok' || outcome.kind === 'redirect';
}
