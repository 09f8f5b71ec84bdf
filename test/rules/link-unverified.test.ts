import { linkUnverified } from '../../src/rules/link-unverified.js';
import { linkRuleTester } from '../helpers/link-rule-tester.js';

linkRuleTester(linkUnverified, {
  silent: [],
  reports: [
    {
      name: 'a 403 as blocked, not dead',
      outcome: { kind: 'unverified', reason: 'blocked', status: 403 },
      messageId: 'blocked',
      message:
        'Unexpected HTTP `403` from `https://example.org/data`: the server turns automated checks away, expected a page that can be verified; check it in a browser',
    },
    {
      name: 'a bot challenge',
      outcome: { kind: 'unverified', reason: 'challenge', status: 403 },
      messageId: 'challenge',
      message:
        'Unexpected bot challenge (`cf-mitigated`, HTTP `403`) at `https://example.org/data`, expected a page that can be verified; check it in a browser',
    },
    {
      name: 'a login wall, by the last redirect target',
      outcome: {
        kind: 'unverified',
        reason: 'login-wall',
        status: 200,
        chain: [{ url: 'https://example.org/data', status: 302, location: 'https://example.org/login' }],
      },
      messageId: 'loginWall',
      message: 'Unexpected login wall at `https://example.org/data` (redirects to `https://example.org/login`), expected a public page',
      note: 'Redirects: 302 https://example.org/data → https://example.org/login',
    },
    {
      name: 'a rate limit, with the attempts made',
      outcome: { kind: 'unverified', reason: 'rate-limited', status: 429, attempts: 3 },
      messageId: 'rateLimited',
      message:
        'Unexpected rate limit (HTTP `429`) at `https://example.org/data` after 3 attempts, expected an answer; check it later or lower `links.perHost`',
    },
    {
      name: 'a status that proves nothing',
      outcome: { kind: 'unverified', reason: 'unexpected-status', status: 400 },
      messageId: 'unexpectedStatus',
      message: 'Unexpected HTTP `400` from `https://example.org/data`, expected a `2xx` answer',
    },
    {
      name: 'a redirect to another scheme',
      outcome: {
        kind: 'unverified',
        reason: 'unsupported-redirect',
        chain: [{ url: 'https://example.org/data', status: 302, location: 'ftp://example.org/data' }],
      },
      messageId: 'unsupportedRedirect',
      message: 'Unexpected redirect from `https://example.org/data` to `ftp://example.org/data`, expected an `http(s)` page',
      note: 'Redirects: 302 https://example.org/data → ftp://example.org/data',
    },
    {
      name: 'a registry answer that is not the record it should be',
      outcome: { kind: 'unverified', reason: 'unexpected-answer', registry: 'physionet', status: 200 },
      url: 'https://physionet.org/content/ptbxl/',
      messageId: 'unexpectedAnswer',
      message: "Unexpected answer from PhysioNet for `https://physionet.org/content/ptbxl/` (HTTP `200`: not JSON, or without the record's fields), expected its API's record; the link is unverified",
    },
  ],
});
