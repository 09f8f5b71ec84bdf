/**
 * Worker thread entry (see lint-off-thread.ts): parses and lints `workerData.input`, then posts
 * `{ linted }` (the directives as their list) or the MedlintError that stopped it.
 */
import { readlinkSync } from 'node:fs';
import { platform, setPriority } from 'node:os';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/types.js';
import { isMedlintError, type MedlintErrorCode } from '../diagnostics/medlint-error.js';
import type { Directive } from '../linter/directives.js';
import { parseMarkdown } from '../parse/parse-markdown.js';
import { lintTree, type LintedSource, type SourceFile } from './lint-source.js';

export interface LintWorkerData {
  input: SourceFile;
  config: ResolvedConfig;
  cwd: string;
}

export type LintWorkerMessage =
  | { linted: Omit<LintedSource, 'directives'> & { directives: readonly Directive[] } }
  | { error: { code: MedlintErrorCode; message: string } };

/** How much lower than the main thread this one runs (a nice value, 0 to 19). */
const NICENESS = 10;

/**
 * The lint is needed only once the requests are done, and the requests wait on the network, not
 * the CPU: at the same priority, this thread delays every response the main thread is about to
 * read (on 2 cores, the 2,000-link benchmark list took 0.3 s longer). So it steps back. Linux
 * only: there a nice value belongs to one thread, which `/proc/thread-self` names.
 */
function yieldToRequests(): void {
  if (platform() !== 'linux') return;
  try {
    setPriority(Number(path.basename(readlinkSync('/proc/thread-self'))), NICENESS);
  } catch {
    // No /proc: run at the same priority.
  }
}

const { input, config, cwd } = workerData as LintWorkerData;
yieldToRequests();
try {
  const { document, directives, diagnostics } = await lintTree(input, parseMarkdown(input.source, input.file), config, cwd);
  const message: LintWorkerMessage = { linted: { document, directives: directives.list, diagnostics } };
  parentPort?.postMessage(message);
} catch (error) {
  if (!isMedlintError(error)) throw error;
  parentPort?.postMessage({ error: { code: error.code, message: error.message } } satisfies LintWorkerMessage);
}
