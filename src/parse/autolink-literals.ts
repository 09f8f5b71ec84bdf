/**
 * GFM's autolink literals (`https://…`, `www.…`, `name@example.org` in plain text) become links
 * in a transform that mdast-util-gfm-autolink-literal runs over every text node of the tree
 * (`findAndReplace` with four patterns). In a dataset list nearly every URL is already a link, and
 * the transform cost a twentieth of the whole lint. Here it runs unchanged, but only on the blocks
 * with a text node that could hold a literal: each of its patterns needs `http`, `www` (in any
 * case) or `@`. It looks at nothing outside the text node it replaces in, so the tree is the one
 * the transform gives when run on everything (test/robustness/parse-in-chunks.test.ts compares
 * with remark-parse and remark-gfm).
 */
import type { Nodes, Root } from 'mdast';
import type { Extension } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { pushAll } from './parse-in-chunks.js';

type Transform = (tree: Root) => Root | undefined | void;

const [autolinkLiteral, ...otherGfm] = gfmFromMarkdown() as Extension[];
const transforms = (autolinkLiteral?.transforms ?? []) as Transform[];

/** GFM's from-markdown extensions, without the autolink-literal transform (run by `linkLiterals`). */
export const gfmWithoutLiteralTransform: Extension[] = [{ ...autolinkLiteral, transforms: [] }, ...otherGfm];

/** Turns the autolink literals of `tree` into links, in place, as GFM's transform does. */
export function linkLiterals(tree: Root): void {
  for (const block of tree.children) {
    if (!mayHoldLiteral(block)) continue;
    // The transform walks whatever node it is given; a block stands for the tree.
    for (const transform of transforms) transform(block as unknown as Root);
  }
}

/** Whether a text node in `node`, outside links (the transform skips those), could hold a literal. */
function mayHoldLiteral(node: Nodes): boolean {
  const stack: Nodes[] = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.type === 'text') {
      const value = current.value.toLowerCase();
      if (value.includes('http') || value.includes('www') || value.includes('@')) return true;
    } else if (current.type !== 'link' && current.type !== 'linkReference' && 'children' in current) {
      pushAll(stack, current.children as Nodes[]);
    }
  }
  return false;
}
