import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { lintText } from '../../src/pipeline/index.js';
import { allRuleMetas } from '../../src/rules/index.js';
import type { RuleMeta } from '../../src/rules/types.js';
import { formatSarif, pathToUri } from '../../src/reporters/sarif.js';
import { diagnostic, fileResult, HOSTILE } from '../action/build-results.js';

const metas: RuleMeta[] = [
  { id: 'link-dead', description: 'Links must not be dead.', category: 'links', recommended: 'error', messages: {} },
  { id: 'entry-link', description: 'Entries need a link.', category: 'entries', recommended: 'warn', messages: {} },
];

const results = [
  fileResult('lists/b c#1.md', [diagnostic({ ruleId: 'link-dead', line: 4, column: 5, endColumn: 30, actual: 'https://x.org' })]),
  fileResult('README.md', [
    diagnostic({ ruleId: 'plugin-rule', line: 2, severity: 'warning', message: 'From a plugin' }),
    diagnostic({ ruleId: 'entry-link', line: 1, endLine: 3, endColumn: 2, severity: 'warning' }),
  ]),
];

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<{ id: string; helpUri: string; shortDescription: { text: string }; defaultConfiguration?: { level: string } }> } };
    columnKind: string;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
      properties?: Record<string, string>;
    }>;
  }>;
}

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(results, { toolVersion: '1.2.3', rules: metas })) as SarifLog;
  const run = log.runs[0]!;

  it('writes a SARIF 2.1.0 log with the driver and every rule, sorted by id', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(run.tool.driver).toMatchObject({ name: 'medlint', version: '1.2.3', informationUri: 'https://github.com/medlint/medlint' });
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(['entry-link', 'link-dead', 'plugin-rule']);
    expect(run.tool.driver.rules[1]).toEqual({
      id: 'link-dead',
      shortDescription: { text: 'Links must not be dead.' },
      helpUri: 'https://github.com/medlint/medlint/blob/main/docs/rules/link-dead.md',
      defaultConfiguration: { level: 'error' },
      properties: { category: 'links' },
    });
    expect(run.tool.driver.rules[2]?.helpUri).toBe('https://github.com/medlint/medlint/blob/main/docs/rules/plugin-rule.md');
  });

  it('writes results in report order with rule index, level, message and region', () => {
    expect(run.results.map((result) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['entry-link', 0, 'warning'],
      ['plugin-rule', 2, 'warning'],
      ['link-dead', 1, 'error'],
    ]);
    expect(run.results[2]?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'lists/b%20c%231.md' },
      region: { startLine: 4, startColumn: 5, endLine: 4, endColumn: 30 },
    });
    expect(run.results[2]?.properties).toEqual({ actual: 'https://x.org' });
    expect(run.results[1]?.message.text).toBe('From a plugin');
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('is byte-for-byte the same on every call, whatever the input order', () => {
    expect(formatSarif([...results].reverse(), { toolVersion: '1.2.3', rules: [...metas].reverse() })).toBe(
      formatSarif(results, { toolVersion: '1.2.3', rules: metas }),
    );
    expect(formatSarif(results, { toolVersion: '1.2.3' })).not.toMatch(/\/work\/|"\d{4}-\d{2}-\d{2}T/);
  });

  it.each([
    ['README.md', 'README.md'],
    ['docs/a b.md', 'docs/a%20b.md'],
    ['x/?#%.md', 'x/%3F%23%25.md'],
    ['données/ü.md', 'donn%C3%A9es/%C3%BC.md'],
  ])('encodes the path %j as the URI %j', (file, uri) => {
    expect(pathToUri(file)).toBe(uri);
  });

  it.each(HOSTILE)('carries %j through JSON unchanged', (value) => {
    const text = formatSarif([fileResult('README.md', [diagnostic({ ruleId: 'r', line: 1, message: value })])], { toolVersion: '0' });
    expect((JSON.parse(text) as SarifLog).runs[0]?.results[0]?.message.text).toBe(value);
    expect(text).not.toMatch(/[\u0000-\u001f](?<!\n)/);
  });
});

describe('SARIF fixes', () => {
  // The OASIS SARIF 2.1.0 schema (draft-04), as @microsoft/jest-sarif ships it; Ajv 8 reads it
  // once `id` is `$id` (formats and its one non-Unicode pattern aside).
  const require = createRequire(import.meta.url);
  const schema = structuredClone(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as Record<string, unknown>);
  delete schema['$schema'];
  schema['$id'] = schema['id'];
  delete schema['id'];
  const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false, logger: false }).compile(schema);

  const source = '# L\n\n- [Imaging](#imagng)\n\n## Imaging\n\n- [Alpha](htps://example.org/a) - A.\n- [Beta](www.example.org/b) - B.\n\n## Genomics\n';
  const result = lintText('lists/a b.md', source, resolveConfig({}, null));
  const log = JSON.parse(formatSarif([result], { toolVersion: '1.2.3', rules: allRuleMetas })) as { runs: Array<{ results: Array<{ ruleId: string; fixes?: unknown[] }> }> };

  it('validates against the SARIF 2.1.0 schema, fixes and suggestions included', () => {
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]?.results.filter((r) => r.fixes).map((r) => r.ruleId)).toEqual(['toc-link', 'no-malformed-url', 'no-malformed-url']);
  });

  it('writes a fix as an artifact change that deletes a region and inserts text', () => {
    const malformed = log.runs[0]?.results.find((r) => r.ruleId === 'no-malformed-url');
    expect(malformed?.fixes).toEqual([
      {
        description: { text: 'Fix: https://example.org/a' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'lists/a%20b.md' },
            replacements: [{ deletedRegion: { startLine: 7, startColumn: 11, endLine: 7, endColumn: 31 }, insertedContent: { text: 'https://example.org/a' } }],
          },
        ],
      },
    ]);
  });

  it('fails the schema check for a region SARIF forbids (the validator is not a stub)', () => {
    const broken = structuredClone(log) as unknown as { runs: Array<{ results: Array<{ fixes?: Array<{ artifactChanges: Array<{ replacements: Array<{ deletedRegion: { startLine: number } }> }> }> }> }> };
    const fix = broken.runs[0]?.results.find((r) => r.fixes)?.fixes?.[0];
    if (fix?.artifactChanges[0]?.replacements[0]) fix.artifactChanges[0].replacements[0].deletedRegion.startLine = 0;
    expect(validate(broken)).toBe(false);
  });
});
