import type { Root } from 'mdast';
import { descendants } from '../extract/walk.js';
import { countNewlines, htmlComments } from '../parse/linear-text.js';

/**
 * Inline configuration comments, as markdownlint reads them:
 *   <!-- medlint-disable [rule-id …] -->          off from here on (all rules when none named)
 *   <!-- medlint-enable [rule-id …] -->           on again
 *   <!-- medlint-disable-next-line [rule-id …] --> off on the next line only
 *   <!-- medlint-disable-line [rule-id …] -->      off on this line only
 */
// Matched against one HTML comment's body (see `htmlComments`), never across the whole node:
// from every unclosed `<!-- medlint-disable` a regex over the node would scan to its end.
const DIRECTIVE = /^\s*medlint-(disable-next-line|disable-line|disable|enable)\b([^>]*)$/;

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty means every rule. */
  ruleIds: string[];
  line: number;
  endLine: number;
}

/** What the directives say about one rule, indexed so each question costs a binary search. */
interface RuleSwitches {
  /** `disable` / `enable` in line order: from `line` on, the rule is off when `disabled`. */
  toggles: Array<{ line: number; disabled: boolean }>;
  /** Lines switched off by `disable-line` and `disable-next-line`. */
  lines: Set<number>;
}

/** Decides whether a rule is switched off at a line by an inline comment. */
export class DirectiveMap {
  /** In line order: what the lint thread sends back, to be made a map again here. */
  readonly list: readonly Directive[];
  readonly #byRule = new Map<string, RuleSwitches>();

  /** From a tree, or from the `list` of a map built elsewhere. */
  constructor(from: Root | readonly Directive[]) {
    this.list = Array.isArray(from) ? from : readDirectives(from as Root);
  }

  isDisabled(ruleId: string, line: number): boolean {
    const switches = this.#switchesOf(ruleId);
    if (switches.lines.has(line)) return true;
    const { toggles } = switches;
    // The last toggle at or before `line` decides.
    let low = 0;
    let high = toggles.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((toggles[middle] as { line: number }).line <= line) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (toggles[low - 1] as { disabled: boolean }).disabled;
  }

  #switchesOf(ruleId: string): RuleSwitches {
    let switches = this.#byRule.get(ruleId);
    if (switches) return switches;
    switches = { toggles: [], lines: new Set() };
    for (const directive of this.list) {
      if (directive.ruleIds.length > 0 && !directive.ruleIds.includes(ruleId)) continue;
      if (directive.kind === 'disable-next-line') switches.lines.add(directive.endLine + 1);
      else if (directive.kind === 'disable-line') for (let at = directive.line; at <= directive.endLine; at += 1) switches.lines.add(at);
      else switches.toggles.push({ line: directive.line, disabled: directive.kind === 'disable' });
    }
    this.#byRule.set(ruleId, switches);
    return switches;
  }
}

function readDirectives(tree: Root): Directive[] {
  const directives: Directive[] = [];
  for (const node of descendants(tree)) {
    if (node.type !== 'html' || !node.position || !node.value.includes('medlint-')) continue;
    // Lines are counted once, from the last comment on, not from the start for every comment.
    let counted = 0;
    let line = node.position.start.line;
    for (const comment of htmlComments(node.value)) {
      if (!comment.closed) break;
      const match = DIRECTIVE.exec(comment.body);
      if (!match) continue;
      line += countNewlines(node.value, counted, comment.start);
      counted = comment.start;
      const endLine = line + countNewlines(comment.body);
      const ruleIds = (match[2] ?? '').split(/[\s,]+/).filter((id) => id !== '');
      directives.push({ kind: match[1] as Directive['kind'], ruleIds, line, endLine });
    }
  }
  return directives.sort((a, b) => a.line - b.line);
}
