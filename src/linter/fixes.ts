/**
 * Fixes: the one place that changes text (anchors: ESLint `lib/linter/source-code-fixer.js` and
 * its fix loop in `Linter#verifyAndFix`; markdownlint `helpers.applyFixes`).
 *
 *   applyFixes   one pass: the fixes of a lint that do not overlap, applied at once
 *   fixPasses    lint → apply → lint again, up to 10 passes, until nothing is left to fix
 *
 * Pure: text in, text out. Reading and writing files is the pipeline's and the CLI's job.
 */
import type { Diagnostic, TextEdit } from '../diagnostics/diagnostic.js';

/** Passes before the loop gives up: a fix may reveal another, but never endlessly (as ESLint). */
export const MAX_FIX_PASSES = 10;

/** What one pass did. */
export interface AppliedFixes {
  /** The text with the fixes applied (the same string when none was). */
  output: string;
  /** True when the text changed. */
  fixed: boolean;
  /** The diagnostics whose fixes were applied, in source order. */
  applied: Diagnostic[];
  /** Their edits, in source order, as offsets into the input text. */
  edits: TextEdit[];
}

export interface FixFilter {
  /** Apply only the fixes of these rules (`--fix-rule`); every rule's when absent. */
  ruleIds?: ReadonlySet<string> | undefined;
}

/**
 * Applies the `fix` of each diagnostic to `text`, the text the diagnostics were reported on.
 * A fix is applied whole or not at all; a fix whose edits overlap or touch a fix already taken
 * waits for the next pass (the one that comes first in the text wins), as in ESLint's
 * `source-code-fixer`: an insertion at the end of a replaced range, or two insertions at one
 * offset, were each computed without the other, so which goes where is not theirs to tell (an
 * entry's `.` at the end of a list that a sort rewrites would land on another entry). The next
 * pass lints the new text and computes them again. An edit equal to one already taken (two
 * findings of one definition) is taken once. Suggestions are never applied.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[], filter: FixFilter = {}): AppliedFixes {
  const candidates = diagnostics
    .map((diagnostic, order) => ({ diagnostic, order, edits: diagnostic.fix?.edits ?? [] }))
    .filter(({ diagnostic, edits }) => edits.length > 0 && (!filter.ruleIds || filter.ruleIds.has(diagnostic.ruleId)))
    .filter(({ edits }) => edits.every(({ range: [start, end] }) => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length))
    .map((candidate) => ({ ...candidate, start: Math.min(...candidate.edits.map((edit) => edit.range[0])), end: Math.max(...candidate.edits.map((edit) => edit.range[1])) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  const applied: Diagnostic[] = [];
  const edits: TextEdit[] = [];
  // The end of the last fix taken; nothing yet, so a fix at offset 0 is free.
  let reached = Number.NEGATIVE_INFINITY;
  let last: TextEdit | undefined;
  for (const candidate of candidates) {
    const sorted = [...candidate.edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    // The same edit again (a definition two references share): already taken.
    if (last && sorted.length === 1 && sameEdit(sorted[0] as TextEdit, last)) {
      applied.push(candidate.diagnostic);
      continue;
    }
    // Touching is overlapping (`<=`): an edit that starts where the last fix ended waits a pass.
    // Edits of one fix were computed together and may touch, but must not overlap.
    if (candidate.start <= reached || sorted.some((edit, index) => index > 0 && edit.range[0] < (sorted[index - 1] as TextEdit).range[1])) continue;
    applied.push(candidate.diagnostic);
    edits.push(...sorted);
    last = sorted.at(-1);
    reached = candidate.end;
  }
  if (edits.length === 0) return { output: text, fixed: false, applied: [], edits: [] };
  // Offsets stay valid from the end backwards: the pieces are cut from the end, then joined.
  const pieces: string[] = [];
  let end = text.length;
  for (let index = edits.length - 1; index >= 0; index -= 1) {
    const edit = edits[index] as TextEdit;
    pieces.push(text.slice(edit.range[1], end), edit.text);
    end = edit.range[0];
  }
  pieces.push(text.slice(0, end));
  const output = pieces.reverse().join('');
  return output === text ? { output, fixed: false, applied: [], edits: [] } : { output, fixed: true, applied, edits };
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}

/** One pass of the loop, for callers that want to see each step (tests, an editor's preview). */
export interface FixPass {
  /** 1 for the first pass. */
  pass: number;
  input: string;
  output: string;
  applied: Diagnostic[];
  edits: TextEdit[];
}

export interface FixPassesOptions extends FixFilter {
  /** Called after each pass that changed the text. */
  onPass?: ((pass: FixPass) => void) | undefined;
  /** (default: `MAX_FIX_PASSES`, 10) */
  maxPasses?: number | undefined;
}

/** The loop's answer: the fixed text and the lint of that very text (what is left to report). */
export interface FixedText<T> {
  output: string;
  /** Passes that changed the text. */
  passes: number;
  /** The lint of `output`. */
  result: T;
}

/** What the loop needs of a lint: its diagnostics. */
export interface Linted {
  diagnostics: readonly Diagnostic[];
}

/**
 * Lints `text`, applies the fixes, lints the result, and repeats until a pass changes nothing or
 * after `maxPasses` passes. The last lint is of the returned text, so it is the report.
 */
export async function fixPasses<T extends Linted>(text: string, lint: (text: string) => T | Promise<T>, options: FixPassesOptions = {}): Promise<FixedText<T>> {
  const loop = passes<T>(text, options);
  let step = loop.next();
  while (!step.done) step = loop.next(await lint(step.value));
  return step.value;
}

/** `fixPasses` with a synchronous lint (an editor, a script, standard input). */
export function fixPassesSync<T extends Linted>(text: string, lint: (text: string) => T, options: FixPassesOptions = {}): FixedText<T> {
  const loop = passes<T>(text, options);
  let step = loop.next();
  while (!step.done) step = loop.next(lint(step.value));
  return step.value;
}

/** The loop itself, without the lint: yields each text to lint, receives its lint. */
function* passes<T extends Linted>(text: string, options: FixPassesOptions): Generator<string, FixedText<T>, T> {
  const maxPasses = options.maxPasses ?? MAX_FIX_PASSES;
  let current = text;
  let result = yield current;
  let pass = 0;
  while (pass < maxPasses) {
    const step = applyFixes(current, result.diagnostics, options);
    if (!step.fixed) break;
    pass += 1;
    options.onPass?.({ pass, input: current, output: step.output, applied: step.applied, edits: step.edits });
    current = step.output;
    result = yield current;
  }
  return { output: current, passes: pass, result };
}
