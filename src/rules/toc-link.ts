import {
  collectAnchors,
  displayFragment,
  hasInvisible,
  inPageFragment,
  isAlwaysValidFragment,
  isClearMatch,
  rankAnchors,
  normaliseFragment,
  withoutInvisible,
} from './anchors.js';
import type { Rule } from './types.js';

/**
 * Every `#fragment` in the table of contents reaches a heading (or an HTML anchor). Slugs are
 * GitHub's (github-slugger: lower case, punctuation and emoji dropped, `-1` for repeats);
 * fragments compare case-insensitively because GitHub resolves `#Upper-Case` too.
 */
export const tocLink: Rule = {
  meta: {
    id: 'toc-link',
    description: 'Table-of-contents links must point to an existing heading.',
    category: 'structure',
    recommended: 'error',
    fixable: true,
    hasSuggestions: true,
    messages: {
      missing: 'Unexpected table-of-contents link `#{{fragment}}` to no heading, expected an existing heading anchor',
      missingWithSuggestion:
        'Unexpected table-of-contents link `#{{fragment}}` to no heading, expected an existing heading anchor; did you mean `#{{suggestion}}`?',
      invisibleInAnchor:
        'Unexpected table-of-contents link `#{{fragment}}` to no heading: the anchor of heading `{{heading}}` holds an invisible character (an emoji\'s variation selector), expected the heading without it, so that its anchor is `#{{visible}}`',
    },
  },
  check(document, context) {
    if (!document.toc) return;
    const anchors = collectAnchors(document);
    const tocLinks = document.toc.links;
    // Prefer a heading the ToC does not reach yet: a broken link most likely meant that one.
    const reached = new Set(
      tocLinks.map((ref) => normaliseFragment(inPageFragment(ref.url) ?? '')).filter((slug) => anchors.has(slug)),
    );
    const unreached = document.headings.map((heading) => heading.slug).filter((slug) => !reached.has(slug));
    for (const ref of tocLinks) {
      const fragment = inPageFragment(ref.url);
      if (fragment === null || isAlwaysValidFragment(fragment) || anchors.has(normaliseFragment(fragment))) continue;
      const fromUnreached = rankAnchors(fragment, unreached);
      const ranking = fromUnreached.best !== null ? fromUnreached : rankAnchors(fragment, anchors);
      const closest = ranking.best;
      const suggestion = closest === null ? null : displayFragment(closest);
      const place = { line: ref.line, column: ref.column, endLine: ref.endLine, endColumn: ref.endColumn };
      const heading = closest === null ? undefined : document.headings.find((candidate) => candidate.slug === closest);
      if (closest !== null && heading && hasInvisible(closest)) {
        // `#%EF%B8%8F-tools` would work, but nobody can read or type it: the heading should change.
        const visible = withoutInvisible(closest);
        context.report({ messageId: 'invisibleInAnchor', data: { fragment, heading: heading.text, visible }, ...place, actual: ref.url });
      } else if (suggestion === null) {
        context.report({ messageId: 'missing', data: { fragment }, ...place, actual: ref.url });
      } else {
        // One clear match is fixed; a close call is offered to a person (see the docs page).
        const edits = ref.written ? [{ range: [ref.written.start, ref.written.end] as [number, number], text: `#${suggestion}` }] : null;
        context.report({
          messageId: 'missingWithSuggestion',
          data: { fragment, suggestion },
          ...place,
          actual: ref.url,
          expected: `#${suggestion}`,
          ...(edits && isClearMatch(ranking) ? { fix: edits } : {}),
          ...(edits && !isClearMatch(ranking) ? { suggestions: [{ description: `Link \`#${suggestion}\` instead`, edits }] } : {}),
        });
      }
    }
  },
};
