import type { Nodes } from 'mdast';

/**
 * Every node below `root` in document order. Iterative on purpose: a list nested 10,000 deep
 * must not overflow the call stack.
 */
export function* descendants(root: Nodes): Generator<Nodes> {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    yield node;
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as Nodes);
    }
  }
}
