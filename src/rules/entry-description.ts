import type { Rule } from './types.js';

/** Letters and digits; a description of only punctuation (`-`, `...`, `:`) says nothing. */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/** Default for the `minLength` option. */
const DEFAULT_MIN_LENGTH = 1;

/**
 * Every dataset entry says what the dataset is: a description after its name, of `minLength` or
 * more. Resources (search engines, other lists, tools) are not datasets and are skipped.
 */
export const entryDescription: Rule = {
  meta: {
    id: 'entry-description',
    description: 'Dataset entries must have a description of at least `minLength` characters.',
    category: 'entries',
    recommended: 'error',
    messages: {
      missing: 'Unexpected entry `{{name}}` without a description, expected a description after the name',
      tooShort:
        'Unexpected description of {{length}} characters for `{{name}}`, expected at least {{minLength}} characters',
    },
    schema: {
      type: 'object',
      properties: {
        minLength: {
          type: 'integer',
          minimum: 1,
          description: 'Fewest characters a description may have, spaces included (default: `1`).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { minLength: DEFAULT_MIN_LENGTH },
  },
  check(document, context) {
    const option = context.options['minLength'];
    const minLength = typeof option === 'number' && option >= 1 ? option : DEFAULT_MIN_LENGTH;
    for (const entry of document.entries) {
      // Search engines, other lists and tools need no description of a dataset.
      if (entry.kind === 'resource') continue;
      const description = entry.description.trim();
      const name = entry.name !== '' ? entry.name : (entry.url ?? '');
      const place = { line: entry.line, column: entry.column, endLine: entry.endLine, endColumn: entry.endColumn };
      if (!MEANINGFUL.test(description)) {
        context.report({ messageId: 'missing', data: { name }, ...place });
        continue;
      }
      // Code points, so an emoji or a CJK character counts once.
      const length = [...description].length;
      if (length < minLength) {
        context.report({
          messageId: 'tooShort',
          data: { name, length, minLength },
          ...place,
          actual: description,
        });
      }
    }
  },
};
