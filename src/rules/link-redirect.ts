/**
 * A permanent redirect (301, 308): the report names the new URL as the expected value.
 * The link checker concludes the outcome (src/links); this rule turns it into a report.
 */
import type { LinkRule } from './link-rules.js';

export const linkRedirect: LinkRule<'redirect'> = {
  meta: {
    id: 'link-redirect',
    description: 'Links should not go through a permanent redirect (301, 308): use the new URL.',
    category: 'links',
    recommended: 'warn',
    fixable: true,
    hasSuggestions: true,
    messages: {
      permanent: 'Unexpected permanent redirect (`{{status}}`) from `{{url}}`, expected the new URL `{{target}}`',
    },
  },
  kind: 'redirect',
  describe(outcome, { url, status }) {
    return { messageId: 'permanent', data: { url, target: outcome.to, status: outcome.chain[0]?.status ?? status }, expected: outcome.to };
  },
};
