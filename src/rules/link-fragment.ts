/**
 * A live page without the element a link's `#fragment` names.
 * The link checker concludes the outcome (src/links); this rule turns it into a report.
 */
import type { LinkRule } from './link-rules.js';

export const linkFragment: LinkRule<'fragment-missing'> = {
  meta: {
    id: 'link-fragment',
    description: 'A link’s `#fragment` must name an element (`id` or `name`) on the page it points to.',
    category: 'links',
    // Warn, not error: the page is alive and readers land on it; pages that build their ids with
    // script cannot be verified from their HTML.
    recommended: 'warn',
    messages: {
      missing:
        'Unexpected missing fragment `#{{fragment}}` in `{{url}}`, expected an element with `id` or `name` `{{fragment}}` on the page',
    },
  },
  kind: 'fragment-missing',
  describe(outcome, { url }) {
    return { messageId: 'missing', data: { url, fragment: outcome.fragment } };
  },
};
