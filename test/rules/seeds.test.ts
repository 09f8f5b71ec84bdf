/**
 * The two lists medlint was designed from, linted offline with every rule at its recommended
 * level. The expected reports are written down from reading the files: every defect is named,
 * so any new or lost report fails here. The seeds live in `../shared`, outside the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { lintAll } from './lint-all.js';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
const available = existsSync(SEEDS);
const suite = available ? describe : describe.skip;

function read(name: string): string {
  return readFileSync(path.join(SEEDS, name), 'utf8');
}

/** Seeds have no files beside them here: every relative link is missing. */
const nothingExists = (): boolean => false;

suite(
  available ? 'seed lists' : 'seed lists (skipped: the integration suite needs ../shared/seeds beside the repository)',
  () => {
    describe('000: paragraph entries under `###` headings', () => {
      const name = '000_c7f1671b58d8a0ae.txt';

      it('reports exactly its defects, in order', () => {
        const diagnostics = lintAll(name, read(name), nothingExists);
        expect(diagnostics.map((d) => [d.ruleId, d.line, d.severity])).toEqual([
          ['toc-link', 8, 'error'], // `#2-text-data`: the heading is "(2) Natural Language Data"
          ['single-h1', 22, 'warning'], // # (1) Medical Images
          ['heading-increment', 24, 'warning'], // # then ### X-Rays
          ['entry-access', 26, 'warning'], // CheXpert states no terms; it needs registration and a research use agreement
          ['entry-description', 45, 'error'], // TCGA: two bare URLs and no text
          ['entry-link', 45, 'error'], // TCGA: bare URL
          ['no-http-link', 45, 'warning'], // http://cancergenome.nih.gov/
          ['single-h1', 55, 'warning'], // # (2) Natural Language Data
          // no toc-complete at 55: the ToC lists it through a broken anchor, which toc-link reports at 8
          ['heading-increment', 57, 'warning'], // # then ### Clinical
          ['access-mismatch', 59, 'error'], // MIMIC-III "Requires registration"; PhysioNet requires credentialed access
          ['no-http-link', 59, 'warning'], // MIMIC-III on http://physionet.org
          ['single-h1', 69, 'warning'], // # (3) Other Modalities and Multi-Modal
          ['heading-increment', 71, 'warning'], // # then ### Bioinformatics / Biospecimen
          ['no-empty-section', 89, 'warning'], // ## Other Lists of Medical Datasets, at the end
        ]);
      });

      it('suggests the heading a broken ToC link meant', () => {
        const [tocLink] = lintAll(name, read(name), nothingExists).filter((d) => d.ruleId === 'toc-link');
        expect(tocLink).toMatchObject({
          column: 3,
          actual: '#2-text-data',
          expected: '#2-natural-language-data',
          message: expect.stringContaining('did you mean `#2-natural-language-data`?'),
        });
      });

      it('names what is known of CheXpert and MIMIC-III, and where it is stated', () => {
        const diagnostics = lintAll(name, read(name), nothingExists);
        expect(diagnostics.find((d) => d.ruleId === 'entry-access')).toMatchObject({
          line: 26,
          expected: 'registration',
          note: expect.stringContaining('source: https://stanfordmlgroup.github.io/competitions/chexpert/'),
          message: expect.stringContaining('`CheXpert` without access terms'),
        });
        expect(diagnostics.find((d) => d.ruleId === 'access-mismatch')).toMatchObject({
          line: 59,
          actual: 'Requires registration',
          expected: 'credentialed',
          note: expect.stringContaining('source: https://physionet.org/content/mimiciii/'),
          message: expect.stringContaining('`physionet.org/physiobank/database/mimic3cdb/` needs credentialed access'),
        });
      });

      it('keeps fastMRI clean: it states its application, which is what is known', () => {
        const source = read(name);
        const fastMri = extractDocument(name, source, parseMarkdown(source)).entries.find((entry) => entry.name === 'fastMRI');
        expect(fastMri).toMatchObject({ line: 38, access: { level: 'application', source: 'text' }, knownAccess: { level: 'application' } });
        expect(lintAll(name, source, nothingExists).filter((d) => d.line === 38)).toEqual([]);
      });

      it('suggests a Markdown link for the bare-URL TCGA entry', () => {
        const [entryLink] = lintAll(name, read(name), nothingExists).filter((d) => d.ruleId === 'entry-link');
        expect(entryLink).toMatchObject({ line: 45, column: 7, expected: '[TCGA](http://cancergenome.nih.gov/)' });
      });

      it('reports nothing on its clean entries', () => {
        const source = read(name);
        const document = extractDocument(name, source, parseMarkdown(source));
        const clean = ['The National CT Colonography Trial', 'fastMRI', 'EchoNet-Dynamic', 'S2ORC: The Semantic Scholar Open Research Corpus', 'The Cancer Genome Atlas Program', 'Parkinson Speech Dataset'];
        const lines = document.entries.filter((entry) => clean.includes(entry.name)).map((entry) => entry.line);
        expect(lines).toHaveLength(clean.length);
        const reported = new Set(lintAll(name, source, nothingExists).map((d) => d.line));
        expect(lines.filter((line) => reported.has(line))).toEqual([]);
      });
    });

    describe('004: `## [Name](url)` heading entries', () => {
      const name = '004_900e3376a9381786.txt';

      it('reports the missing relative file as its only error', () => {
        const diagnostics = lintAll(name, read(name), nothingExists);
        expect(diagnostics.map((d) => [d.ruleId, d.line, d.severity])).toEqual([
          ['no-missing-file', 5, 'error'], // ../getting-started/hackathon-server.md
          ['no-http-link', 9, 'warning'], // http://www.cancerimagingarchive.net/
        ]);
        expect(diagnostics[0]).toMatchObject({ column: 32, actual: '../getting-started/hackathon-server.md' });
      });

      it('judges the ISIC challenge by its own link, not the Kaggle link in its description', () => {
        const source = read(name);
        const isic = extractDocument(name, source, parseMarkdown(source)).entries.find((entry) => entry.name.startsWith('SIIM-ISIC'));
        expect(isic).toMatchObject({ url: 'https://challenge2020.isic-archive.com/', knownAccess: null });
        expect(isic?.links.some((link) => link.url.includes('kaggle.com/c/'))).toBe(true);
        const lines = new Set(lintAll(name, source, nothingExists).map((d) => d.line));
        expect([...lines].filter((line) => isic && line >= isic.line && line <= isic.endLine)).toEqual([]);
      });

      it('reports nothing about the file when the pipeline did not look it up', () => {
        const diagnostics = lintAll(name, read(name), () => undefined);
        expect(diagnostics.map((d) => d.ruleId)).toEqual(['no-http-link']);
      });
    });
  },
);
