/**
 * Integration suite over the real lists in ../shared (written by others, not copied here):
 * entry counts and sample entries against labels written by reading each file by hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import labels from './labels.json' with { type: 'json' };

const shared = path.resolve(import.meta.dirname, '../../../shared');
const present = existsSync(path.join(shared, 'corpus')) && existsSync(path.join(shared, 'seeds'));

interface Sample {
  name: string | null;
  url: string | null;
  line: number;
  section: string[];
  access: string | null;
}
interface Label {
  entryCount: number;
  tolerance: number;
  samples: Sample[];
}

const files = Object.entries(labels as unknown as Record<string, Label | string>).filter(
  (pair): pair is [string, Label] => typeof pair[1] === 'object',
);

describe.skipIf(!present)('real lists in ../shared (integration; needs ../shared beside the repo)', () => {
  it('has labels for every corpus and seed file', () => {
    const listed = readFileSync(path.join(shared, 'corpus', 'INDEX.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[0])
      .filter(Boolean);
    for (const file of listed) expect(Object.keys(labels)).toContain(file);
  });

  for (const [file, label] of files) {
    const folder = file.endsWith('.txt') ? 'seeds' : 'corpus';
    it(`extracts ${label.entryCount} ± ${label.tolerance} entries and the labelled samples from ${file}`, () => {
      const source = readFileSync(path.join(shared, folder, file), 'utf8');
      const document = extractDocument(file, source, parseMarkdown(source));
      expect(Math.abs(document.entries.length - label.entryCount)).toBeLessThanOrEqual(label.tolerance);
      for (const sample of label.samples) {
        const entry = document.entries.find((candidate) => candidate.line === sample.line);
        expect(entry, `entry at line ${sample.line}`).toBeDefined();
        expect({
          name: entry?.name,
          url: entry?.url,
          line: entry?.line,
          section: entry?.section,
          access: entry?.access?.source === 'text' ? entry.access.level : null,
        }).toEqual({ ...sample, name: sample.name ?? '' });
      }
      // Source order, positions inside the file.
      const lines = source.split('\n').length;
      document.entries.forEach((entry, index) => {
        expect(entry.line).toBeGreaterThanOrEqual(index === 0 ? 1 : (document.entries[index - 1]?.line ?? 1));
        expect(entry.endLine).toBeLessThanOrEqual(lines);
      });
    });
  }
});

if (!present) {
  describe('real lists in ../shared', () => {
    it.skip('are absent: clone the workspace with ../shared beside the repo to run this integration suite', () => {});
  });
}
