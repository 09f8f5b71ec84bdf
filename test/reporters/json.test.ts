import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/results/file-result.js';
import { json } from '../../src/reporters/json.js';

const result = (message: string, file = 'README.md'): FileResult => ({
  file,
  entries: [],
  entryCount: 0,
  errorCount: 1,
  warningCount: 0,
  diagnostics: [
    { file, ruleId: 'entry-link', messageId: 'bareUrl', severity: 'error', message, line: 2, column: 1, endLine: 2, endColumn: 5, url: 'https://example.org/docs' },
  ],
});

describe('json reporter', () => {
  it('prints one object per file with counts and sorted diagnostics', () => {
    const parsed = JSON.parse(json([result('b', 'b.md'), result('a', 'a.md')]));
    expect(parsed.map((file: { file: string }) => file.file)).toEqual(['a.md', 'b.md']);
    expect(Object.keys(parsed[0])).toEqual(['file', 'entryCount', 'errorCount', 'warningCount', 'diagnostics']);
  });

  it('escapes C1 controls and bidi characters that JSON.stringify leaves raw, keeping the same value', () => {
    const hostile = 'TCGA\u009b31m \u202egnp.exe';
    const text = json([result(hostile)]);
    expect(text).not.toMatch(/[\u009b\u202e]/);
    expect(text).toContain('\\u009b31m \\u202egnp.exe');
    expect(JSON.parse(text)[0].diagnostics[0].message).toBe(hostile);
  });
});
