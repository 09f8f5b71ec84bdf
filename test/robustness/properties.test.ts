/**
 * Property-based tests (fast-check, fixed seeds) over generated Markdown: the pipeline never
 * throws, every diagnostic lies inside the file, entries come out in source order, and the
 * output is a function of the input alone: the same for the same text, and the same whatever
 * order and speed a server answers in.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import type { FileResult } from '../../src/results/file-result.js';
import { extractDocument } from '../../src/extract/index.js';
import { resolveLinkOptions } from '../../src/links/index.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { lintFiles, lintText } from '../../src/pipeline/index.js';
import { allRuleMetas } from '../../src/rules/index.js';
import type { Behaviour, TestServer } from '../helpers/http-server.js';
import { startHttpServer } from '../helpers/http-server.js';
import { tempDir } from '../helpers/temp-dir.js';
import { markdownFile } from './markdown-arbitrary.js';
import { random } from './support.js';

/** Every rule on, so that rules the recommended preset leaves off are exercised too. */
const config = resolveConfig({ rules: Object.fromEntries(allRuleMetas.map((meta) => [meta.id, 'warn'])) }, null);

/** Lines as the parser counts them: LF, CRLF and a lone CR all end a line. */
function linesOf(source: string): string[] {
  return source.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
}

interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Why `place` is not a span inside `lines`, or null when it is. */
function outside(place: Place, lines: readonly string[]): string | null {
  const { line, column, endLine, endColumn } = place;
  if (![line, column, endLine, endColumn].every(Number.isInteger)) return 'not integers';
  if (line < 1 || line > lines.length) return `line ${line} outside 1..${lines.length}`;
  if (endLine < line || endLine > lines.length) return `end line ${endLine} outside ${line}..${lines.length}`;
  if (column < 1 || column > (lines[line - 1]?.length ?? 0) + 1) return `column ${column} outside line ${line}`;
  if (endColumn < 1 || endColumn > (lines[endLine - 1]?.length ?? 0) + 1) return `end column ${endColumn} outside line ${endLine}`;
  if (endLine === line && endColumn < column) return 'end before start';
  return null;
}

const RUNS = { numRuns: 300, seed: 5_0505 };

describe('the pipeline over generated Markdown (property)', () => {
  it('never throws, and every diagnostic lies inside the file', () => {
    fc.assert(
      fc.property(markdownFile, (source) => {
        const result = lintText('list.md', source, config);
        const lines = linesOf(source);
        for (const diagnostic of result.diagnostics) {
          expect(outside(diagnostic, lines), `${diagnostic.ruleId} at ${diagnostic.line}:${diagnostic.column}`).toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('extracts without throwing, with entries and links inside the file and in source order', () => {
    const before = (a: Place, b: Place): boolean => a.line < b.line || (a.line === b.line && a.column <= b.column);
    fc.assert(
      fc.property(markdownFile, (source) => {
        const document = extractDocument('list.md', source, parseMarkdown(source));
        const lines = linesOf(source);
        for (const place of [...document.entries, ...document.links, ...document.headings]) expect(outside(place, lines)).toBeNull();
        for (let i = 1; i < document.entries.length; i++) expect(before(document.entries[i - 1] as Place, document.entries[i] as Place)).toBe(true);
        for (let i = 1; i < document.links.length; i++) expect(before(document.links[i - 1] as Place, document.links[i] as Place)).toBe(true);
        // The public result keeps that order.
        expect(lintText('list.md', source, config).entries).toEqual(document.entries);
      }),
      RUNS,
    );
  });

  it('gives identical output for identical input', () => {
    fc.assert(
      fc.property(markdownFile, (source) => {
        const first = lintText('list.md', source, config);
        // A copy built character by character: no shared string, no cached parse.
        const second = lintText('list.md', [...source].join(''), config);
        expect(second).toEqual(first);
      }),
      RUNS,
    );
  });
});


describe('link results whatever the server timings (property)', () => {
  /** Per path: what it answers on the n-th request of a run (hits are counted per run). */
  const ANSWERS: Record<string, (hit: number) => { status: number; headers?: Record<string, string> }> = {
    '/ok': () => ({ status: 200 }),
    '/gone': () => ({ status: 404 }),
    '/flaky': (hit) => ({ status: hit === 1 ? 503 : 200 }),
    '/limited': (hit) => (hit === 1 ? { status: 429, headers: { 'retry-after': '0' } } : { status: 200 }),
    '/moved': () => ({ status: 301, headers: { location: '/ok' } }),
    '/temporary': () => ({ status: 302, headers: { location: '/gone' } }),
    '/forbidden': () => ({ status: 403 }),
    '/teapot': () => ({ status: 418 }),
  };
  let server: TestServer;
  let delays: () => number = () => 0;
  const hits = new Map<string, number>();
  let cwd = '';

  beforeAll(async () => {
    const routes: Record<string, Behaviour> = {};
    for (const [route, answer] of Object.entries(ANSWERS)) {
      routes[route] = async (_req, res) => {
        const hit = (hits.get(route) ?? 0) + 1;
        hits.set(route, hit);
        await new Promise((resolve) => setTimeout(resolve, delays()));
        const { status, headers = {} } = answer(hit);
        if (!res.destroyed) res.writeHead(status, headers).end();
      };
    }
    server = await startHttpServer(routes);
    const urls = [...Object.keys(ANSWERS), '/missing'].map((route) => server.url(route));
    const lines = urls.flatMap((url, i) => [`- [Data ${i}](${url}) - a data set.`, `- [Again ${i}](${url}#part) - the same page.`]);
    cwd = tempDir();
    writeFileSync(path.join(cwd, 'list.md'), ['# L', '', '## Imaging', '', ...lines, ''].join('\n'));
  });

  afterAll(async () => {
    await server.close();
  });

  async function check(seed: number, maxDelay: number): Promise<FileResult[]> {
    const next = random(seed);
    delays = () => Math.floor(next() * maxDelay);
    hits.clear();
    const links = resolveLinkOptions({ allowPrivate: true, timeoutMs: 5_000, retryDelayMs: 1, concurrency: 4, perHost: 4 });
    return lintFiles(['list.md'], { config, cwd, links });
  }

  it('gives the same diagnostics however long each answer takes', async () => {
    const baseline = await check(1, 0);
    expect(baseline[0]?.diagnostics.map((d) => d.ruleId)).toEqual(
      expect.arrayContaining(['link-dead', 'link-redirect', 'link-unverified']),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom(5, 30, 120), async (seed, maxDelay) => {
        expect(await check(seed, maxDelay)).toEqual(baseline);
      }),
      { numRuns: 12, seed: 7 },
    );
  }, 120_000);
});
