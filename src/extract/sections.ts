import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { headingSlug } from './anchors.js';
import type { HeadingInfo } from './types.js';
import { plainText, spanOf } from './text.js';

/**
 * Sections whose own body never holds dataset entries: navigation, project meta, contacts,
 * credits and plans.
 * Compared after `normaliseHeading` (lower case, letters, digits and spaces only).
 */
export const BUILT_IN_NON_ENTRY_SECTIONS: readonly string[] = [
  'contents',
  'content',
  'table of contents',
  'table of content',
  'toc',
  'index',
  'contributing',
  'contribute',
  'how to contribute',
  'contributors',
  'contribution',
  'contributions',
  'contribution guidelines',
  'license',
  'licence',
  'licensing',
  'citation',
  'citations',
  'cite',
  'how to cite',
  'citing',
  'acknowledgements',
  'acknowledgments',
  'acknowledgement',
  'star history',
  'stargazers',
  'changelog',
  'background',
  'introduction',
  'about',
  'disclaimer',
  'footnotes',
  // Contacts, credits and plans: people and to-dos, not datasets.
  'contact',
  'contacts',
  'contact us',
  'contact me',
  'contact information',
  'contact support',
  'contact and support',
  'maintainers',
  'maintainer',
  'authors',
  'credits',
  'todo',
  'to do',
  'todos',
  'feedback',
  'support',
  'sponsors',
];

/** `📄 License` → `license`, `(2) Natural Language Data` → `natural language data`. */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/^\s*\d+\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Top-level headings in source order, with GitHub's anchor slugs and heading paths.
 * `nonEntrySections` are normalised heading texts whose bodies hold no entries; the rule
 * applies to a heading's own body, not its sub-headings, because many lists nest every
 * category under a `## Contents` heading.
 */
export function collectHeadings(tree: Root, nonEntrySections: ReadonlySet<string>): HeadingInfo[] {
  const slugger = new GithubSlugger();
  const stack: HeadingInfo[] = [];
  const headings: HeadingInfo[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    const text = plainText(node);
    while (stack.length > 0 && (stack.at(-1) as HeadingInfo).depth >= node.depth) stack.pop();
    const info: HeadingInfo = {
      ...spanOf(node),
      depth: node.depth,
      text,
      slug: headingSlug(slugger, node),
      // Navigation and meta headings (`## Contents`) never parent the categories after them.
      path: [...stack.filter((parent) => parent.isEntrySection).map((parent) => parent.text), text],
      isEntrySection: !nonEntrySections.has(normaliseHeading(text)),
      entryCount: 0,
      subsectionCount: 0,
    };
    for (const parent of stack) parent.subsectionCount += 1;
    stack.push(info);
    headings.push(info);
  }
  return headings;
}

/** Index of the last heading that starts before `line`, or -1 before the first heading. */
export function headingIndexAt(headings: readonly HeadingInfo[], line: number): number {
  let low = 0;
  let high = headings.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((headings[middle] as HeadingInfo).line <= line) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

export type { Heading };
