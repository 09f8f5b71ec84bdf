/**
 * Links medlint would not request: reported when they are private addresses or do not parse.
 * The link checker concludes the outcome (src/links); this rule turns it into a report.
 */
import type { LinkRule } from './link-rules.js';

export const linkSkipped: LinkRule<'skipped'> = {
  meta: {
    id: 'link-skipped',
    description: 'Links that medlint refuses to request (private, loopback or link-local addresses) or cannot parse are reported.',
    category: 'links',
    recommended: 'warn',
    messages: {
      privateAddress:
        'Unexpected {{range}} address `{{address}}` for `{{url}}`, expected a public host; pass `--allow-private` to check it',
      invalidUrl: 'Unexpected invalid URL `{{url}}`, expected an absolute `http(s)` URL',
    },
  },
  kind: 'skipped',
  describe(outcome, { url, host }) {
    switch (outcome.reason) {
      // Not links medlint is meant to request: silent by design.
      case 'unsupported-scheme':
      case 'relative':
      case 'excluded':
        return null;
      case 'invalid-url':
        return { messageId: 'invalidUrl', data: { url } };
      case 'private-address':
        return { messageId: 'privateAddress', data: { url, address: outcome.address ?? host, range: outcome.range ?? 'private' } };
    }
  },
};
