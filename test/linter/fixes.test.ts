import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import type { Diagnostic, TextEdit } from '../../src/diagnostics/diagnostic.js';
import { applyFixes, fixPasses, fixPassesSync, MAX_FIX_PASSES } from '../../src/linter/fixes.js';
import { fixText, lintText } from '../../src/pipeline/index.js';

function edit(start: number, end: number, text: string): TextEdit {
  return { range: [start, end], text, line: 1, column: start + 1, endLine: 1, endColumn: end + 1 };
}

function finding(ruleId: string, edits: TextEdit[] | null, extra: Partial<Diagnostic> = {}): Diagnostic {
  return {
    file: 'a.md',
    ruleId,
    messageId: 'x',
    severity: 'error',
    message: ruleId,
    url: '',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    ...(edits ? { fix: { edits } } : {}),
    ...extra,
  };
}

/** A toy linter: every `aa` is a finding whose fix makes it `b`, so `aaa` holds two overlapping fixes. */
function lintPairs(text: string): { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  for (let at = text.indexOf('aa'); at !== -1; at = text.indexOf('aa', at + 1)) diagnostics.push(finding('pairs', [edit(at, at + 2, 'b')]));
  return { diagnostics };
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes in one pass and leaves the rest of the text as it was', () => {
    const result = applyFixes('0123456789', [finding('r', [edit(7, 9, 'X')]), finding('r', [edit(1, 2, 'YY')])]);
    expect(result.output).toBe('0YY23456X9');
    expect(result.fixed).toBe(true);
    expect(result.applied).toHaveLength(2);
  });

  it('keeps the first of two overlapping fixes and leaves the other for the next pass', () => {
    const first = finding('r', [edit(2, 5, 'A')]);
    const second = finding('r', [edit(4, 6, 'B')]);
    const result = applyFixes('0123456789', [second, first]);
    expect(result.output).toBe('01A56789');
    expect(result.applied).toEqual([first]);
  });

  it('applies a fix with several edits whole or not at all', () => {
    const blocked = finding('r', [edit(0, 1, 'x'), edit(5, 6, 'y')]);
    const taken = finding('r', [edit(0, 2, 'Z')]);
    expect(applyFixes('0123456789', [taken, blocked]).output).toBe('Z23456789');
    expect(applyFixes('0123456789', [blocked]).output).toBe('x1234y6789');
  });

  it('applies fixes one character apart in one pass, an insertion at offset 0 included', () => {
    const fixes = [finding('r', [edit(0, 0, '<')]), finding('r', [edit(1, 3, 'X')]), finding('r', [edit(4, 4, '|')]), finding('r', [edit(6, 6, '>')])];
    const result = applyFixes('abcdef', fixes);
    expect(result.output).toBe('<aXd|ef>');
    expect(result.applied).toEqual(fixes);
  });

  it('leaves the second of two insertions at one offset for the next pass', () => {
    const first = finding('r', [edit(1, 1, '1')]);
    const result = applyFixes('ab', [first, finding('r', [edit(1, 1, '2')])]);
    expect(result.output).toBe('a1b');
    expect(result.applied).toEqual([first]);
  });

  it('leaves an insertion at the end of a replaced range for the next pass (touching is overlapping, as in ESLint)', () => {
    // A sort rewrites `B.⏎A` whole; a `.` meant for the end of `A` would land after `B.`
    const sort = finding('order', [edit(0, 4, 'A\nB.')]);
    const stop = finding('format', [edit(4, 4, '.')]);
    expect(applyFixes('B.\nA', [stop, sort])).toMatchObject({ output: 'A\nB.', applied: [sort] });
    // And one that starts where another ends, either way round.
    const before = finding('r', [edit(1, 1, 'x')]);
    const after = finding('r', [edit(1, 2, 'Y')]);
    expect(applyFixes('abc', [after, before])).toMatchObject({ output: 'axbc', applied: [before] });
    const left = finding('r', [edit(0, 1, 'A')]);
    expect(applyFixes('abc', [after, left])).toMatchObject({ output: 'Abc', applied: [left] });
  });

  it('takes an edit two findings share (one definition, two references) once', () => {
    const result = applyFixes('abcdef', [finding('r', [edit(1, 3, 'X')]), finding('r', [edit(1, 3, 'X')])]);
    expect(result.output).toBe('aXdef');
    expect(result.applied).toHaveLength(2);
  });

  it('never applies a suggestion, and skips a fix outside the text', () => {
    const suggested = finding('r', null, { suggestions: [{ description: 'd', edits: [edit(0, 1, 'S')] }] });
    const outside = finding('r', [edit(5, 40, 'x')]);
    expect(applyFixes('abcdef', [suggested, outside])).toEqual({ output: 'abcdef', fixed: false, applied: [], edits: [] });
  });

  it('applies only the fixes of the rules asked for (--fix-rule)', () => {
    const result = applyFixes('abcdef', [finding('one', [edit(0, 1, 'A')]), finding('two', [edit(2, 3, 'C')])], { ruleIds: new Set(['two']) });
    expect(result.output).toBe('abCdef');
  });
});

describe('the fix loop', () => {
  it('applies overlapping fixes across passes, then lints the fixed text once more', async () => {
    const lints: string[] = [];
    const passes: string[] = [];
    const result = await fixPasses('aaaa', (text) => (lints.push(text), lintPairs(text)), { onPass: (pass) => passes.push(`${pass.pass}:${pass.input}→${pass.output}`) });
    // `aaaa`: pairs at 0, 1, 2; 1 overlaps 0 and 2 touches it → `baa`; then the pair at 1 → `bb`.
    expect(passes).toEqual(['1:aaaa→baa', '2:baa→bb']);
    expect(result).toMatchObject({ output: 'bb', passes: 2 });
    expect(lints).toEqual(['aaaa', 'baa', 'bb']);
    const odd = fixPassesSync('aaa', lintPairs);
    // `aaa`: pairs at 0 and 1 overlap; the first wins (`ba`), and no pair is left.
    expect(odd).toMatchObject({ output: 'ba', passes: 1 });
  });

  it('runs a fix that reveals another in a later pass, and stops after 10 passes', () => {
    // A fix that always asks for one more: only the pass limit ends it.
    const grow = (text: string): { diagnostics: Diagnostic[] } => ({ diagnostics: text.length < 40 ? [finding('grow', [edit(text.length, text.length, 'x')])] : [] });
    const result = fixPassesSync('', grow);
    expect(result.passes).toBe(MAX_FIX_PASSES);
    expect(result.output).toBe('x'.repeat(MAX_FIX_PASSES));
    // The report is of the returned text: what is left to fix is reported, not hidden.
    expect(result.result.diagnostics).toHaveLength(1);
    // `aaaaa` → `bab` (pass 1: pairs at 0 and 3; 2 touches 0) → nothing left.
    expect(fixPassesSync('aaaaa', lintPairs)).toMatchObject({ output: 'bab', passes: 1 });
  });
});

describe('fixText and lintText (the API)', () => {
  const config = resolveConfig({}, null);
  const source = '# List\n\n- [Alpha Scans](htps://alpha.example.org/data) - Alpha scans.\n';

  it('carries the edits on lintText results, as offsets and as lines and columns', () => {
    const [diagnostic] = lintText('a.md', source, config).diagnostics.filter((d) => d.ruleId === 'no-malformed-url');
    const start = source.indexOf('htps');
    expect(diagnostic?.fix?.edits).toEqual([
      { range: [start, start + 'htps://alpha.example.org/data'.length], text: 'https://alpha.example.org/data', line: 3, column: start - 7, endLine: 3, endColumn: start - 7 + 29 },
    ]);
  });

  it('returns the fixed text and what is left in it', () => {
    const { output, passes, result } = fixText('a.md', source, config);
    expect(output).toBe(source.replace('htps:', 'https:'));
    expect(passes).toBe(1);
    expect(result.diagnostics.filter((d) => d.fix)).toEqual([]);
    expect(fixText('a.md', output, config).output).toBe(output);
  });

  it('sorts a list and adds its last entry\'s `.` in the next pass, on the entry that lacked it', () => {
    const both = resolveConfig({ rules: { 'entry-order': 'error', 'entry-format': 'error' } }, null);
    const text = '# T\n\n## Data\n\n- [Beta](https://b.example/) - Beta set.\n- [Alpha](https://a.example/) - Alpha set\n';
    const { output, passes, result } = fixText('a.md', text, both);
    expect(output).toBe('# T\n\n## Data\n\n- [Alpha](https://a.example/) - Alpha set.\n- [Beta](https://b.example/) - Beta set.\n');
    expect(passes).toBe(2);
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('entry-'))).toEqual([]);
  });

  it('fixes a separator, then the capital after it, in two passes', () => {
    const format = resolveConfig({ rules: { 'entry-format': 'error' } }, null);
    const text = '# T\n\n## Data\n\n- [Alpha](https://a.example/) —  chest X-rays\n';
    const { output, passes } = fixText('a.md', text, format);
    expect(output).toBe('# T\n\n## Data\n\n- [Alpha](https://a.example/) - Chest X-rays.\n');
    expect(passes).toBe(2);
    expect(fixText('a.md', output, format).output).toBe(output);
  });

  it('respects rule levels and disable comments', () => {
    const off = resolveConfig({ rules: { 'no-malformed-url': 'off' } }, null);
    expect(fixText('a.md', source, off).output).toBe(source);
    const disabled = `<!-- medlint-disable no-malformed-url -->\n${source}`;
    expect(fixText('a.md', disabled, config).output).toBe(disabled);
  });
});
