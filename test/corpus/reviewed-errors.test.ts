/**
 * Every error medlint raises on the real lists in ../shared (seeds and corpus), compared with a
 * reviewed list kept here: each error in `reviewed-errors.json` was read at its line and agreed
 * with. A new error or a lost one fails the suite; after a deliberate change, regenerate with
 * `MEDLINT_GENERATE=1` (`npm run generate`) and review the diff line by line.
 *
 * Relative links are not looked up: they name files of the lists' own repositories, which are
 * not here, so `no-missing-file` cannot be judged.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintAll } from '../rules/lint-all.js';

const shared = path.resolve(import.meta.dirname, '../../../shared');
const folders = ['seeds', 'corpus'] as const;
const present = folders.every((folder) => existsSync(path.join(shared, folder)));
const reviewedFile = path.join(import.meta.dirname, 'reviewed-errors.json');
const generate = process.env.MEDLINT_GENERATE === '1';

/** One reviewed error: where, which rule, and the message read when it was reviewed. */
interface ReviewedError {
  line: number;
  rule: string;
  message: string;
}

function lists(): Array<{ file: string; source: string }> {
  return folders.flatMap((folder) =>
    readdirSync(path.join(shared, folder))
      .filter((name) => /\.(?:md|txt)$/.test(name))
      .sort()
      .map((name) => ({ file: `${folder}/${name}`, source: readFileSync(path.join(shared, folder, name), 'utf8') })),
  );
}

function errorsOf(file: string, source: string): ReviewedError[] {
  return lintAll(file, source, () => undefined)
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map((diagnostic) => ({ line: diagnostic.line, rule: diagnostic.ruleId, message: diagnostic.message }));
}

const key = (error: ReviewedError): string => `${error.line} ${error.rule}`;

describe.skipIf(!present)('errors on the real lists in ../shared match the reviewed list', () => {
  const found = present ? lists().map(({ file, source }) => ({ file, errors: errorsOf(file, source) })) : [];

  if (generate) {
    it('writes the reviewed list (MEDLINT_GENERATE=1)', () => {
      const data = Object.fromEntries(found.map(({ file, errors }) => [file, errors]));
      writeFileSync(reviewedFile, `${JSON.stringify(data, null, 2)}\n`);
      expect(Object.keys(data)).toHaveLength(found.length);
    });
    return;
  }

  const reviewed = JSON.parse(readFileSync(reviewedFile, 'utf8')) as Record<string, ReviewedError[]>;

  it('has reviewed every list in ../shared, and no list that is gone', () => {
    expect(Object.keys(reviewed).sort()).toEqual(found.map(({ file }) => file).sort());
  });

  for (const { file, errors } of found) {
    it(`raises on ${file} exactly the reviewed errors`, () => {
      const expected = (reviewed[file] ?? []).map(key);
      const actual = errors.map(key);
      const added = errors.filter((error) => !expected.includes(key(error)));
      const lost = (reviewed[file] ?? []).filter((error) => !actual.includes(key(error)));
      expect({ new: added, lost }).toEqual({ new: [], lost: [] });
    });
  }
});

if (!present) {
  describe('errors on the real lists in ../shared', () => {
    it.skip('are not checked: ../shared/seeds and ../shared/corpus are absent (clone the workspace with ../shared beside the repository)', () => {});
  });
}
