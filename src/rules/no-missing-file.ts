import type { Rule } from './types.js';
import { classifyUrl } from './urls.js';

/**
 * Relative links (`./x.md`, `../a/b.md`, `docs/x.png`, with or without `#fragment` / `?query`)
 * name files that exist. The pipeline looks the targets up before rules run; a target it did not
 * look up (`undefined`) is not reported, nor one outside the repository (never looked up:
 * `no-link-outside-repository` reports it). Root-relative links (`/docs/x.md`) are not checked.
 */
export const noMissingFile: Rule = {
  meta: {
    id: 'no-missing-file',
    description: 'Relative links must point to files that exist.',
    category: 'links',
    recommended: 'error',
    messages: {
      missing: 'Unexpected link to missing file `{{path}}`, expected an existing file relative to this document',
    },
  },
  check(document, context) {
    for (const ref of document.links) {
      if (ref.kind === 'bare') continue;
      const form = classifyUrl(ref.url);
      if (form.kind !== 'relative' || form.path === '') continue;
      // Looked up by the URL as written: the pipeline keys its results by it.
      if (context.localTarget(ref.url)?.kind !== 'missing') continue;
      context.report({
        messageId: 'missing',
        data: { path: form.path },
        line: ref.line,
        column: ref.column,
        endLine: ref.endLine,
        endColumn: ref.endColumn,
        actual: ref.url,
      });
    }
  },
};
