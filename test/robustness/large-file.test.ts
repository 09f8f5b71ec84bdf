/**
 * A very large list, generated at test time (never committed): refused above the documented
 * `maxFileSize` default (4 MiB) with one line, and linted in bounded time and memory just under
 * it, also when link definitions make the parser read the file whole. Runs the compiled CLI as
 * a child process, so that peak memory (maxRSS) and a crash (a heap overflow is a native abort,
 * exit 134) are the process's own.
 *
 * Measured on a 2-core machine (Node 20): a 50 MB list with the limit raised takes about 155 s
 * and 2.9 GB peak (not run here: 3 minutes); a 9.9 MiB list 30-45 s and 1.0 GB in pieces,
 * where parsing it whole needed 3.2 GB and, within a 2 GB heap, aborted after 100 s.
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CompiledCli, compileCli, spawnNode, STACK_TRACE } from './support.js';

const MiB = 1024 * 1024;

/** Writes a realistic list of `bytes` bytes: sections of 200 linked, described entries. */
function writeList(file: string, bytes: number, tail = ''): number {
  const fd = openSync(file, 'w');
  let written = 0;
  let entries = 0;
  try {
    const head = '# A very large list of medical datasets\n';
    written += writeSync(fd, head);
    for (;;) {
      let block = `\n## Section ${entries / 200}\n\n`;
      for (let i = 0; i < 200; i++, entries++) {
        block += `- [Dataset ${entries}](https://example.org/datasets/${entries}) - ${entries % 7 === 0 ? 'Chest X-rays' : 'Knee MRIs'} of 1,${String(entries % 1000).padStart(3, '0')} patients. Open access.\n`;
      }
      if (written + block.length + tail.length > bytes) break;
      written += writeSync(fd, block);
    }
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
  return entries - 200;
}

interface Measured {
  ms: number;
  maxRssMiB: number;
}

function measurement(stderr: string): Measured {
  const line = /^MEASURE (.*)$/m.exec(stderr);
  if (!line?.[1]) throw new Error(`no measurement in: ${stderr.slice(0, 500)}`);
  return JSON.parse(line[1]) as Measured;
}

describe('a very large file', () => {
  let cli: CompiledCli;
  let dir: string;
  let midEntries = 0;
  let wholeEntries = 0;

  beforeAll(() => {
    cli = compileCli();
    dir = mkdtempSync(path.join(tmpdir(), 'medlint-large-'));
    writeList(path.join(dir, 'big.md'), 50 * 1000 * 1000);
    midEntries = writeList(path.join(dir, 'mid.md'), 3.9 * MiB);
    wholeEntries = writeList(path.join(dir, 'whole.md'), 3.9 * MiB, '\n[ref]: https://example.org/ref\n');
  }, 120_000);

  afterAll(() => {
    cli.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a 50 MB list above the 4 MiB default with one line that names the limit and the setting (exit 2)', async () => {
    const size = (statSync(path.join(dir, 'big.md')).size / MiB).toFixed(1);
    const result = await spawnNode(cli.bin, ['--offline', 'big.md'], { cwd: dir });
    expect(size).toBe('47.7');
    expect(result).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: `medlint: big.md: file is ${size} MiB, above the 4.0 MiB limit; raise "maxFileSize" in the config to lint it\n`,
    });
  });

  it.each([
    ['mid.md', 'in pieces'],
    ['whole.md', 'whole, because of a link definition'],
  ])('lints a 3.9 MiB list (%s), just under the default limit, parsed %s within a 2 GB heap', async (name) => {
    const result = await spawnNode(cli.measure, ['--offline', '--format', 'json', name], {
      cwd: dir,
      timeoutMs: 600_000,
      nodeArgs: ['--max-old-space-size=2048'],
    });
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject([{ file: name, entryCount: name === 'mid.md' ? midEntries : wholeEntries, errorCount: 0 }]);
    const { ms, maxRssMiB } = measurement(result.stderr);
    expect(ms).toBeLessThan(300_000);
    expect(maxRssMiB).toBeLessThan(2048);
  }, 600_000);
});
