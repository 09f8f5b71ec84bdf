import type { Rule } from './types.js';

/** Hosts that only ever live on this machine: `https://` would not help them. */
const LOOPBACK = /^http:\/\/(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)(?:[:/?#]|$)/i;

/** Links use `https://`; an `http://` link gets its `https://` form as a suggestion. */
export const noHttpLink: Rule = {
  meta: {
    id: 'no-http-link',
    description: 'Links should use `https://` rather than `http://`.',
    category: 'links',
    recommended: 'warn',
    fixable: true,
    hasSuggestions: true,
    messages: {
      insecure: 'Unexpected insecure URL `{{url}}`, expected `https://` if the site serves it: `{{expected}}`',
    },
  },
  check(document, context) {
    for (const ref of document.links) {
      const url = ref.url.trim();
      // `http://` without a host is `no-malformed-url`'s report; `https://` would not fix it.
      if (!/^http:\/\/[^/?#\s]/i.test(url) || LOOPBACK.test(url)) continue;
      // GFM turns `www.example.org` into `http://www.example.org`; the author wrote no scheme.
      if (ref.kind === 'bare' && !/^http:/i.test(ref.text)) continue;
      const expected = `https://${url.slice('http://'.length)}`;
      context.report({
        messageId: 'insecure',
        data: { url, expected },
        line: ref.line,
        column: ref.column,
        endLine: ref.endLine,
        endColumn: ref.endColumn,
        actual: url,
        expected,
      });
    }
  },
};
