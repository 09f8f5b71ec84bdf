import { normaliseHeading } from './sections.js';
import type { EntryKind } from './types.js';

/**
 * Section headings that list resources rather than datasets: search engines, other lists,
 * related projects, tools, and papers, code, projects, methods, tutorials, courses and talks.
 * Matched on the normalised heading (lower case, letters and digits).
 */
const RESOURCE_HEADING =
  /\b(?:search|search engines?|other lists?|other resources|others|more lists|similar lists|awesome lists|lists of (?:lists|datasets)|related|see also|tools?|toolkits?|toolbox(?:es)?|software|libraries)\b/;

/** Headings of papers, code and teaching: resources, unless the heading names data too (`Papers with data`). */
const WORK_HEADING = /\b(?:papers?|publications?|articles?|code|projects?|methods?|models?|tutorials?|courses?|talks?|lectures?|books?|blogs?|videos?|workshops?)\b/;

/** A heading about data (`Datasets and code`, `Projects and their data`) lists data whatever work it names. */
const DATA_HEADING = /\b(?:data|datasets?|databases?|corpus|corpora|collections?|archives?|repositor(?:y|ies)|cohorts?|challenges?|benchmarks?)\b/;

function isResourceHeading(heading: string): boolean {
  const normalised = normaliseHeading(heading);
  return RESOURCE_HEADING.test(normalised) || (WORK_HEADING.test(normalised) && !DATA_HEADING.test(normalised));
}

/** Whether an entry under the heading path `section` is a dataset or a resource. */
export function entryKind(section: readonly string[]): EntryKind {
  // The entries of a section share its path: each path is judged once.
  let kind = kindBySection.get(section);
  if (kind === undefined) {
    kind = section.some(isResourceHeading) ? 'resource' : 'dataset';
    kindBySection.set(section, kind);
  }
  return kind;
}

/** Link texts of a paper or its code: `[[Paper]](…)`, `[arXiv](…)`, `[Code](…)`. */
const PAPER_LINK_TEXT = /^\[?(?:paper|pdf|arxiv|preprint|article|publication|code|github|project page)\]?$/i;

/**
 * `- A Network for Lesion Segmentation. [[Paper]](…) [[Code]](…)`: an item whose every link is
 * labelled as a paper or its code, and not the first of them `Paper`-less, is a paper, whatever
 * its section. A dataset links its data: `[[Paper]](…) [[Data]](…)` stays a dataset.
 */
export function isPaperItem(linkTexts: readonly string[]): boolean {
  return linkTexts.length > 0 && linkTexts.every((text) => PAPER_LINK_TEXT.test(text.trim())) && linkTexts.some((text) => !/code|github/i.test(text));
}

const kindBySection = new WeakMap<readonly string[], EntryKind>();
