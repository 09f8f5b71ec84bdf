/**
 * Plain words for access (issue 19): every row of the phrase table in docs/access-phrases.md
 * is read by the extractor, alone and inside an entry's sentence, and gives its level. The docs
 * table is the test table, so the two cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAccess } from '../../src/extract/fields.js';

const page = readFileSync(path.resolve(import.meta.dirname, '../../docs/access-phrases.md'), 'utf8');
const rows = page
  .split('\n')
  .map((line) => /^\| ([^|]+?) \| (open|registration|application|credentialed|restricted) \|$/.exec(line))
  .filter((match): match is RegExpExecArray => match !== null)
  .map((match) => [match[1] as string, match[2] as string] as const);

describe('the access phrases of docs/access-phrases.md', () => {
  it('lists phrases for every level', () => {
    expect(new Set(rows.map(([, level]) => level))).toEqual(new Set(['open', 'registration', 'application', 'credentialed', 'restricted']));
    expect(rows.length).toBeGreaterThan(40);
  });

  it.each(rows)('reads %j as %s', (phrase, level) => {
    expect(extractAccess(phrase)?.level).toBe(level);
  });

  it.each(rows)('reads %j as %s inside an entry\'s description', (phrase, level) => {
    expect(extractAccess(`1,200 knee MRIs from 300 patients. ${phrase}.`)?.level).toBe(level);
  });
});

describe('what is not the entry\'s access statement', () => {
  it.each([
    'Kaggle is a platform for data science competitions and publicly available datasets.',
    'Part of a completed competition, which is generally a great source for publicly available data sets.',
    'Recorded with eyes closed and eyes open.',
    '64 electrodes, 160 Hz, no labels for the private test set.',
  ])('reads nothing in %j', (text) => {
    expect(extractAccess(text)).toBeNull();
  });

  it('reads "no sign-up needed" as open, not as registration', () => {
    expect(extractAccess('No sign-up needed')?.level).toBe('open');
    expect(extractAccess('Download without signing in')?.level).toBe('open');
  });
});
