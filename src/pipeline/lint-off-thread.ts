/**
 * Parses and lints every file under a time budget: micromark is synchronous, and on some shapes
 * of text its time grows with the square of their length or faster, so each file's parse gets a
 * deadline (10 s per MiB by default, `--parse-timeout`), and a file that runs past it is given
 * up, not waited for.
 *
 * Offline, a file is parsed here, under the `vm` deadline of deadline.ts: nothing else runs, and
 * a thread would cost more than the rules (an isolate to start, the parser and the rules to load
 * again, the result to copy back). While links are checked, a file over 16 KiB is parsed on a
 * worker thread instead, one that can be terminated at its deadline and that steps back so as not
 * to delay the responses (parsing and linting a 2,000-link list takes most of a second of CPU).
 * Small files share one thread per run; a large file gets its own, which parses it and lints it
 * there; only the entries, links, directives and diagnostics come back. A very large file is
 * linted here instead, from the pieces the worker parses and posts one by one: a second heap
 * holding its whole tree, beside this one's link-check state, would cost more memory than the
 * time it saves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as WorkerThreads from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/types.js';
import { MedlintError } from '../diagnostics/medlint-error.js';
import { DirectiveMap } from '../linter/directives.js';
import { countNewlines } from '../parse/linear-text.js';
import { CHUNK_SIZE, isCutIntoPieces, JoinedTree } from '../parse/parse-in-chunks.js';
import { parseMarkdown, tooComplex } from '../parse/parse-markdown.js';
import { TIMED_OUT, withinDeadline } from './deadline.js';
import { lintTree, type LintedSource, type SourceFile } from './lint-source.js';
import type { LintWorkerData, LintWorkerMessage, LintWorkerRequest } from './lint-worker.js';

/**
 * While links are checked, a file of at most this many characters and `IN_PROCESS_MAX_LINES`
 * lines is still parsed here (a cheap pre-check): a thread would cost it more than its parse, and
 * the parse takes milliseconds (the slowest shapes known at this size, `[ a_` × n, take about a
 * second; the markers of cap-markers.ts are capped), under the same deadline.
 */
const IN_PROCESS_MAX_SIZE = 16 * 1024;
const IN_PROCESS_MAX_LINES = 400;
/** Files smaller than this share one thread: starting a thread for each costs more than it saves. */
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
 * file is then parsed again on a thread with the whole heap.
 */
const PIECES_OLD_GENERATION_MB = 64;

const OUT_OF_MEMORY = Symbol('the lint thread ran out of memory');

const WORKER_URL = new URL('./lint-worker.js', import.meta.url);
const workerAvailable = WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));

/**
 * Time a file of up to 1 MiB may take to parse (and lint, on its thread) before it is given up
 * (default: 10 s); a larger file gets as much per MiB, since its parse takes time in proportion
 * to its size: the 4 MiB limit gets 40 s, while micromark reads about 0.3 MB/s on a busy 2-core
 * runner (13 s). What the budget stops is the text whose cost grows faster than its size.
 */
export const DEFAULT_PARSE_TIMEOUT_MS = 10_000;

/**
 * With the default budget, no file gets less than 30 s: legitimate 1 MB lists (10,000 levels of
 * nested lists, 50,000 links on one line) take 9 to 13 s of CPU to parse on a quiet 2-core
 * machine, and a loaded runner must not give them up. A budget given on the command line is
 * taken as given.
 */
export const DEFAULT_MINIMUM_BUDGET_MS = 30_000;

const MiB = 1024 * 1024;

/** The budget of a file of `length` characters, for a budget of `budgetMs` per MiB. */
export function budgetFor(length: number, budgetMs: number): number {
  return Math.round(budgetMs * Math.max(1, length / MiB));
}

/** The error for a file that did not parse within its budget. */
export function parseTimedOut(file: string, budgetMs: number): MedlintError {
  const seconds = Math.round(budgetMs / 100) / 10;
  return new MedlintError(
    'file-parse-timeout',
    `${file}: not parsed within ${seconds} s (the parse budget): the Markdown parser is slow on some shapes of text, such as thousands of unmatched brackets or emphasis markers in one paragraph; break the text up, or raise --parse-timeout`,
  );
}

export interface LintThreadOptions {
  config: ResolvedConfig;
  cwd: string;
  /**
   * Time a file may take on its thread, per MiB and at least (default: `DEFAULT_PARSE_TIMEOUT_MS`
   * per MiB, and at least `DEFAULT_MINIMUM_BUDGET_MS`).
   */
  budgetMs?: number;
  /** Links are being checked: the threads step back so as not to delay the responses. */
  background: boolean;
}

/**
 * Parses and lints the files of one run, each under its budget: a file that runs past it is
 * rejected with a `file-parse-timeout` MedlintError. Offline, and for small files, the parse runs
 * here under a `vm` deadline; while links are checked, larger files go to worker threads that are
 * terminated at their deadline: files under `WORKER_MIN_SIZE` share one, started once per run,
 * larger ones get their own (see `lintOffThread`).
 */
export class LintThreads {
  readonly #options: Required<LintThreadOptions>;
  readonly #minimumMs: number;
  #shared: Worker | undefined;

  constructor(options: LintThreadOptions) {
    this.#options = { budgetMs: DEFAULT_PARSE_TIMEOUT_MS, ...options };
    this.#minimumMs = options.budgetMs === undefined ? DEFAULT_MINIMUM_BUDGET_MS : 0;
  }

  async lint(input: SourceFile): Promise<LintedSource> {
    const budgetMs = Math.max(budgetFor(input.source.length, this.#options.budgetMs), this.#minimumMs);
    if (!workerAvailable || !this.#options.background || isSmall(input.source)) return this.#lintHere(input, budgetMs);
    if (input.source.length < WORKER_MIN_SIZE) return this.#lintShared(input, budgetMs);
    return lintOffThread(input, { ...this.#options, budgetMs });
  }

  /** Stops the shared thread, if one was started. */
  async close(): Promise<void> {
    const shared = this.#shared;
    this.#shared = undefined;
    await shared?.terminate();
  }

  /**
   * Parses `input` here under a deadline of `budgetMs`, then lints it. The budget is CPU time,
   * the deadline wall time: when it passes before the process has spent the budget (a busy
   * machine), the file is parsed again where CPU time is measured, on a thread of its own; where
   * the compiled worker is not at hand, here again, with the wall time left of `WALL_FACTOR`
   * times the budget.
   */
  async #lintHere(input: SourceFile, budgetMs: number): Promise<LintedSource> {
    const { config, cwd } = this.#options;
    const cpuBefore = process.cpuUsage();
    const startedAt = elapsedMs();
    let tree = withinDeadline(budgetMs, () => parseMarkdown(input.source, input.file));
    if (tree === TIMED_OUT) {
      const cpu = process.cpuUsage(cpuBefore);
      if ((cpu.user + cpu.system) / 1000 >= budgetMs) throw parseTimedOut(input.file, budgetMs);
      if (workerAvailable) return lintOffThread(input, { ...this.#options, budgetMs });
      tree = withinDeadline(WALL_FACTOR * budgetMs - (elapsedMs() - startedAt), () => parseMarkdown(input.source, input.file));
      if (tree === TIMED_OUT) throw parseTimedOut(input.file, budgetMs);
    }
    return lintTree(input, tree, config, cwd);
  }

  async #lintShared(input: SourceFile, budgetMs: number): Promise<LintedSource> {
    const { config, cwd, background } = this.#options;
    const workerData: LintWorkerData = { config, cwd, mode: 'serve', background };
    const { Worker } = await workerThreads();
    // Looked up and set with no await between: two files at once share one thread.
    const worker = (this.#shared ??= new Worker(WORKER_URL, { workerData }));
    worker.ref();
    try {
      const linted = await onThread(worker, input, budgetMs, budgetMs, () => worker.postMessage({ input } satisfies LintWorkerRequest));
      // A serving thread only lints; out of memory on a small file is a bug, not the file's.
      if (linted === OUT_OF_MEMORY || linted instanceof JoinedTree) throw new Error(`the lint thread for ${input.file} ran out of memory`);
      return linted;
    } catch (error) {
      // A thread that timed out or failed is not reused: the next file starts a new one.
      this.#shared = undefined;
      void worker.terminate();
      throw error;
    } finally {
      // Idle between files: it must not keep the process alive.
      worker.unref();
    }
  }
}

/** The pre-check: whether `source` is small enough to parse on this thread (see `IN_PROCESS_MAX_SIZE`). */
function isSmall(source: string): boolean {
  return source.length <= IN_PROCESS_MAX_SIZE && countNewlines(source) < IN_PROCESS_MAX_LINES;
}

/**
 * Waits for `worker` to answer for `input` (its `linted` message, or the pieces of its tree)
 * until it has spent `waitMs` of CPU time on it (wall time where the thread's CPU time cannot be
 * read), and at most `WALL_FACTOR` times that in wall time: then the thread is terminated and
 * the promise rejects with `file-parse-timeout` (which names the file's whole `budgetMs`).
 * CPU time, not wall time: on a busy runner, a thread at a lower priority (see lint-worker.ts)
 * can wait far longer for the CPU than it parses. `start` is called once the listeners are in
 * place.
 */
function onThread(worker: Worker, input: SourceFile, waitMs: number, budgetMs: number, start?: () => void): Promise<LintedSource | JoinedTree | typeof OUT_OF_MEMORY> {
  return new Promise((resolve, reject) => {
    const joined = new JoinedTree();
    let received = 0;
    const startedAt = elapsedMs();
    const cpuBefore = threadCpuMs(worker) ?? 0;
    const onMessage = (message: LintWorkerMessage): void => {
      if ('thread' in message) {
        threadIds.set(worker, message.thread);
      } else if ('linted' in message) {
        settle(() => resolve({ ...message.linted, directives: new DirectiveMap(message.linted.directives) }));
      } else if ('piece' in message) {
        joined.add(message.piece);
        received++;
      } else if ('done' in message) {
        // Every piece must have arrived (see 'messageerror'), or the tree would miss a part.
        if (received === message.pieces) settle(() => resolve(joined));
        else settle(() => reject(new Error(`the lint thread for ${input.file} sent ${message.pieces} pieces, ${received} arrived`)));
      } else {
        settle(() => reject(new MedlintError(message.error.code, message.error.message)));
      }
    };
    // A piece too deeply nested to rebuild on this thread's smaller stack.
    const onMessageError = (): void => settle(() => reject(tooComplex(input.file)));
    const onError = (error: NodeJS.ErrnoException): void => settle(() => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve(OUT_OF_MEMORY) : reject(error)));
    // Says the thread died without an answer.
    const onExit = (code: number): void => settle(() => reject(new Error(`the lint thread for ${input.file} stopped (exit code ${code})`)));
    const check = (): void => {
      const cpu = threadCpuMs(worker);
      const left = cpu === undefined ? 0 : waitMs - (cpu - cpuBefore);
      const wallLeft = WALL_FACTOR * waitMs - (elapsedMs() - startedAt);
      if (left > 0 && wallLeft > 0) {
        timer = setTimeout(check, Math.max(MIN_CHECK_MS, Math.min(left, wallLeft)));
        return;
      }
      void worker.terminate();
      settle(() => reject(parseTimedOut(input.file, budgetMs)));
    };
    let timer = setTimeout(check, Math.max(0, waitMs));
    function settle(answer: () => void): void {
      clearTimeout(timer);
      worker.off('message', onMessage).off('messageerror', onMessageError).off('error', onError).off('exit', onExit);
      answer();
    }
    worker.on('message', onMessage).on('messageerror', onMessageError).on('error', onError).on('exit', onExit);
    // An error after the answer (a thread stopped at its deadline running out of memory as it
    // ends) concerns nobody, but an 'error' event without a listener would end the process.
    if (!settledErrors.has(worker)) {
      settledErrors.add(worker);
      worker.on('error', () => {});
    }
    start?.();
  });
}

/** How many times its budget a file may take in wall time, when its thread waits for the CPU. */
const WALL_FACTOR = 6;
/** The shortest wait before the CPU time of a thread is read again. */
const MIN_CHECK_MS = 20;
/** Linux clock ticks (USER_HZ), the unit of CPU time in /proc: 100 a second. */
const TICK_MS = 10;

/** The threads that already have a listener for errors after their answer. */
const settledErrors = new WeakSet<Worker>();

/** The Linux thread id each lint thread reports when it starts. */
const threadIds = new WeakMap<Worker, number>();

/** The CPU time `worker`'s thread has used, in ms, or undefined where it cannot be read (not Linux). */
function threadCpuMs(worker: Worker): number | undefined {
  const tid = threadIds.get(worker);
  if (tid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // utime and stime, fields 14 and 15, counted after the `(comm)` part that may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return undefined;
  }
}

/**
 * Lints a large file on a thread of its own, within `options.budgetMs`: parsed and linted
 * there, or, over `WORKER_LINT_MAX_SIZE`, parsed there and linted here.
 */
async function lintOffThread(input: SourceFile, options: Required<LintThreadOptions>): Promise<LintedSource> {
  const { config, cwd, background } = options;
  const mode = input.source.length > WORKER_LINT_MAX_SIZE ? 'pieces' : 'lint';
  // A small young generation: the parse makes garbage fast, and a 10,000-link list peaked 35 MB
  // higher with the default one, for the same time. The old generation is capped only when the
  // file is cut into pieces: a file parsed whole (with definitions) needs hundreds of megabytes.
  const capped = mode === 'pieces' && isCutIntoPieces(input.source);
  const resourceLimits = { maxYoungGenerationSizeMb: 4, ...(capped ? { maxOldGenerationSizeMb: PIECES_OLD_GENERATION_MB } : {}) };
  const start = async (limits: typeof resourceLimits, threadMode: 'lint' | 'pieces'): Promise<LintedSource | JoinedTree | typeof OUT_OF_MEMORY> => {
    const workerData: LintWorkerData = { input, config, cwd, mode: threadMode, background };
    const { Worker } = await workerThreads();
    return onThread(new Worker(WORKER_URL, { workerData, resourceLimits: limits }), input, options.budgetMs, options.budgetMs);
  };
  let linted = await start(resourceLimits, mode);
  // A piece too large for the capped heap (a huge block that cannot be cut): parsed again with
  // the whole heap, under the same budget, its pieces still joined and linted here.
  if (linted === OUT_OF_MEMORY && capped) linted = await start({ maxYoungGenerationSizeMb: 4 }, 'pieces');
  if (linted === OUT_OF_MEMORY) throw new MedlintError('file-too-complex', `${input.file}: the Markdown parser ran out of memory on it; split the file`);
  return linted instanceof JoinedTree ? lintTree(input, linted.root(), config, cwd) : linted;
}

/**
 * Milliseconds on a monotonic clock. `process.hrtime`, not `performance.now()`: the global
 * `performance` loads node:perf_hooks (about 1.5 ms of every start) on first use.
 */
function elapsedMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** node:worker_threads, loaded with the first thread: an offline lint starts none (2.5 ms of its start). */
function workerThreads(): Promise<typeof WorkerThreads> {
  return (workerThreadsModule ??= import('node:worker_threads'));
}
let workerThreadsModule: Promise<typeof WorkerThreads> | undefined;
