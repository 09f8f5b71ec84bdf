/**
 * Lints a large file on a worker thread while the main thread runs the link checker: parsing and
 * linting a 2,000-link list takes most of a second of CPU, and on the main thread it would hold
 * up every response the requests under way wait for (see index.ts). The tree stays on the
 * worker; only the entries, links, directives and diagnostics come back. Where the compiled
 * worker is not at hand (the TypeScript sources run by vitest, the Action's bundle), the file is
 * parsed here in pieces, with the event loop let run between them, and linted here.
 */
import { existsSync } from 'node:fs';
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/types.js';
import { MedlintError } from '../diagnostics/medlint-error.js';
import { DirectiveMap } from '../linter/directives.js';
import { CHUNK_SIZE, JoinedTree } from '../parse/parse-in-chunks.js';
import { parseMarkdownInPieces } from '../parse/parse-markdown.js';
import { lintTree, type LintedSource, type SourceFile } from './lint-source.js';
import type { LintWorkerData, LintWorkerMessage } from './lint-worker.js';

/** Files smaller than this are linted here: a worker costs more than it saves. */
const WORKER_MIN_SIZE = 4 * CHUNK_SIZE;

const WORKER_URL = new URL('./lint-worker.js', import.meta.url);
const workerAvailable = WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));

export async function lintOffThread(input: SourceFile, config: ResolvedConfig, cwd: string): Promise<LintedSource> {
  if (!workerAvailable || input.source.length < WORKER_MIN_SIZE) return lintInTurns(input, config, cwd);
  const workerData: LintWorkerData = { input, config, cwd };
  return new Promise<LintedSource>((resolve, reject) => {
    // A small young generation: the parse makes garbage fast, and a 10,000-link list peaked
    // 35 MB higher with the default one, for the same time. (The old generation is left alone:
    // a file parsed whole, with definitions, needs hundreds of megabytes.)
    const worker = new Worker(WORKER_URL, { workerData, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    worker.once('message', (message: LintWorkerMessage) => {
      if ('error' in message) reject(new MedlintError(message.error.code, message.error.message));
      else resolve({ ...message.linted, directives: new DirectiveMap(message.linted.directives) });
    });
    worker.once('messageerror', reject);
    worker.once('error', reject);
    // Settles nothing once the message has come; otherwise says the thread died without one.
    worker.once('exit', (code) => reject(new Error(`the lint thread for ${input.file} stopped (exit code ${code})`)));
  });
}

/** Parses piece by piece, letting the event loop run between pieces, then lints. */
async function lintInTurns(input: SourceFile, config: ResolvedConfig, cwd: string): Promise<LintedSource> {
  const joined = new JoinedTree();
  for (const piece of parseMarkdownInPieces(input.source, input.file)) {
    joined.add(piece);
    await setImmediate();
  }
  return lintTree(input, joined.root(), config, cwd);
}
