import { closestAnchor, collectAnchors, displayFragment, inPageFragment, isAlwaysValidFragment, normaliseFragment } from './anchors.js';
import type { Rule } from './types.js';

/**
 * In-page links outside the table of contents (`toc-link` covers those) reach a heading or an
 * HTML anchor (`<a name="x">`, `id="x"`), compared as GitHub resolves them.
 */
export const noMissingFragment: Rule = {
  meta: {
    id: 'no-missing-fragment',
    description: 'In-page `#fragment` links must point to an existing heading or anchor.',
    category: 'links',
    recommended: 'error',
    messages: {
      missing: 'Unexpected link `#{{fragment}}` to no heading or anchor, expected an existing one',
      missingWithSuggestion:
        'Unexpected link `#{{fragment}}` to no heading or anchor, expected an existing one; did you mean `#{{suggestion}}`?',
    },
  },
  check(document, context) {
    let anchors: Set<string> | null = null;
    for (const ref of document.links) {
      if (ref.inToc || ref.kind === 'bare') continue;
      const fragment = inPageFragment(ref.url.trim());
      if (fragment === null || isAlwaysValidFragment(fragment)) continue;
      anchors ??= collectAnchors(document);
      if (anchors.has(normaliseFragment(fragment))) continue;
      const closest = closestAnchor(fragment, anchors);
      const suggestion = closest === null ? null : displayFragment(closest);
      const place = { line: ref.line, column: ref.column, endLine: ref.endLine, endColumn: ref.endColumn };
      if (suggestion === null) {
        context.report({ messageId: 'missing', data: { fragment }, ...place, actual: ref.url });
      } else {
        context.report({
          messageId: 'missingWithSuggestion',
          data: { fragment, suggestion },
          ...place,
          actual: ref.url,
          expected: `#${suggestion}`,
        });
      }
    }
  },
};
