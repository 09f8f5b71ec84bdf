import type { Rule } from './types.js';
import { classifyUrl } from './urls.js';

/**
 * Relative links stay inside the repository. GitHub renders a link that climbs above the
 * repository root (`../../other/README.md`) or goes through a symlink that leads out of it as a
 * broken link, and medlint never looks such a target up: whether it exists is not the pull
 * request's business. The pipeline decides, without touching the target.
 */
export const noLinkOutsideRepository: Rule = {
  meta: {
    id: 'no-link-outside-repository',
    description: 'Relative links must stay inside the repository.',
    category: 'links',
    recommended: 'warn',
    messages: {
      outside:
        'Unexpected link `{{url}}` to a file outside the repository, expected a file inside it or an absolute URL',
    },
  },
  check(document, context) {
    for (const ref of document.links) {
      if (ref.kind === 'bare' || classifyUrl(ref.url).kind !== 'relative') continue;
      if (context.localTarget(ref.url)?.kind !== 'outside') continue;
      context.report({
        messageId: 'outside',
        data: { url: ref.url.trim() },
        line: ref.line,
        column: ref.column,
        endLine: ref.endLine,
        endColumn: ref.endColumn,
        actual: ref.url,
      });
    }
  },
};
