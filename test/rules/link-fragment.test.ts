import { linkFragment } from '../../src/rules/link-fragment.js';
import { linkRuleTester } from '../helpers/link-rule-tester.js';

linkRuleTester(linkFragment, {
  silent: [],
  reports: [
    {
      name: 'a fragment the page does not have',
      outcome: { kind: 'fragment-missing', fragment: 'methods', status: 200 },
      url: 'https://example.org/data#methods',
      messageId: 'missing',
      message:
        'Unexpected missing fragment `#methods` in `https://example.org/data#methods`, expected an element with `id` or `name` `methods` on the page',
    },
    {
      name: 'a missing fragment on the page a temporary redirect reached',
      outcome: {
        kind: 'fragment-missing',
        fragment: 'results',
        status: 200,
        chain: [{ url: 'https://example.org/data', status: 302, location: 'https://example.org/v2' }],
      },
      url: 'https://example.org/data#results',
      messageId: 'missing',
      message:
        'Unexpected missing fragment `#results` in `https://example.org/data#results`, expected an element with `id` or `name` `results` on the page',
      note: 'Redirects: 302 https://example.org/data → https://example.org/v2',
    },
  ],
});
