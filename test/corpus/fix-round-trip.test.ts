/**
 * `--fix` round trip over every real list in ../shared (seeds and corpus; written by others, read
 * in place, never copied here), each as it is, with CRLF endings and with a BOM: the fixes are
 * applied through the pipeline and written by the writer, offline and in-process, and nothing
 * but the edits changes (test/helpers/fix-round-trip.ts says what is checked).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { checkFixRoundTrip, VARIANTS } from '../helpers/fix-round-trip.js';

const shared = path.resolve(import.meta.dirname, '../../../shared');
const present = existsSync(path.join(shared, 'corpus')) && existsSync(path.join(shared, 'seeds'));
const config = resolveConfig({}, null);
const orderConfig = resolveConfig({ rules: { 'entry-order': 'error', 'entry-format': 'error' } }, null);

const lists = present
  ? ['seeds', 'corpus'].flatMap((folder) =>
      readdirSync(path.join(shared, folder))
        .filter((name) => /\.(?:md|txt)$/.test(name))
        .sort()
        .map((name) => ({ folder, name })),
    )
  : [];

describe.skipIf(!present)('--fix round trip over the real lists in ../shared (integration; needs ../shared beside the repo)', () => {
  it('finds the lists', () => {
    expect(lists.length).toBeGreaterThan(0);
  });

  for (const { folder, name } of lists) {
    for (const [variant, make] of Object.entries(VARIANTS)) {
      it(`fixes ${folder}/${name} (${variant}) without losing a byte, and a second fix changes nothing`, async () => {
        const text = make(readFileSync(path.join(shared, folder, name), 'utf8'));
        await checkFixRoundTrip(name.replace(/\.txt$/, '.md'), text, config);
      });
    }
    it(`sorts ${folder}/${name} with entry-order and entry-format on: the same entries as a set, and a second fix changes nothing`, async () => {
      const text = readFileSync(path.join(shared, folder, name), 'utf8');
      await checkFixRoundTrip(name.replace(/\.txt$/, '.md'), text, orderConfig, { reordered: true });
    });
  }
});
