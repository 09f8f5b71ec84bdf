import { linkDead } from '../../src/rules/link-dead.js';
import { linkRuleTester } from '../helpers/link-rule-tester.js';

const hop = { url: 'https://example.org/data', status: 301, location: 'https://example.org/new' };

linkRuleTester(linkDead, {
  silent: [],
  reports: [
    {
      name: 'a 404',
      outcome: { kind: 'dead', reason: 'not-found', status: 404 },
      messageId: 'notFound',
      message: 'Unexpected dead link `https://example.org/data` (HTTP `404`), expected a live page; update or remove the link',
    },
    {
      name: 'a 410 like a 404',
      outcome: { kind: 'dead', reason: 'gone', status: 410 },
      messageId: 'notFound',
      message: 'Unexpected dead link `https://example.org/data` (HTTP `410`), expected a live page; update or remove the link',
    },
    {
      name: 'a redirect to a dead page, with the chain in the note',
      outcome: { kind: 'dead', reason: 'not-found', status: 404, chain: [hop] },
      messageId: 'redirectToDead',
      message:
        'Unexpected dead link `https://example.org/data`: it redirects to `https://example.org/new` (HTTP `404`), expected a live page; update or remove the link',
      note: 'Redirects: 301 https://example.org/data → https://example.org/new',
    },
    {
      name: 'a host that does not exist, by the name the last hop went to',
      outcome: { kind: 'dead', reason: 'dns-not-found', code: 'ENOTFOUND' },
      url: 'https://beta-ct.example.invalid/scans',
      messageId: 'dnsNotFound',
      message:
        'Unexpected dead link `https://beta-ct.example.invalid/scans`: host `beta-ct.example.invalid` does not exist, expected a host name that resolves',
    },
    {
      name: 'a refused connection to an IPv6 literal, named without brackets',
      outcome: { kind: 'dead', reason: 'connection-refused', code: 'ECONNREFUSED' },
      url: 'http://[2001:db8::1]:8080/',
      messageId: 'connectionRefused',
      message: 'Unexpected dead link `http://[2001:db8::1]:8080/`: `2001:db8::1` refused the connection, expected a server that answers',
    },
    {
      name: 'a redirect loop',
      outcome: { kind: 'dead', reason: 'redirect-loop', chain: [hop, { url: hop.location, status: 302, location: hop.url }] },
      messageId: 'redirectLoop',
      message:
        'Unexpected redirect loop at `https://example.org/data` (back to `https://example.org/data`), expected redirects that end at a page',
      note: 'Redirects: 301 https://example.org/data → https://example.org/new; 302 https://example.org/new → https://example.org/data',
    },
    {
      name: 'a chain of redirects without end',
      outcome: { kind: 'dead', reason: 'too-many-redirects', chain: Array.from({ length: 3 }, () => hop) },
      messageId: 'tooManyRedirects',
      message: 'Unexpected more than `2` redirects from `https://example.org/data`, expected a redirect chain that ends at a page',
      note: `Redirects: ${Array(3).fill('301 https://example.org/data → https://example.org/new').join('; ')}`,
    },
    {
      name: 'a DOI the handle API does not know, by the DOI the checker asked for',
      outcome: { kind: 'dead', reason: 'doi-not-found', status: 200, doi: '10.1000/missing' },
      url: 'https://doi.org/10.1000/missing#abstract',
      messageId: 'doiNotFound',
      message:
        'Unexpected unregistered DOI `10.1000/missing` in `https://doi.org/10.1000/missing#abstract`, expected a DOI that the handle system resolves',
    },
    {
      name: 'a GitHub repository the API does not find',
      outcome: { kind: 'dead', reason: 'github-not-found', status: 404 },
      url: 'https://github.com/medlint/gone',
      messageId: 'githubNotFound',
      message: 'Unexpected missing GitHub repository or file `https://github.com/medlint/gone`, expected one that the GitHub API finds',
    },
    {
      name: 'a Zenodo record its API says was removed',
      outcome: { kind: 'dead', reason: 'registry-not-found', registry: 'zenodo', status: 410 },
      url: 'https://zenodo.org/records/600',
      messageId: 'registryNotFound',
      message: 'Unexpected dead link `https://zenodo.org/records/600`: Zenodo has no such record (HTTP `410` from its API), expected a record that exists; update or remove the link',
    },
  ],
});
