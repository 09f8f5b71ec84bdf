import { closestAnchor, collectAnchors, displayFragment, inPageFragment, isAlwaysValidFragment, normaliseFragment } from './anchors.js';
import type { Rule, RuleContext } from './types.js';
import type { LinkRef } from '../extract/types.js';
import { classifyUrl, fragmentOfUrl } from './urls.js';

/**
 * In-page links outside the table of contents (`toc-link` covers those) reach a heading or an
 * HTML anchor (`<a name="x">`, `id="x"`), compared as GitHub resolves them. So do fragments into
 * another file of the repository (`docs/other.md#setup`), once the pipeline has read that file's
 * anchors (Markdown headings and HTML ids; an HTML file's ids).
 */
export const noMissingFragment: Rule = {
  meta: {
    id: 'no-missing-fragment',
    description: 'Links to `#fragment`s, in the page or in another local file, must point to an existing heading or anchor.',
    category: 'links',
    recommended: 'error',
    messages: {
      missing: 'Unexpected link `#{{fragment}}` to no heading or anchor, expected an existing one',
      missingWithSuggestion:
        'Unexpected link `#{{fragment}}` to no heading or anchor, expected an existing one; did you mean `#{{suggestion}}`?',
      missingInFile: 'Unexpected link `{{url}}` to no heading or anchor in `{{path}}`, expected an existing one',
      missingInFileWithSuggestion:
        'Unexpected link `{{url}}` to no heading or anchor in `{{path}}`, expected an existing one; did you mean `{{suggestion}}`?',
    },
  },
  check(document, context) {
    let anchors: Set<string> | null = null;
    for (const ref of document.links) {
      if (ref.kind === 'bare') continue;
      const url = ref.url.trim();
      const fragment = inPageFragment(url);
      if (fragment !== null) {
        if (ref.inToc || isAlwaysValidFragment(fragment)) continue;
        anchors ??= collectAnchors(document);
        if (!anchors.has(normaliseFragment(fragment))) reportInPage(context, ref, fragment, anchors);
        continue;
      }
      checkOtherFile(context, ref, url);
    }
  },
};

function reportInPage(context: RuleContext, ref: LinkRef, fragment: string, anchors: ReadonlySet<string>): void {
  const closest = closestAnchor(fragment, anchors);
  const suggestion = closest === null ? null : displayFragment(closest);
  const place = { line: ref.line, column: ref.column, endLine: ref.endLine, endColumn: ref.endColumn };
  if (suggestion === null) {
    context.report({ messageId: 'missing', data: { fragment }, ...place, actual: ref.url });
  } else {
    context.report({ messageId: 'missingWithSuggestion', data: { fragment, suggestion }, ...place, actual: ref.url, expected: `#${suggestion}` });
  }
}

/** `docs/other.md#setup`: the pipeline read the target's anchors when it is Markdown or HTML. */
function checkOtherFile(context: RuleContext, ref: LinkRef, url: string): void {
  const fragment = fragmentOfUrl(url);
  // A query shows the file another way (`?plain=1`: its source, with line anchors).
  if (fragment === null || isAlwaysValidFragment(fragment) || url.includes('?')) return;
  const form = classifyUrl(url);
  if (form.kind !== 'relative' || form.path === '') return;
  const target = context.localTarget(ref.url);
  if (target?.kind !== 'found' || target.anchors === null || target.anchors.has(normaliseFragment(fragment))) return;
  const closest = closestAnchor(fragment, target.anchors);
  const place = { line: ref.line, column: ref.column, endLine: ref.endLine, endColumn: ref.endColumn };
  const data = { url, path: form.path };
  if (closest === null) {
    context.report({ messageId: 'missingInFile', data, ...place, actual: ref.url });
    return;
  }
  const suggestion = `${url.slice(0, url.indexOf('#'))}#${displayFragment(closest)}`;
  context.report({ messageId: 'missingInFileWithSuggestion', data: { ...data, suggestion }, ...place, actual: ref.url, expected: suggestion });
}
