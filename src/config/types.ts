import type { AccessConfig } from '../knowledge/index.js';
import type { RuleLevel } from '../rules/types.js';

/** A preset a config can extend. */
export type PresetName = 'medlint:recommended' | 'medlint:strict';

/** `"warn"` or `["warn", { …options }]`, as in ESLint. */
export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

/** Link-checker settings, as written in a config file (all optional). */
export interface LinkConfig {
  /** Requests in flight at once, all hosts together (default: `128`). */
  concurrency?: number;
  /** Requests in flight at once to one host (default: `8`). */
  perHost?: number;
  /** Per-host overrides of `perHost`, by host name. */
  hosts?: Record<string, { perHost?: number; headers?: Record<string, string> }>;
  /** Overall time for one request, in milliseconds (default: `15000`). */
  timeout?: number;
  /** Retries after resets and 5xx (default: `2`). */
  retries?: number;
  /** Retries after a timeout (default: `1`). */
  timeoutRetries?: number;
  /** Longest wait for a rate-limited host, in milliseconds (default: `60000`). */
  maxRetryAfter?: number;
  /** Only `false` is accepted: private addresses are allowed from the command line or the Action input alone. */
  allowPrivate?: false;
  /** Regular expressions of URLs not to check. */
  exclude?: string[];
  /** Status codes taken as alive besides 2xx (for example `[429]`). */
  accept?: number[];
  userAgent?: string;
}

/** A config file's content after validation. */
export interface MedlintConfig {
  $schema?: string;
  extends?: PresetName | PresetName[];
  rules?: Record<string, RuleSetting>;
  /** Heading texts (case-insensitive) whose sections hold no entries, added to the built-in list. */
  ignoreSections?: string[];
  /** Largest file medlint reads, in bytes (default: 4 MiB). */
  maxFileSize?: number;
  links?: LinkConfig;
  /** Access facts for the user's own data, over what medlint knows: by host (or host/path) and by dataset name. */
  access?: AccessConfig;
}

/** A rule setting after normalisation: level and merged options. */
export interface ResolvedRule {
  level: RuleLevel;
  options: Record<string, unknown>;
}

/** The config the pipeline runs with: every rule resolved, defaults applied. */
export interface ResolvedConfig {
  rules: Map<string, ResolvedRule>;
  ignoreSections: string[];
  maxFileSize: number;
  links: LinkConfig;
  /** The config's access facts (none when omitted). */
  access?: AccessConfig;
  /** The file it came from, or null for the built-in defaults. */
  source: string | null;
}
