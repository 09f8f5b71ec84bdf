import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One processor for every file: CommonMark + GFM (tables, autolinks), as GitHub renders. */
const processor = unified().use(remarkParse).use(remarkGfm);

/** Parse Markdown into an mdast tree with 1-based positions on every node. */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}
