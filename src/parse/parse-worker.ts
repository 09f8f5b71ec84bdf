/**
 * Worker thread entry (see parse-off-thread.ts): parses `workerData.source` and posts its pieces
 * one by one as they are parsed, then `{ done: true }`, or the MedlintError that stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isMedlintError } from '../diagnostics/medlint-error.js';
import { parseMarkdownInPieces } from './parse-markdown.js';

const { source, file } = workerData as { source: string; file: string };
try {
  for (const piece of parseMarkdownInPieces(source, file)) parentPort?.postMessage({ piece });
  parentPort?.postMessage({ done: true });
} catch (error) {
  if (!isMedlintError(error)) throw error;
  parentPort?.postMessage({ error: { code: error.code, message: error.message } });
}
