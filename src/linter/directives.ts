import type { Root } from 'mdast';
import { descendants } from '../extract/walk.js';

/**
 * Inline configuration comments, as markdownlint reads them:
 *   <!-- medlint-disable [rule-id …] -->          off from here on (all rules when none named)
 *   <!-- medlint-enable [rule-id …] -->           on again
 *   <!-- medlint-disable-next-line [rule-id …] --> off on the next line only
 *   <!-- medlint-disable-line [rule-id …] -->      off on this line only
 */
const DIRECTIVE = /<!--\s*medlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty means every rule. */
  ruleIds: string[];
  line: number;
  endLine: number;
}

/** Decides whether a rule is switched off at a line by an inline comment. */
export class DirectiveMap {
  /** In line order: what the lint thread sends back, to be made a map again here. */
  readonly list: readonly Directive[];

  /** From a tree, or from the `list` of a map built elsewhere. */
  constructor(from: Root | readonly Directive[]) {
    this.list = Array.isArray(from) ? from : readDirectives(from as Root);
  }

  isDisabled(ruleId: string, line: number): boolean {
    let disabled = false;
    for (const directive of this.list) {
      const applies = directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);
      if (!applies) continue;
      if (directive.kind === 'disable-next-line' && directive.endLine + 1 === line) return true;
      if (directive.kind === 'disable-line' && directive.line <= line && line <= directive.endLine) return true;
      if (directive.line > line) continue;
      if (directive.kind === 'disable') disabled = true;
      if (directive.kind === 'enable') disabled = false;
    }
    return disabled;
  }
}

function readDirectives(tree: Root): Directive[] {
  const directives: Directive[] = [];
  for (const node of descendants(tree)) {
    if (node.type !== 'html' || !node.position) continue;
    for (const match of node.value.matchAll(DIRECTIVE)) {
      const before = node.value.slice(0, match.index);
      const line = node.position.start.line + (before.match(/\n/g)?.length ?? 0);
      const endLine = line + (match[0].match(/\n/g)?.length ?? 0);
      const ruleIds = (match[2] ?? '').split(/[\s,]+/).filter((id) => id !== '');
      directives.push({ kind: match[1] as Directive['kind'], ruleIds, line, endLine });
    }
  }
  return directives.sort((a, b) => a.line - b.line);
}
