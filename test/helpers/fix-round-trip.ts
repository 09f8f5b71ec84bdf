/**
 * The round-trip checks of `--fix`, shared by the suite over the real lists (test/corpus) and the
 * property test over generated Markdown (test/robustness): fix a file in place through the real
 * pipeline and writer, then check that nothing was lost.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diffLines } from 'diff';
import { expect } from 'vitest';
import type { ResolvedConfig } from '../../src/config/types.js';
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

/** Entries as the round trip compares them. */
function entryView(entry: DatasetEntry): { name: string; urls: string[] } {
  return { name: entry.name, urls: entry.links.map((link) => link.url) };
}

/**
 * Writes `text` to a fresh folder, runs the fix loop and the writer on it, and checks:
 * the file on disk is the fixed text with its BOM and line endings; no finding left carries a
 * fix, so a second `--fix` changes nothing; the entries keep their count, names and URLs (but
 * a URL a fix rewrote); and every line a pass changed lies inside one of that pass's edits.
 */
export async function checkFixRoundTrip(name: string, text: string, config: ResolvedConfig): Promise<RoundTrip> {
  const cwd = tempDir({ [name]: text });
  const passes: FixPass[] = [];
  const options = { config, cwd, links: null, fix: { onPass: (_file: string, pass: FixPass) => passes.push(pass) } };
  const original = (await fixFiles([name], { ...options, fix: {} })).results[0];
  const { results, fixed } = await fixFiles([name], options);
  const result = results[0];
  if (!original || !result) throw new Error('no result');
  const bom = text.startsWith('\uFEFF');
  const before = bom ? text.slice(1) : text;
  let after = before;
  if (fixed[0]) {
    expect(await writeFixedFile(fixed[0], config.maxFileSize)).toBeNull();
    after = fixed[0].after;
  }
  // Never lose a byte: the BOM stays, and CRLF stays CRLF outside the edits too.
  const written = readFileSync(path.join(cwd, name));
  expect(written.equals(Buffer.from(`${bom ? '\uFEFF' : ''}${after}`, 'utf8'))).toBe(true);
  if (!before.includes('\n') || /^[^\n]*\r\n/.test(before)) {
    if (!/(?<!\r)\n/.test(before)) expect(/(?<!\r)\n/.test(after), 'a bare LF in a CRLF file').toBe(false);
  }
  // Nothing left to fix: a second --fix would change nothing.
  expect(result.diagnostics.filter((diagnostic) => diagnostic.fix).map((d) => `${d.line}: ${d.message}`)).toEqual([]);
  expect(applyFixes(after, result.diagnostics).fixed).toBe(false);
  // The same entries: the URLs a fix rewrote are the only change.
  const rewritten = new Set(passes.flatMap((pass) => pass.applied.map((diagnostic) => diagnostic.actual)).filter((url) => url !== undefined));
  const was = original.entries.map(entryView);
  const is = result.entries.map(entryView);
  expect(is.map((entry) => entry.name)).toEqual(was.map((entry) => entry.name));
  is.forEach((entry, index) => {
    const old = (was[index] as { urls: string[] }).urls;
    expect(entry.urls.length).toBe(old.length);
    entry.urls.forEach((url, at) => {
      if (url !== old[at]) expect(rewritten.has(old[at] as string), `${old[at]} → ${url}`).toBe(true);
    });
  });
  for (const pass of passes) expectChangesInsideEdits(pass);
  return { before, after, passes };
}

/** Every line of `pass.input` the pass changed or removed, and every line it inserted, lies at one of its edits. */
function expectChangesInsideEdits(pass: FixPass): void {
  const touched = new Set<number>();
  for (const edit of pass.edits) for (let line = edit.line; line <= edit.endLine; line += 1) touched.add(line);
  let line = 1;
  for (const part of diffLines(pass.input, pass.output)) {
    const count = part.count ?? 0;
    if (part.removed) {
      for (let at = line; at < line + count; at += 1) expect(touched.has(at), `line ${at} changed outside the edits`).toBe(true);
      line += count;
    } else if (part.added) {
      // Inserted lines: next to an edit (an insertion ends the line above or starts the line below).
      expect(touched.has(line - 1) || touched.has(line), `lines inserted at line ${line} outside the edits`).toBe(true);
    } else {
      line += count;
    }
  }
}
