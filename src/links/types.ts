/**
 * The link checker's contract with the pipeline. The pipeline hands over unique URLs and gets
 * one outcome per URL; it then walks every reference in source order and turns outcomes into
 * diagnostics, so output never depends on which request finished first.
 */
import type { AddressRange } from '../results/link-outcome.js';

/** A pattern searched anywhere in a URL: a user's runs on a linear-time engine (`src/config/patterns.ts`). */
export interface UrlPattern {
  test(url: string): boolean;
}

/** Options after defaults are applied (see `src/config/types.ts` LinkConfig for the file form). */
export interface LinkCheckOptions {
  /** Requests in flight at once, all hosts together (default: `128`). */
  concurrency: number;
  /** Requests in flight at once per host (default: `8`). */
  perHost: number;
  /** Host name → its own per-host limit. */
  perHostByHost: Record<string, number>;
  /** Host name → extra request headers (never the GitHub token). */
  headersByHost: Record<string, Record<string, string>>;
  /** Overall time for one request attempt, in ms (default: `15000`). */
  timeoutMs: number;
  /** Retries after resets and 5xx (default: `2`). */
  retries: number;
  /** Retries after timeouts (default: `1`). */
  timeoutRetries: number;
  /** Longest Retry-After wait honoured, in ms (default: `60000`). */
  maxRetryAfterMs: number;
  /** Request private, loopback and link-local addresses (default: `false`). */
  allowPrivate: boolean;
  /** URLs matching any of these are not checked. */
  exclude: UrlPattern[];
  /** Extra status codes taken as alive. */
  accept: number[];
  userAgent: string;
  /** Token for the GitHub REST API; sent to `githubApiUrl`'s host only. */
  githubToken: string | null;
  /** (default: `https://api.github.com`) */
  githubApiUrl: string;
  /** Base of the DOI handle API (default: `https://doi.org/api/handles/`). */
  doiApiUrl: string;
  /**
   * Origins the registries' documented API paths are appended to (defaults: `https://physionet.org`,
   * `https://zenodo.org`, `https://huggingface.co`). Set from the command line or the environment
   * only, never from a config file: a moved API could collect a token.
   */
  apis: RegistryApis;
  /** Token for the Hugging Face Hub API (`HF_TOKEN`); sent to `apis.huggingface`'s origin only, never after a redirect. */
  huggingfaceToken: string | null;
  /**
   * Link cache file, how old an entry may be, and the folder the file must stay inside after
   * symbolic links (default: the file's own folder); null disables the cache.
   */
  cache: { path: string; maxAgeMs: number; root?: string } | null;
  /** Called after each URL is settled; the CLI drives a progress bar with it. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Base of the exponential backoff between retries, in ms; each retry waits about twice as long,
   * with jitter (default: `1000`). Tests make it small.
   */
  retryDelayMs?: number;
  /** Most bytes read from one response body while looking for fragments (default: `4194304`, 4 MiB). */
  maxBodyBytes?: number;
  /** Redirects followed by hand before giving up (default: `10`). */
  maxRedirects?: number;
  /**
   * Name resolver (default: the system resolver, `dns.lookup`). Called once per host name and run;
   * the connection goes to exactly the addresses it returned after the private-address check.
   */
  lookup?: LookupAll;
  /**
   * Certificate authorities (PEM) that TLS connections trust instead of Node's built-in ones: for
   * tests against a TLS server on 127.0.0.1 only. The API's alone: never set from a config file
   * or the command line.
   */
  trustedCa?: string;
  /**
   * Which private range an address is in, or null for a public one (default: the built-in table:
   * 0/8, 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.168/16, reserved and multicast; ::,
   * ::1, fe80::/10, fc00::/7, and IPv4-mapped forms). Embedders can widen it.
   */
  privateRange?: (address: string) => AddressRange | null;
}

/** Options as callers give them: any may be left out (defaults apply), each registry's API too. */
export type LinkOptionsInput = Partial<Omit<LinkCheckOptions, 'apis'>> & { apis?: Partial<RegistryApis> };

/** The API base URL of each registry that has one besides GitHub and DOI. */
export interface RegistryApis {
  physionet: string;
  zenodo: string;
  huggingface: string;
}

/** Resolves a host name to all its addresses, like `dns.promises.lookup(name, { all: true })`. */
export type LookupAll = (hostname: string) => Promise<Array<{ address: string; family: number }>>;
