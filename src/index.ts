/**
 * medlint's public API: the only module other packages import.
 *
 *   lintFiles / lintText   the pipeline (read → parse → extract → rules → links → results)
 *   fixFiles / fixText     the same with the fix loop; applyFixes applies one lint's fixes to a text
 *   loadConfig             find and validate .medlintrc.json / .medlintrc.yaml / package.json#medlint
 *   extractDocument        Markdown tree → dataset entries, headings and links
 *   reporters              stylish, json (and the others through formatResults)
 */
import * as parse5 from 'parse5';
import { useHtmlParser } from './extract/html-entries.js';

// The library's synchronous calls (lintText, extractDocument) read entries written in HTML with
// parse5; the command loads it only for a file that has an `<a` (extract/html-entries.ts).
useHtmlParser(parse5);

export { lintFiles, lintText, fixFiles, fixText, type PipelineOptions, type FixOptions, type FixedFile } from './pipeline/index.js';
export { applyFixes, fixPasses, fixPassesSync, MAX_FIX_PASSES, type AppliedFixes, type FixPass, type FixedText } from './linter/fixes.js';
export { writeFixedFile, type WriteRefusal } from './pipeline/write-fixed.js';
export { loadConfig, resolveConfig } from './config/load.js';
export { linkOptionsFromConfig } from './config/link-options.js';
export { configSchema } from './config/schema.js';
export type { MedlintConfig, ResolvedConfig, RuleSetting, LinkConfig } from './config/types.js';
export { extractDocument } from './extract/index.js';
export type { DatasetEntry, ListDocument, LinkRef, HeadingInfo, Access, AccessLevel, Count, EntryLink } from './extract/types.js';
export { parseMarkdown } from './parse/parse-markdown.js';
export { resolveFiles } from './parse/resolve-files.js';
export type { Diagnostic, Severity, Fix, Suggestion, TextEdit, Edit } from './diagnostics/diagnostic.js';
export type { FileResult } from './results/file-result.js';
export { MedlintError, type MedlintErrorCode } from './diagnostics/medlint-error.js';
export { allRuleMetas, documentRules, recordRules } from './rules/index.js';
export type { Rule, RecordRule, RecordDocument, RuleMeta, RuleContext } from './rules/types.js';
export type { RegistryRecord, RegistryName } from './results/registry-record.js';
export { checkLinks, resolveLinkOptions, type LinkOutcome } from './links/index.js';
export { describeOutcome } from './rules/link-rules.js';
export type { LinkCheckOptions, LinkOptionsInput, RegistryApis } from './links/types.js';
export { formatResults, FORMATS, type Format } from './reporters/index.js';
