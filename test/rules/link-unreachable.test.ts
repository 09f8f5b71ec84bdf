import { linkUnreachable } from '../../src/rules/link-unreachable.js';
import { linkRuleTester } from '../helpers/link-rule-tester.js';

linkRuleTester(linkUnreachable, {
  silent: [],
  reports: [
    {
      name: 'a timeout, with the attempts made',
      outcome: { kind: 'unreachable', reason: 'timeout', attempts: 2, code: 'ETIMEDOUT' },
      messageId: 'timeout',
      message: 'Unexpected timeout for `https://example.org/data` after 2 attempts, expected an answer; the host may be down or slow',
    },
    {
      name: 'a reset connection',
      outcome: { kind: 'unreachable', reason: 'reset', attempts: 3, code: 'ECONNRESET' },
      messageId: 'reset',
      message: 'Unexpected connection reset (`ECONNRESET`) for `https://example.org/data` after 3 attempts, expected an answer',
    },
    {
      name: 'a server error after the retries',
      outcome: { kind: 'unreachable', reason: 'server-error', attempts: 3, status: 503 },
      messageId: 'serverError',
      message: 'Unexpected server error (HTTP `503`) from `https://example.org/data` after 3 attempts, expected a `2xx` answer',
    },
    {
      name: 'an answer that is not HTTP, by its parser code',
      outcome: { kind: 'unreachable', reason: 'invalid-response', attempts: 1, code: 'HPE_INVALID_CONSTANT' },
      messageId: 'invalidResponse',
      message: 'Unexpected invalid HTTP response (`HPE_INVALID_CONSTANT`) from `https://example.org/data`, expected a valid HTTP answer',
    },
    {
      name: 'a redirect without a usable Location, by its status',
      outcome: { kind: 'unreachable', reason: 'invalid-response', attempts: 1, status: 302 },
      messageId: 'invalidResponse',
      message: 'Unexpected invalid HTTP response (`HTTP 302`) from `https://example.org/data`, expected a valid HTTP answer',
    },
    {
      name: 'a TLS error, naming the host',
      outcome: { kind: 'unreachable', reason: 'tls', attempts: 1, code: 'CERT_HAS_EXPIRED' },
      messageId: 'tls',
      message: 'Unexpected TLS error `CERT_HAS_EXPIRED` for `https://example.org/data`, expected a valid certificate for `example.org`',
    },
    {
      name: 'a temporary DNS failure',
      outcome: { kind: 'unreachable', reason: 'dns-temporary', attempts: 1, code: 'EAI_AGAIN' },
      messageId: 'dnsTemporary',
      message:
        'Unexpected DNS failure (`EAI_AGAIN`) for `example.org` in `https://example.org/data`, expected the name to resolve; try again later',
    },
    {
      name: 'another network error',
      outcome: { kind: 'unreachable', reason: 'network', attempts: 1, code: 'EHOSTUNREACH' },
      messageId: 'network',
      message: 'Unexpected network error `EHOSTUNREACH` for `https://example.org/data`, expected an answer',
    },
  ],
});
