/**
 * One rule id per kind of link outcome (anchor: dead-or-alive's per-failure rule ids), so users
 * turn them on, off or down like any rule. The checker's options live in the config's `links`
 * section, not in these rules' options.
 */
import type { RuleMeta } from '../rules/types.js';

export const linkDead: RuleMeta = {
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
  },
};

export const linkRedirect: RuleMeta = {
  id: 'link-redirect',
  description: 'Links should not go through a permanent redirect (301, 308): use the new URL.',
  category: 'links',
  recommended: 'warn',
  messages: {
    permanent: 'Unexpected permanent redirect (`{{status}}`) from `{{url}}`, expected the new URL `{{target}}`',
  },
};

export const linkUnverified: RuleMeta = {
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
  },
};

export const linkUnreachable: RuleMeta = {
  id: 'link-unreachable',
  description: 'Links whose server gave no usable answer after the retries (timeout, reset, 5xx, TLS error) are reported, not called dead.',
  category: 'links',
  recommended: 'warn',
  messages: {
    timeout: 'Unexpected timeout for `{{url}}` after {{attempts}} attempts, expected an answer; the host may be down or slow',
    reset: 'Unexpected connection reset (`{{code}}`) for `{{url}}` after {{attempts}} attempts, expected an answer',
    serverError:
      'Unexpected server error (HTTP `{{status}}`) from `{{url}}` after {{attempts}} attempts, expected a `2xx` answer',
    invalidResponse: 'Unexpected invalid HTTP response (`{{code}}`) from `{{url}}`, expected a valid HTTP answer',
    tls: 'Unexpected TLS error `{{code}}` for `{{url}}`, expected a valid certificate for `{{host}}`',
    dnsTemporary:
      'Unexpected DNS failure (`{{code}}`) for `{{host}}` in `{{url}}`, expected the name to resolve; try again later',
    network: 'Unexpected network error `{{code}}` for `{{url}}`, expected an answer',
  },
};

export const linkFragment: RuleMeta = {
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
};

export const linkSkipped: RuleMeta = {
  id: 'link-skipped',
  description: 'Links that medlint refuses to request (private, loopback or link-local addresses) or cannot parse are reported.',
  category: 'links',
  recommended: 'warn',
  messages: {
    privateAddress:
      'Unexpected {{range}} address `{{address}}` for `{{url}}`, expected a public host; pass `--allow-private` to check it',
    invalidUrl: 'Unexpected invalid URL `{{url}}`, expected an absolute `http(s)` URL',
  },
};

/** Every link rule, in the order of the docs. */
export const linkRules: RuleMeta[] = [linkDead, linkRedirect, linkUnverified, linkUnreachable, linkFragment, linkSkipped];
