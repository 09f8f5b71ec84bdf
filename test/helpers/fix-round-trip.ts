/**
 * The round-trip checks of `--fix`, shared by the suite over the real lists (test/corpus) and the
 * property test over generated Markdown (test/robustness): fix a file in place through the real
 * pipeline and writer, then check that nothing was lost.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { ResolvedConfig } from '../../src/config/types.js';
import { extractDocument } from '../../src/extract/index.js';
import { LineIndex } from '../../src/extract/line-index.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import type { DatasetEntry } from '../../src/extract/types.js';
import { applyFixes, type FixPass } from '../../src/linter/fixes.js';
import { fixFiles } from '../../src/pipeline/index.js';
import { writeFixedFile } from '../../src/pipeline/write-fixed.js';
import { tempDir } from './temp-dir.js';

/** The three forms of each list: as it is, with CRLF line endings, and with a UTF-8 BOM. */
export const VARIANTS = {
  lf: (text: string): string => text,
  crlf: (text: string): string => text.replace(/\r?\n/g, '\r\n'),
  bom: (text: string): string => `\uFEFF${text}`,
} as const;

export interface RoundTrip {
  before: string;
  after: string;
  passes: FixPass[];
}

/**
 * Entries as the round trip compares them. A name may lose link brackets and nothing else:
 * `[Beta] (https://…)` is the entry `[Beta]` until its link is mended, `Beta` after.
 */
function entryView(entry: DatasetEntry): { name: string; urls: string[] } {
  return { name: entry.name.replace(/[[\]]/g, '').trim(), urls: entry.links.map((link) => link.url) };
}

/**
 * Writes `text` to a fresh folder, runs the fix loop and the writer on it, and checks:
 * the file on disk is the fixed text with its BOM and line endings; no finding left carries a
 * fix, so a second `--fix` changes nothing; the entries keep their count, names and URLs (but
 * a URL a fix rewrote; with `reordered`, in any order; with `revealed`, a mended link may add an entry the broken one hid, as
 * in generated Markdown); and every line a pass changed lies inside one of that pass's edits.
 */
export async function checkFixRoundTrip(name: string, text: string, config: ResolvedConfig, check: { revealed?: boolean; reordered?: boolean } = {}): Promise<RoundTrip> {
  const cwd = tempDir({ [name]: text });
  const passes: FixPass[] = [];
  const { results, fixed } = await fixFiles([name], { config, cwd, links: null, fix: { onPass: (_file: string, pass: FixPass) => passes.push(pass) } });
  const options = check;
  const result = results[0];
  if (!result) throw new Error('no result');
  const bom = text.startsWith('\uFEFF');
  const before = readFileSync(path.join(cwd, name), 'utf8').replace(/^\uFEFF/, '');
  // The entries as read before any fix: extraction alone, no rules (the suite must stay cheap).
  const original = extractDocument(name, before, parseMarkdown(before, name), { ignoreSections: config.ignoreSections });
  let after = before;
  if (fixed[0]) {
    expect(await writeFixedFile(fixed[0], config.maxFileSize)).toBeNull();
    after = fixed[0].after;
  }
  // Never lose a byte: the BOM stays, and CRLF stays CRLF outside the edits too.
  const written = readFileSync(path.join(cwd, name));
  expect(written.equals(Buffer.from(`${bom ? '\uFEFF' : ''}${after}`, 'utf8'))).toBe(true);
  if (!/(?<!\r)\n/.test(before)) expect(/(?<!\r)\n/.test(after), 'a bare LF in a CRLF file').toBe(false);
  // Nothing left to fix: a second --fix would change nothing.
  expect(result.diagnostics.filter((diagnostic) => diagnostic.fix).map((d) => `${d.line}: ${d.message}`)).toEqual([]);
  expect(applyFixes(after, result.diagnostics).fixed).toBe(false);
  // The same entries: the URLs a fix rewrote are the only change.
  const rewritten = new Set(passes.flatMap((pass) => pass.applied.map((diagnostic) => diagnostic.actual)).filter((url) => url !== undefined));
  // With `reordered` (entry-order on), the entries are compared as a set: in name order.
  // By name only: the sort is stable, and entry-order keeps equal names in their order, so two
  // entries of one name pair up even when a fix rewrote the URL of one.
  const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const was = options.reordered ? original.entries.map(entryView).sort(byName) : original.entries.map(entryView);
  const is = options.reordered ? result.entries.map(entryView).sort(byName) : result.entries.map(entryView);
  // Every entry survives, in order, with its name; with `revealed`, a mended link may add one.
  const pairs: Array<[{ urls: string[] }, { urls: string[] }]> = [];
  if (options.revealed) {
    let at = 0;
    for (const entry of was) {
      while (at < is.length && (is[at] as { name: string }).name !== entry.name) at += 1;
      expect(at < is.length, `entry ${entry.name} lost`).toBe(true);
      pairs.push([entry, is[at] as { urls: string[] }]);
      at += 1;
    }
  } else {
    expect(is.map((entry) => entry.name)).toEqual(was.map((entry) => entry.name));
    was.forEach((entry, index) => pairs.push([entry, is[index] as { urls: string[] }]));
  }
  for (const [old, now] of pairs) {
    expect(now.urls.length).toBe(old.urls.length);
    now.urls.forEach((url, index) => {
      const before = old.urls[index] as string;
      if (url !== before) expect(rewritten.has(before), `${before} → ${url}`).toBe(true);
    });
  }
  for (const pass of passes) expectChangesInsideEdits(pass);
  return { before, after, passes };
}

/**
 * Every line of `pass.input` the pass changed lies inside one of its edits: each edit's range lies
 * on the lines its span names, and outside those lines the output is the input, byte for byte,
 * at the place the edits before it shifted it to. (A line diff would not do: with two equal
 * lines it may pair the wrong ones.)
 */
function expectChangesInsideEdits(pass: FixPass): void {
  const lines = new LineIndex(pass.input);
  const lineStart = (line: number): number => lines.offset(line, 1);
  const lineEnd = (line: number): number => {
    const next = lines.offset(line + 1, 1);
    return next > lineStart(line) ? next : pass.input.length;
  };
  const groups: Array<{ start: number; end: number; growth: number }> = [];
  for (const edit of pass.edits) {
    expect(edit.range[0], 'edit start and its line/column agree').toBe(lines.offset(edit.line, edit.column));
    expect(edit.range[1], 'edit end and its line/column agree').toBe(lines.offset(edit.endLine, edit.endColumn));
    const group = { start: lineStart(edit.line), end: Math.max(lineEnd(edit.endLine), edit.range[1]), growth: edit.text.length - (edit.range[1] - edit.range[0]) };
    const last = groups.at(-1);
    if (last && group.start <= last.end) {
      last.end = Math.max(last.end, group.end);
      last.growth += group.growth;
    } else {
      groups.push(group);
    }
  }
  let inAt = 0;
  let outAt = 0;
  for (const group of groups) {
    const untouched = pass.input.slice(inAt, group.start);
    expect(pass.output.slice(outAt, outAt + untouched.length), `text before line ${lines.point(group.start).line} changed`).toBe(untouched);
    outAt += untouched.length + (group.end - group.start) + group.growth;
    inAt = group.end;
  }
  expect(pass.output.slice(outAt), 'text after the last edit changed').toBe(pass.input.slice(inAt));
}
