/**
 * Worker thread entry (see parse-off-thread.ts): parses `workerData.source` and posts its pieces
 * one by one as they are parsed, then `{ done: true, pieces }`, or the MedlintError that stopped
 * it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isMedlintError } from '../diagnostics/medlint-error.js';
import { parseMarkdownInPieces, tooComplex } from './parse-markdown.js';

const { source, file } = workerData as { source: string; file: string };
try {
  let pieces = 0;
  for (const piece of parseMarkdownInPieces(source, file)) {
    // Serialising a tree recurses through it too: a RangeError here means the same as in the parse.
    try {
      parentPort?.postMessage({ piece });
    } catch (error) {
      throw error instanceof RangeError ? tooComplex(file) : error;
    }
    pieces++;
  }
  parentPort?.postMessage({ done: true, pieces });
} catch (error) {
  if (!isMedlintError(error)) throw error;
  parentPort?.postMessage({ error: { code: error.code, message: error.message } });
}
