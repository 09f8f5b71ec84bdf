/**
 * Worker thread entry (see lint-off-thread.ts). Parses `workerData.input`, then, by `mode`:
 * - `lint`: lints it here and posts `{ linted }` (the directives as their list);
 * - `pieces`: posts the parsed pieces one by one, then `{ done, pieces }`, to be joined and
 *   linted on the main thread;
 * - `serve`: has no input of its own; lints each `{ input }` posted to it, one at a time, and
 *   posts `{ linted }` for each (the thread the small files of a run share);
 * or posts the MedlintError that stopped it.
 */
import { readlinkSync } from 'node:fs';
import { platform, setPriority } from 'node:os';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/types.js';
import { isMedlintError, type MedlintErrorCode } from '../diagnostics/medlint-error.js';
import type { Directive } from '../linter/directives.js';
import type { Piece } from '../parse/parse-in-chunks.js';
import { parseMarkdown, parseMarkdownInPieces, tooComplex } from '../parse/parse-markdown.js';
import type { LintedSource, SourceFile } from './lint-source.js';

export type LintWorkerData =
  | { input: SourceFile; config: ResolvedConfig; cwd: string; mode: 'lint' | 'pieces'; background: boolean }
  | { config: ResolvedConfig; cwd: string; mode: 'serve'; background: boolean };

/** What the main thread posts to a `serve` thread: one file to lint. */
export interface LintWorkerRequest {
  input: SourceFile;
}

export type LintWorkerMessage =
  | { thread: number }
  | { linted: Omit<LintedSource, 'directives'> & { directives: readonly Directive[] } }
  | { piece: Piece }
  | { done: true; pieces: number }
  | { error: { code: MedlintErrorCode; message: string } };

/** How much lower than the main thread this one runs (a nice value, 0 to 19). */
const NICENESS = 10;

/**
 * The lint is needed only once the requests are done, and the requests wait on the network, not
 * the CPU: at the same priority, this thread delays every response the main thread is about to
 * read (on 2 cores, the 2,000-link benchmark list took 0.3 s longer). So it steps back. Linux
 * only: there a nice value belongs to one thread, which `/proc/thread-self` names.
 */
function yieldToRequests(thread: number): void {
  try {
    setPriority(thread, NICENESS);
  } catch {
    // Not allowed: run at the same priority.
  }
}

/** This thread's Linux thread id, which names its CPU time in /proc (see lint-off-thread.ts). */
function threadId(): number | undefined {
  if (platform() !== 'linux') return undefined;
  try {
    return Number(path.basename(readlinkSync('/proc/thread-self')));
  } catch {
    // No /proc.
    return undefined;
  }
}

const post = (message: LintWorkerMessage): void => parentPort?.postMessage(message);
const data = workerData as LintWorkerData;
const thread = threadId();
if (thread !== undefined) {
  post({ thread });
  // Only while requests run: an offline run waits for this thread and nothing else.
  if (data.background) yieldToRequests(thread);
}

/** Lints `input` here and posts the result, or the MedlintError that stopped it. */
async function lintHere(input: SourceFile): Promise<void> {
  try {
    // Loaded only here: a thread that posts pieces needs the parser alone, not the extractor and
    // the rules (a few megabytes of its heap on the 10,000-link list).
    const { lintTree } = await import('./lint-source.js');
    const { document, directives, diagnostics } = await lintTree(input, parseMarkdown(input.source, input.file), data.config, data.cwd);
    post({ linted: { document, directives: directives.list, diagnostics } });
  } catch (error) {
    if (!isMedlintError(error)) throw error;
    post({ error: { code: error.code, message: error.message } });
  }
}

function postPieces(input: SourceFile): void {
  try {
    let pieces = 0;
    for (const piece of parseMarkdownInPieces(input.source, input.file)) {
      // Serialising a tree recurses through it too: a RangeError here means the same as in the parse.
      try {
        post({ piece });
      } catch (error) {
        throw error instanceof RangeError ? tooComplex(input.file) : error;
      }
      pieces++;
    }
    post({ done: true, pieces });
  } catch (error) {
    if (!isMedlintError(error)) throw error;
    post({ error: { code: error.code, message: error.message } });
  }
}

if (data.mode === 'serve') {
  parentPort?.on('message', (request: LintWorkerRequest) => void lintHere(request.input));
} else if (data.mode === 'lint') {
  await lintHere(data.input);
} else {
  postPieces(data.input);
}
