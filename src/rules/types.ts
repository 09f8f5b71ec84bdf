import type { Edit, Span } from '../diagnostics/diagnostic.js';
import type { ListDocument } from '../extract/types.js';
import type { RegistryRecord } from '../results/registry-record.js';

/** A rule's level in the config: `off`, `warn` or `error`. */
export type RuleLevel = 'off' | 'warn' | 'error';

export type RuleCategory = 'entries' | 'structure' | 'links';

/** A JSON Schema fragment (the subset we generate and validate). */
export type JsonSchema = Record<string, unknown>;

/** What a rule is, as data: the registry, docs, README table and config schema read this. */
export interface RuleMeta {
  /** Kebab-case id; also the docs page name. */
  id: string;
  /** One sentence, for the README table and `--help`. */
  description: string;
  category: RuleCategory;
  /** Level in `medlint:recommended`. */
  recommended: RuleLevel;
  /** Message templates by messageId, with `{{placeholders}}`. */
  messages: Record<string, string>;
  /** True when some reports carry a `fix` that `--fix` applies (shown in the docs and README). */
  fixable?: boolean;
  /** True when some reports carry `suggestions` (shown, never applied). */
  hasSuggestions?: boolean;
  /** JSON Schema of the options object, when the rule takes options. */
  schema?: JsonSchema;
  defaultOptions?: Record<string, unknown>;
}

/** What a rule hands to `context.report()`. */
export interface RuleReport extends Partial<Span> {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where; defaults to the whole-file start when omitted. */
  line?: number;
  column?: number;
  actual?: string;
  expected?: string;
  note?: string;
  /** Edits (offsets into `document.source`) that correct the finding; only rules with `meta.fixable`. */
  fix?: Edit[];
  /** Corrections for a person to choose; never applied by `--fix`. */
  suggestions?: Array<{ description: string; edits: Edit[] }>;
}

/** Everything a rule may use besides the document: pure data, no I/O. */
export interface RuleContext {
  options: Record<string, unknown>;
  report(report: RuleReport): void;
  /**
   * What a relative link's target is on disk, by the link's URL as written (`docs/a%20b.md#x`).
   * The pipeline looks the targets up before rules run, so rules stay pure: `undefined` means
   * "not looked up" (treat as unknown, report nothing).
   */
  localTarget(url: string): LocalTarget | undefined;
  /**
   * What a registry's API says about the record a link (by its URL as written) points at. Only
   * rules that run after the link check (`recordRules`) get records; `undefined` means none (an
   * offline run, a link no registry claims, or one whose API did not answer).
   */
  record(url: string): RegistryRecord | undefined;
}

/**
 * A relative link's target as the pipeline found it. `outside`: the path leaves the repository
 * (by `..` or through a symlink), so it was never looked up. `found.anchors`: the target's
 * anchors, normalised, when the link has a fragment and the target is Markdown or HTML that was
 * read; null when they are unknown.
 */
export type LocalTarget =
  | { kind: 'missing' }
  | { kind: 'outside' }
  | { kind: 'found'; anchors: ReadonlySet<string> | null };

/** A document rule: metadata beside a pure, synchronous check. */
export interface Rule {
  meta: RuleMeta;
  check(document: ListDocument, context: RuleContext): void;
}

/** What a rule that compares entries with their registry records sees: no tree, no source. */
export type RecordDocument = Pick<ListDocument, 'file' | 'entries' | 'links'>;

/**
 * A rule that compares entries with the records of their links: it runs after the link check
 * (beside the link rules), or with no records when links are not checked.
 */
export interface RecordRule {
  meta: RuleMeta;
  check(document: RecordDocument, context: RuleContext): void;
}
