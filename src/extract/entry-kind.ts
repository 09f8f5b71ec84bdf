import { normaliseHeading } from './sections.js';
import type { EntryKind } from './types.js';

/**
 * Section headings that list resources rather than datasets: search engines, other lists,
 * related projects, tools. Matched on the normalised heading (lower case, letters and digits).
 */
const RESOURCE_HEADING =
  /\b(?:search|search engines?|other lists?|other resources|others|more lists|similar lists|awesome lists|lists of (?:lists|datasets)|related|see also|tools?|toolkits?|toolbox(?:es)?|software)\b/;

/** Whether an entry under the heading path `section` is a dataset or a resource. */
export function entryKind(section: readonly string[]): EntryKind {
  // The entries of a section share its path: each path is judged once.
  let kind = kindBySection.get(section);
  if (kind === undefined) {
    kind = section.some((heading) => RESOURCE_HEADING.test(normaliseHeading(heading))) ? 'resource' : 'dataset';
    kindBySection.set(section, kind);
  }
  return kind;
}

const kindBySection = new WeakMap<readonly string[], EntryKind>();
