/**
 * Worker thread entry (see parse-off-thread.ts): parses `workerData.source` and posts the tree,
 * or the MedlintError that stopped it, back to the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isMedlintError } from '../diagnostics/medlint-error.js';
import { parseMarkdown } from './parse-markdown.js';

const { source, file } = workerData as { source: string; file: string };
try {
  parentPort?.postMessage({ tree: parseMarkdown(source, file) });
} catch (error) {
  if (!isMedlintError(error)) throw error;
  parentPort?.postMessage({ error: { code: error.code, message: error.message } });
}
