/**
 * Every fixture under `fixtures/rules/` and `fixtures/shapes/` states its expectations inline
 * (`<!-- expect: rule-id -->`, see `fixtures/README.md`); this runs extract + all document rules
 * over each and compares the reported `(line, rule id)` pairs with the markers, then snapshots
 * the full diagnostics.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintAll } from './lint-all.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FOLDERS = ['fixtures/rules', 'fixtures/shapes'];
const MARKER = /<!--\s*expect:([^>]*)-->/g;

/** `line:rule-id` for every marker: the marker's own line, or the next when it stands alone. */
export function expectedPairs(markdown: string): string[] {
  const pairs = new Set<string>();
  markdown.split('\n').forEach((text, index) => {
    const markers = [...text.matchAll(MARKER)];
    if (markers.length === 0) return;
    const alone = text.replace(MARKER, '').trim() === '';
    const line = index + 1 + (alone ? 1 : 0);
    for (const marker of markers) {
      for (const ruleId of (marker[1] ?? '').split(',')) {
        if (ruleId.trim() !== '') pairs.add(`${line}:${ruleId.trim()}`);
      }
    }
  });
  return [...pairs].sort();
}

describe('expectation markers', () => {
  it('reads a marker at the end of a line as that line', () => {
    expect(expectedPairs('a\n[x](http://x) <!-- expect: no-http-link -->\n')).toEqual(['2:no-http-link']);
  });

  it('reads a marker alone on its line as the next line, with several ids', () => {
    expect(expectedPairs('<!-- expect: entry-link, entry-description -->\nTCGA: https://x\n')).toEqual([
      '2:entry-description',
      '2:entry-link',
    ]);
  });
});

for (const folder of FOLDERS) {
  describe(folder, () => {
    const files = readdirSync(path.join(ROOT, folder))
      .filter((name) => name.endsWith('.md'))
      .sort();

    it('holds fixtures named after their case', () => {
      expect(files.length).toBeGreaterThan(0);
      for (const name of files) {
        expect(name, name).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.md$/);
        expect(name, `${name} names no case`).not.toMatch(/^(?:error|warning|case|test|fixture|sample)-?\d*\.md$/);
      }
    });

    for (const name of files) {
      it(`reports exactly the marked lines in ${name}`, () => {
        const file = `${folder}/${name}`;
        const absolute = path.join(ROOT, file);
        const markdown = readFileSync(absolute, 'utf8');
        const exists = (target: string): boolean => existsSync(path.resolve(path.dirname(absolute), target));
        const diagnostics = lintAll(file, markdown, exists);
        const reported = [...new Set(diagnostics.map((d) => `${d.line}:${d.ruleId}`))].sort();
        expect(reported).toEqual(expectedPairs(markdown));
        expect(diagnostics).toMatchSnapshot();
      });
    }
  });
}
