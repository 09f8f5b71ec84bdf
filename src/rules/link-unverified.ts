/**
 * The server answered but would not let medlint verify the page: blocked is not dead.
 * The link checker concludes the outcome (src/links); this rule turns it into a report.
 */
import { REGISTRY_TITLES } from '../results/registry-record.js';
import type { LinkRule } from './link-rules.js';

export const linkUnverified: LinkRule<'unverified'> = {
  meta: {
    id: 'link-unverified',
    description: 'Links that the server would not let medlint verify (blocked, bot challenge, login wall, rate limit) are reported, not called dead.',
    category: 'links',
    recommended: 'warn',
    messages: {
      blocked:
        'Unexpected HTTP `{{status}}` from `{{url}}`: the server turns automated checks away, expected a page that can be verified; check it in a browser',
      challenge:
        'Unexpected bot challenge (`cf-mitigated`, HTTP `{{status}}`) at `{{url}}`, expected a page that can be verified; check it in a browser',
      loginWall: 'Unexpected login wall at `{{url}}` (redirects to `{{target}}`), expected a public page',
      rateLimited:
        'Unexpected rate limit (HTTP `{{status}}`) at `{{url}}` after {{attempts}} attempts, expected an answer; check it later or lower `links.perHost`',
      unexpectedStatus: 'Unexpected HTTP `{{status}}` from `{{url}}`, expected a `2xx` answer',
      unsupportedRedirect: 'Unexpected redirect from `{{url}}` to `{{target}}`, expected an `http(s)` page',
      unexpectedAnswer:
        'Unexpected answer from {{registry}} for `{{url}}` (HTTP `{{status}}`: not JSON, or without the record\'s fields), expected its API\'s record; the link is unverified',
    },
  },
  kind: 'unverified',
  describe(outcome, { url, status, last }) {
    switch (outcome.reason) {
      case 'blocked':
        return { messageId: 'blocked', data: { url, status } };
      case 'challenge':
        return { messageId: 'challenge', data: { url, status } };
      case 'login-wall':
        return { messageId: 'loginWall', data: { url, target: last ?? url } };
      case 'rate-limited':
        return { messageId: 'rateLimited', data: { url, status, attempts: outcome.attempts ?? 1 } };
      case 'unexpected-status':
        return { messageId: 'unexpectedStatus', data: { url, status } };
      case 'unsupported-redirect':
        return { messageId: 'unsupportedRedirect', data: { url, target: last ?? url } };
      case 'unexpected-answer':
        return { messageId: 'unexpectedAnswer', data: { url, status, registry: REGISTRY_TITLES[outcome.registry ?? 'github'] } };
    }
  },
};
