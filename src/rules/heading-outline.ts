import type { HeadingInfo } from '../extract/types.js';
import type { Rule } from './types.js';

/** Any run of headings, none included (markdownlint MD043's `*`). */
const ANY_RUN = '*';
/** One or more headings of any text (MD043's `+`). */
const ONE_OR_MORE = '+';
/** Exactly one heading of any text (MD043's `?`). */
const ANY_ONE = '?';

/**
 * The top-level headings follow a configured outline, so a family of lists that share a template
 * hold each other to it. Headings compare as written in the outline: `## Text`, rank and text,
 * case-insensitively unless `matchCase`. The outline is matched as a pattern over the headings
 * (every possible split of `*` and `+` at once, so no choice made early can fail later), and the
 * first heading no split can take is reported.
 */
export const headingOutline: Rule = {
  meta: {
    id: 'heading-outline',
    description: 'Headings must follow the outline set in the `headings` option.',
    category: 'structure',
    recommended: 'off',
    messages: {
      unexpected: 'Unexpected heading `{{actual}}`, expected {{expected}} from the configured outline',
      extra: 'Unexpected heading `{{actual}}` after the end of the configured outline, expected no more headings',
      missing: 'Unexpected end of the headings, expected {{expected}} from the configured outline',
    },
    schema: {
      type: 'object',
      properties: {
        headings: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description:
            'The required headings in order, each as written (`## Datasets`); `*` stands for any run of headings, `+` for one or more, `?` for exactly one (default: `[]`, no outline).',
        },
        matchCase: { type: 'boolean', description: 'Compare heading text case-sensitively (default: `false`).' },
      },
    },
    defaultOptions: { headings: [], matchCase: false },
  },
  check(document, context) {
    const option = context.options['headings'];
    const outline = Array.isArray(option) ? option.filter((item): item is string => typeof item === 'string') : [];
    if (outline.length === 0) return;
    const matchCase = context.options['matchCase'] === true;
    const normalise = (text: string): string => {
      const folded = text.trim().replace(/\s+/g, ' ');
      return matchCase ? folded : folded.toLowerCase();
    };
    // `+` is `?` then `*`: a pattern of literals and two wildcards.
    const pattern = outline.flatMap((item) => (item.trim() === ONE_OR_MORE ? [ANY_ONE, ANY_RUN] : [item.trim()]));
    const expectedAt = pattern.map((item) => (item === ANY_RUN || item === ANY_ONE ? item : normalise(item)));

    let states = closure(new Set([0]), pattern);
    for (const heading of document.headings) {
      const actual = written(heading);
      const next = new Set<number>();
      for (const state of states) {
        const item = expectedAt[state];
        if (item === ANY_RUN) next.add(state);
        else if (item === ANY_ONE || item === normalise(actual)) next.add(state + 1);
      }
      if (next.size === 0) {
        const place = { line: heading.line, column: heading.column, endLine: heading.endLine, endColumn: heading.endColumn };
        const expected = literalsAt(states, pattern);
        if (expected.length === 0) context.report({ messageId: 'extra', data: { actual }, ...place, actual });
        else context.report({ messageId: 'unexpected', data: { actual, expected: quoted(expected) }, ...place, actual, expected: expected[0] as string });
        return;
      }
      states = closure(next, pattern);
    }
    if (states.has(pattern.length)) return;
    // What the split that went furthest still needs: `## License`, not the `## Contributing` a `*` could also have taken.
    const furthest = new Set([Math.max(...states)]);
    const expected = literalsAt(furthest, pattern).concat(wildcardsAt(furthest, pattern));
    const last = document.headings.at(-1);
    const place = last ? { line: last.line, column: last.column, endLine: last.endLine, endColumn: last.endColumn } : {};
    context.report({ messageId: 'missing', data: { expected: quoted(expected) }, ...place, expected: expected[0] as string });
  },
};

/** `## Datasets`: how the outline writes a heading. */
function written(heading: HeadingInfo): string {
  return `${'#'.repeat(heading.depth)} ${heading.text}`;
}

/** Adds the states reached by letting each `*` match nothing. */
function closure(states: Set<number>, pattern: readonly string[]): Set<number> {
  const result = new Set<number>();
  for (const start of states) {
    let state = start;
    result.add(state);
    while (pattern[state] === ANY_RUN) {
      state += 1;
      result.add(state);
    }
  }
  return result;
}

/** The literal headings the outline could take next, in outline order. */
function literalsAt(states: ReadonlySet<number>, pattern: readonly string[]): string[] {
  return [...states]
    .sort((a, b) => a - b)
    .map((state) => pattern[state])
    .filter((item): item is string => item !== undefined && item !== ANY_RUN && item !== ANY_ONE);
}

/** A heading of any text, when the outline still wants one. */
function wildcardsAt(states: ReadonlySet<number>, pattern: readonly string[]): string[] {
  return [...states].some((state) => pattern[state] === ANY_ONE) ? ['a heading'] : [];
}

function quoted(items: readonly string[]): string {
  return items.map((item) => (item === 'a heading' ? item : `\`${item}\``)).join(' or ');
}
