/**
 * Issue 18, items 3, 8 and 10: what a config (or a URL in a list) asks of the access knowledge,
 * the exclude patterns and the per-host settings costs time linear in it, and what a config may
 * raise is capped with a clear error naming the reason.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPatternCost, compileUserPattern } from '../../src/config/patterns.js';
import { LIMITS } from '../../src/config/limits.js';
import { builtInKnowledge, compileKnowledge } from '../../src/knowledge/index.js';
import { headersForOrigin } from '../../src/links/http/client.js';
import { lintFiles } from '../../src/pipeline/index.js';
import type { Root, Table } from 'mdast';
import { linkLiterals } from '../../src/parse/autolink-literals.js';
import { joinPieces } from '../../src/parse/parse-in-chunks.js';
import { loadConfig } from '../../src/config/load.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { expectLinear } from './linear.js';

describe('access knowledge look-ups (issue 18, item 3)', () => {
  it('looks up a host of 100,000 labels in linear time (25,000, then 100,000)', () => {
    expectLinear(
      (labels) => `https://${'a.'.repeat(labels)}physionet.org/content/mimiciii/`,
      (url) => void builtInKnowledge.lookup(url, 'Some data'),
      25_000,
    );
  });

  it('still finds the fact of a parent host and of the longest path prefix', () => {
    const knowledge = compileKnowledge({ hosts: { 'data.example.edu': 'registration', 'data.example.edu/open': 'open', 'data.example.edu/open/x/': 'application' } });
    expect(knowledge.lookup('https://a.b.data.example.edu/y', 'Y')?.level).toBe('registration');
    expect(knowledge.lookup('https://data.example.edu/open', 'Y')?.level).toBe('open');
    expect(knowledge.lookup('https://data.example.edu/open/x/1', 'Y')?.level).toBe('application');
    expect(knowledge.lookup('https://data.example.edu/openx', 'Y')?.level).toBe('registration');
    expect(knowledge.lookup(`https://${'a.'.repeat(1_000)}data.example.edu/${'/'.repeat(10_000)}`, 'Y')?.level).toBe('registration');
  });

  it('compiles and looks up 10,000 access.hosts path prefixes of one host in linear time (2,500, then 10,000)', () => {
    expectLinear(
      (n) => Object.fromEntries(Array.from({ length: n }, (_, index) => [`example.org/set-${index}/`, 'open' as const])),
      (hosts) => {
        const knowledge = compileKnowledge({ hosts });
        const n = Object.keys(hosts).length;
        for (let index = 0; index < n; index += 1) knowledge.lookup(`https://example.org/set-${index}/a/b`, 'X');
      },
      2_500,
    );
  });
});

describe('per-host settings and exclude patterns (issue 18, item 8)', () => {
  it('finds the headers of 10,000 links.hosts origins in linear time (2,500, then 10,000)', () => {
    expectLinear(
      (n) => Object.fromEntries(Array.from({ length: n }, (_, index) => [`host-${index}.example.org`, { authorization: 'x' }])),
      (headersByHost) => {
        // A fresh object each run: the origins are worked out once per settings object.
        const copy = { ...headersByHost };
        const n = Object.keys(copy).length;
        for (let index = 0; index < n; index += 1) headersForOrigin(copy, new URL(`https://host-${index}.example.org/a`));
      },
      2_500,
    );
  });

  it('refuses more than 10,000 host keys, or a key of more than 256 characters, in a config', async () => {
    const many = Object.fromEntries(Array.from({ length: LIMITS.hostKeys + 1 }, (_, index) => [`h${index}.example.org`, 'open']));
    const cwd = tempDir({ '.medlintrc.json': JSON.stringify({ access: { hosts: many } }), 'README.md': '# L\n' });
    const result = await runCli(['--offline'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('medlint: .medlintrc.json: invalid configuration: `access.hosts` must NOT have more than 10000 properties\n');
    const long = tempDir({ '.medlintrc.json': JSON.stringify({ links: { hosts: { [`${'a'.repeat(300)}.org`]: { perHost: 1 } } } }), 'README.md': '# L\n' });
    expect((await runCli(['--offline'], { cwd: long })).code).toBe(2);
  });

  it('bounds the number, the length and the compiled size of exclude patterns', () => {
    const compile = (pattern: string) => compileUserPattern(pattern, 'links.exclude[0]', 'config-invalid');
    expect(() => compile('a'.repeat(1_001))).toThrow('links.exclude[0]: a pattern of 1001 characters is too long (at most 1000)');
    const small = Array.from({ length: 101 }, (_, index) => compile(`^https://h${index}\\.example\\.org/`));
    expect(() => checkPatternCost(small, 'links.exclude', 'config-invalid')).toThrow('links.exclude: 101 exclude patterns, at most 100; join them into fewer');
    expect(() => checkPatternCost(small.slice(0, 100), 'links.exclude', 'config-invalid')).not.toThrow();
    const large = Array.from({ length: 5 }, () => compile('[ab]{1000}d'));
    expect(() => checkPatternCost(large, 'links.exclude', 'config-invalid')).toThrow(/^links\.exclude: the exclude patterns compile to 50\d\d instructions, at most 5000; shorten large repetitions such as \{1000\}$/);
  });

  it('refuses patterns from a config and --exclude that together cost too much, naming both', async () => {
    const cwd = tempDir({ '.medlintrc.json': JSON.stringify({ links: { exclude: ['[ab]{1000}d', '[ab]{1000}d', '[ab]{1000}d'] } }), 'README.md': '# L\n\n- [A](https://example.org/a) - A set.\n' });
    const result = await runCli(['--exclude', '[ab]{1000}d', '--exclude', '[ab]{1000}d', 'README.md'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^medlint: links\.exclude with --exclude: the exclude patterns compile to \d+ instructions, at most 5000/);
  });
});

describe('what a config may raise (issue 18, item 10)', () => {
  it('refuses maxFileSize above 64 MiB, naming the key and the maximum', async () => {
    const cwd = tempDir({ '.medlintrc.json': JSON.stringify({ maxFileSize: 64 * 1024 * 1024 + 1 }), 'README.md': '# L\n' });
    const result = await runCli(['--offline'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('medlint: .medlintrc.json: invalid configuration: `maxFileSize` must be <= 67108864\n');
  });

  it('refuses a 4.1 MiB file with one reference definition, parsed whole, whatever maxFileSize says, naming the reason', async () => {
    const body = '- [A](https://example.org/a) - A set of 10 scans.\n'.repeat(Math.ceil((4.1 * 1024 * 1024) / 50));
    const cwd = tempDir({ 'README.md': `# L\n\n## Data\n\n${body}\n[ref]: https://example.org/r\n` });
    const config = await loadConfig({ cwd: tempDir({ '.medlintrc.json': JSON.stringify({ maxFileSize: 32 * 1024 * 1024 }) }) });
    const error = await lintFiles(['README.md'], { config, cwd, links: null }).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/^README\.md: has a link reference or footnote definition \(`\]:`\), so it is parsed whole, and at 4\.1 MiB it is above the 4\.0 MiB a whole parse may take whatever "maxFileSize" says; write those links inline or split the file$/);
    expect(path.basename(cwd)).not.toBe('');
  });

  it('walks a table row of 262,000 cells and joins a piece of 262,000 blocks without a spread into a call (it read as "nesting is too deep")', () => {
    // The trees parse/ builds for `|a|a|…` × 262,000 and for a file parsed whole into that many
    // blocks (the parse itself takes minutes here: micromark's development build under vitest).
    const cells = 262_000;
    const row = { type: 'tableRow', children: Array.from({ length: cells }, () => ({ type: 'tableCell', children: [{ type: 'text', value: 'a' }] })) };
    const tree = { type: 'root', children: [{ type: 'table', align: [], children: [row] }] } as unknown as Root;
    expect(() => linkLiterals(tree)).not.toThrow();
    const blocks = { type: 'root', children: Array.from({ length: cells }, () => ({ type: 'thematicBreak' })) } as unknown as Root;
    expect(joinPieces([{ tree: blocks, continuesList: false }]).children).toHaveLength(cells);
    // And the real thing, small: a row of 2,000 cells parses to 2,000 cells.
    const parsed = parseMarkdown(`|${'a|'.repeat(2_000)}\n|${'-|'.repeat(2_000)}\n`).children[0] as Table;
    expect(parsed.children[0]?.children).toHaveLength(2_000);
  });
});
