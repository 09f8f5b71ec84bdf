/**
 * Proof that a link's target does not exist: 404, 410, a host that does not exist, a refused
 * connection, a redirect loop or chain without end, a DOI, GitHub target or registry record (PhysioNet,
 * Zenodo, Hugging Face) the API does not know.
 * The link checker concludes the outcome (src/links); this rule turns it into a report.
 */
import { REGISTRY_TITLES } from '../results/registry-record.js';
import type { LinkRule } from './link-rules.js';

export const linkDead: LinkRule<'dead'> = {
  meta: {
    id: 'link-dead',
    description: 'Links must not be dead: 404, 410, a host that does not exist, a refused connection, a redirect to a dead page or a redirect loop.',
    category: 'links',
    recommended: 'error',
    messages: {
      notFound: 'Unexpected dead link `{{url}}` (HTTP `{{status}}`), expected a live page; update or remove the link',
      redirectToDead:
        'Unexpected dead link `{{url}}`: it redirects to `{{target}}` (HTTP `{{status}}`), expected a live page; update or remove the link',
      dnsNotFound: 'Unexpected dead link `{{url}}`: host `{{host}}` does not exist, expected a host name that resolves',
      connectionRefused: 'Unexpected dead link `{{url}}`: `{{host}}` refused the connection, expected a server that answers',
      redirectLoop: 'Unexpected redirect loop at `{{url}}` (back to `{{target}}`), expected redirects that end at a page',
      tooManyRedirects: 'Unexpected more than `{{max}}` redirects from `{{url}}`, expected a redirect chain that ends at a page',
      doiNotFound: 'Unexpected unregistered DOI `{{doi}}` in `{{url}}`, expected a DOI that the handle system resolves',
      githubNotFound: 'Unexpected missing GitHub repository or file `{{url}}`, expected one that the GitHub API finds',
      registryNotFound: 'Unexpected dead link `{{url}}`: {{registry}} has no such record (HTTP `{{status}}` from its API), expected a record that exists; update or remove the link',
    },
  },
  kind: 'dead',
  describe(outcome, { url, host, status, last }) {
    const { chain } = outcome;
    switch (outcome.reason) {
      case 'not-found':
      case 'gone':
        return last === undefined
          ? { messageId: 'notFound', data: { url, status } }
          : { messageId: 'redirectToDead', data: { url, status, target: last } };
      case 'dns-not-found':
        return { messageId: 'dnsNotFound', data: { url, host } };
      case 'connection-refused':
        return { messageId: 'connectionRefused', data: { url, host } };
      case 'redirect-loop':
        return { messageId: 'redirectLoop', data: { url, target: last ?? url } };
      case 'too-many-redirects':
        return { messageId: 'tooManyRedirects', data: { url, max: Math.max(0, (chain?.length ?? 1) - 1) } };
      case 'doi-not-found':
        return { messageId: 'doiNotFound', data: { url, doi: outcome.doi ?? url } };
      case 'github-not-found':
        return { messageId: 'githubNotFound', data: { url } };
      case 'registry-not-found':
        return { messageId: 'registryNotFound', data: { url, status, registry: REGISTRY_TITLES[outcome.registry ?? 'github'] } };
    }
  },
};
