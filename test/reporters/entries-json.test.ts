/** `medlint entries --format json`: the fields of issue 19 appear only where they apply. */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { entriesJson } from '../../src/reporters/entries.js';

const markdown = [
  '## Cardiac',
  '',
  '__Ventricle Study__',
  'Forty cine MRIs.',
  '',
  '__Atrium Study__',
  'Thirty cine MRIs.',
  '',
  'Access: https://example.org/cardiac',
  '',
  '***',
  '',
  '| Dataset | Records | Link |',
  '|---|---|---|',
  '| **Holter Set** | 154 | Contact the Holter Society |',
  '',
].join('\n');

describe('entriesJson', () => {
  const rows = JSON.parse(entriesJson(extractDocument('list.md', markdown, parseMarkdown(markdown)).entries)) as Array<Record<string, unknown>>;

  it('prints the shared link of an entry without its own', () => {
    expect(rows[0]).toMatchObject({ name: 'Ventricle Study', url: null, sharedLink: 'https://example.org/cardiac' });
    expect(rows[1]).not.toHaveProperty('sharedLink');
  });

  it('prints why an entry has no link', () => {
    expect(rows[2]).toMatchObject({ name: 'Holter Set', noLink: { kind: 'not-online', text: 'Contact the Holter Society' } });
    expect(rows[0]).not.toHaveProperty('noLink');
  });
});
