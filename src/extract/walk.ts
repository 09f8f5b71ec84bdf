import type { Nodes } from 'mdast';

/**
 * `root` and every node below it, in document order. Iterative on purpose: a list nested 10,000
 * deep must not overflow the call stack. An array, not a generator: callers read every node, and
 * an array is several times quicker to fill and to read than a generator to resume.
 */
export function descendants(root: Nodes): Nodes[] {
  const nodes: Nodes[] = [];
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    nodes.push(node);
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as Nodes);
    }
  }
  return nodes;
}
