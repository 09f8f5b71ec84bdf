/**
 * Runs extract + every document rule at its recommended level over one Markdown text, as the
 * pipeline does offline. Shared by the seed and fixture suites.
 */
import type { ResolvedConfig } from '../../src/config/types.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { extractDocument } from '../../src/extract/index.js';
import { DirectiveMap } from '../../src/linter/directives.js';
import { runRules } from '../../src/linter/run-rules.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { documentRules } from '../../src/rules/index.js';
import { localTargetsByPath } from '../../src/rules/urls.js';

/** The built-in defaults: no rule configured, so each runs at `meta.recommended`. */
export const RECOMMENDED: ResolvedConfig = {
  rules: new Map(),
  ignoreSections: [],
  maxFileSize: Number.POSITIVE_INFINITY,
  links: {},
  source: null,
};

export function lintAll(
  file: string,
  markdown: string,
  /** Whether a relative link target exists, by the path the link names (decoded, no query or fragment). */
  localTargetExists: (path: string) => boolean | undefined,
): Diagnostic[] {
  const tree = parseMarkdown(markdown);
  const document = extractDocument(file, markdown, tree);
  return sortDiagnostics(runRules(document, documentRules, RECOMMENDED, new DirectiveMap(tree), localTargetsByPath(localTargetExists)));
}
