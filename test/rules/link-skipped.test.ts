import { linkSkipped } from '../../src/rules/link-skipped.js';
import { linkRuleTester } from '../helpers/link-rule-tester.js';

linkRuleTester(linkSkipped, {
  silent: [
    { name: 'a mailto: link', outcome: { kind: 'skipped', reason: 'unsupported-scheme', scheme: 'mailto' }, url: 'mailto:team@example.org' },
    { name: 'a relative link', outcome: { kind: 'skipped', reason: 'relative' }, url: './guide.md' },
    { name: 'an excluded link', outcome: { kind: 'skipped', reason: 'excluded' } },
  ],
  reports: [
    {
      name: 'a private address, with its range',
      outcome: { kind: 'skipped', reason: 'private-address', address: '10.0.0.1', range: 'private' },
      url: 'http://intranet.example.org/',
      messageId: 'privateAddress',
      message:
        'Unexpected private address `10.0.0.1` for `http://intranet.example.org/`, expected a public host; pass `--allow-private` to check it',
    },
    {
      name: 'a loopback literal, by its host when the address is not given',
      outcome: { kind: 'skipped', reason: 'private-address', range: 'loopback' },
      url: 'http://[::1]/',
      messageId: 'privateAddress',
      message: 'Unexpected loopback address `::1` for `http://[::1]/`, expected a public host; pass `--allow-private` to check it',
    },
    {
      name: 'a URL that does not parse',
      outcome: { kind: 'skipped', reason: 'invalid-url' },
      url: 'https://exa mple.org/',
      messageId: 'invalidUrl',
      message: 'Unexpected invalid URL `https://exa mple.org/`, expected an absolute `http(s)` URL',
    },
  ],
});
