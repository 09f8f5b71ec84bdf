import { linkRedirect } from '../../src/rules/link-redirect.js';
import { linkRuleTester } from '../helpers/link-rule-tester.js';

linkRuleTester(linkRedirect, {
  silent: [],
  reports: [
    {
      name: 'a permanent redirect, with the new URL as the expected value',
      outcome: {
        kind: 'redirect',
        status: 200,
        to: 'https://example.org/new',
        chain: [{ url: 'https://example.org/data', status: 301, location: 'https://example.org/new' }],
        via: 'http',
      },
      messageId: 'permanent',
      message: 'Unexpected permanent redirect (`301`) from `https://example.org/data`, expected the new URL `https://example.org/new`',
      expected: 'https://example.org/new',
      note: 'Redirects: 301 https://example.org/data → https://example.org/new',
    },
    {
      name: 'the first status of a chain of 308 then 301',
      outcome: {
        kind: 'redirect',
        status: 200,
        to: 'https://example.org/c',
        chain: [
          { url: 'https://example.org/a', status: 308, location: 'https://example.org/b' },
          { url: 'https://example.org/b', status: 301, location: 'https://example.org/c' },
        ],
        via: 'http',
      },
      url: 'https://example.org/a',
      messageId: 'permanent',
      message: 'Unexpected permanent redirect (`308`) from `https://example.org/a`, expected the new URL `https://example.org/c`',
      expected: 'https://example.org/c',
      note: 'Redirects: 308 https://example.org/a → https://example.org/b; 301 https://example.org/b → https://example.org/c',
    },
  ],
});
