/**
 * No usable answer after the retries: never proof that the target is gone.
 * The link checker concludes the outcome (src/links); this rule turns it into a report.
 */
import type { LinkRule } from './link-rules.js';

export const linkUnreachable: LinkRule<'unreachable'> = {
  meta: {
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
  },
  kind: 'unreachable',
  describe(outcome, { url, host, status }) {
    const { attempts } = outcome;
    const code = outcome.code ?? 'none';
    switch (outcome.reason) {
      case 'timeout':
        return { messageId: 'timeout', data: { url, attempts } };
      case 'reset':
        return { messageId: 'reset', data: { url, code, attempts } };
      case 'server-error':
        return { messageId: 'serverError', data: { url, status, attempts } };
      case 'invalid-response':
        return { messageId: 'invalidResponse', data: { url, code: outcome.code ?? `HTTP ${status}` } };
      case 'tls':
        return { messageId: 'tls', data: { url, code, host } };
      case 'dns-temporary':
        return { messageId: 'dnsTemporary', data: { url, code, host } };
      case 'network':
        return { messageId: 'network', data: { url, code } };
    }
  },
};
