/**
 * Lints a large file while the main thread runs the link checker: parsing and linting a
 * 2,000-link list takes most of a second of CPU, and on the main thread it would hold up every
 * response the requests under way wait for (see index.ts). A worker thread parses the file and
 * lints it there; only the entries, links, directives and diagnostics come back. A very large
 * file is linted here instead, from the pieces the worker parses and posts one by one: a second
 * heap holding its whole tree, beside this one's link-check state, would cost more memory than
 * the time it saves. Where the compiled worker is not at hand (the TypeScript sources run by
 * vitest, the Action's bundle), the file is parsed here in pieces, with the event loop let run
 * between them.
 */
import { existsSync } from 'node:fs';
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/types.js';
import { MedlintError } from '../diagnostics/medlint-error.js';
import { DirectiveMap } from '../linter/directives.js';
import { CHUNK_SIZE, isCutIntoPieces, JoinedTree } from '../parse/parse-in-chunks.js';
import { parseMarkdownInPieces, tooComplex } from '../parse/parse-markdown.js';
import { lintTree, type LintedSource, type SourceFile } from './lint-source.js';
import type { LintWorkerData, LintWorkerMessage } from './lint-worker.js';

/** Files smaller than this are linted here: a worker costs more than it saves. */
const WORKER_MIN_SIZE = 4 * CHUNK_SIZE;
/**
 * Files larger than this come back as pieces, to be linted here: the 10,000-link list (1 MB)
 * peaked at 255 MB linted on the worker, 195 MB this way. Real lists are far smaller (the
 * largest in the corpus is 167 KB).
 */
const WORKER_LINT_MAX_SIZE = 512 * 1024;
/**
 * The old generation of a worker that posts pieces: it holds one piece's garbage at a time, but
 * left alone V8 lets garbage pile up there first (the 10,000-link list peaked 20 MB higher). A
 * piece that needs more (a huge block that cannot be cut) runs the worker out of memory, and the
 * file is then parsed here instead.
 */
const PIECES_OLD_GENERATION_MB = 64;

const OUT_OF_MEMORY = Symbol('the lint thread ran out of memory');

const WORKER_URL = new URL('./lint-worker.js', import.meta.url);
const workerAvailable = WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));

export async function lintOffThread(input: SourceFile, config: ResolvedConfig, cwd: string): Promise<LintedSource> {
  if (!workerAvailable || input.source.length < WORKER_MIN_SIZE) return lintInTurns(input, config, cwd);
  const mode = input.source.length > WORKER_LINT_MAX_SIZE ? 'pieces' : 'lint';
  // A small young generation: the parse makes garbage fast, and a 10,000-link list peaked 35 MB
  // higher with the default one, for the same time. The old generation is capped only when the
  // file is cut into pieces: a file parsed whole (with definitions) needs hundreds of megabytes.
  const resourceLimits = {
    maxYoungGenerationSizeMb: 4,
    ...(mode === 'pieces' && isCutIntoPieces(input.source) ? { maxOldGenerationSizeMb: PIECES_OLD_GENERATION_MB } : {}),
  };
  const linted = await new Promise<LintedSource | JoinedTree | typeof OUT_OF_MEMORY>((resolve, reject) => {
    const workerData: LintWorkerData = { input, config, cwd, mode };
    const worker = new Worker(WORKER_URL, { workerData, resourceLimits });
    const joined = new JoinedTree();
    let received = 0;
    worker.on('message', (message: LintWorkerMessage) => {
      if ('linted' in message) {
        resolve({ ...message.linted, directives: new DirectiveMap(message.linted.directives) });
      } else if ('piece' in message) {
        joined.add(message.piece);
        received++;
      } else if ('done' in message) {
        // Every piece must have arrived (see 'messageerror'), or the tree would miss a part.
        if (received === message.pieces) resolve(joined);
        else reject(new Error(`the lint thread for ${input.file} sent ${message.pieces} pieces, ${received} arrived`));
      } else {
        reject(new MedlintError(message.error.code, message.error.message));
      }
    });
    // A piece too deeply nested to rebuild on this thread's smaller stack.
    worker.once('messageerror', () => reject(tooComplex(input.file)));
    worker.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve(OUT_OF_MEMORY) : reject(error)));
    // Settles nothing once the answer has come; otherwise says the thread died without one.
    worker.once('exit', (code) => reject(new Error(`the lint thread for ${input.file} stopped (exit code ${code})`)));
  });
  if (linted === OUT_OF_MEMORY) return lintInTurns(input, config, cwd);
  return linted instanceof JoinedTree ? lintTree(input, linted.root(), config, cwd) : linted;
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
