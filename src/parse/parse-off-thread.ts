/**
 * Parses a large file on a worker thread while the main thread runs the link checker: parsing a
 * 2,000-link list takes most of a second of CPU, and on the main thread it would hold up every
 * request under way (see pipeline.ts). The pieces come back one by one, by structured clone
 * (mdast is plain data), and are joined here, so neither thread holds more than a piece's
 * garbage. Where the compiled worker is not at hand (the TypeScript sources run by vitest, the
 * Action's bundle), the file is parsed on this thread in pieces, with the event loop let run
 * between them.
 */
import { existsSync } from 'node:fs';
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import { MedlintError, type MedlintErrorCode } from '../diagnostics/medlint-error.js';
import { CHUNK_SIZE, JoinedTree, type Piece } from './parse-in-chunks.js';
import { parseMarkdownInPieces, tooComplex } from './parse-markdown.js';

/** Files smaller than this are parsed in turns here: a worker costs more than it saves. */
const WORKER_MIN_SIZE = 4 * CHUNK_SIZE;

const WORKER_URL = new URL('./parse-worker.js', import.meta.url);
const workerAvailable = WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));

export async function parseOffThread(source: string, file: string): Promise<Root> {
  if (!workerAvailable || source.length < WORKER_MIN_SIZE) return parseInTurns(source, file);
  const joined = new JoinedTree();
  let received = 0;
  return new Promise<Root>((resolve, reject) => {
    // A small young generation: the parse makes garbage fast, and a 10,000-link list peaked
    // 35 MB higher with the default one, for the same time. (The old generation is left alone:
    // a file parsed whole, with definitions, needs hundreds of megabytes.)
    const worker = new Worker(WORKER_URL, { workerData: { source, file }, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    worker.on('message', (message: { piece: Piece } | { done: true; pieces: number } | { error: { code: MedlintErrorCode; message: string } }) => {
      if ('piece' in message) {
        joined.add(message.piece);
        received++;
      } else if ('done' in message) {
        // Every piece must have arrived (see 'messageerror'), or the tree would miss a part.
        if (received === message.pieces) resolve(joined.root());
        else reject(new Error(`the parser thread for ${file} sent ${message.pieces} pieces, ${received} arrived`));
      } else {
        reject(new MedlintError(message.error.code, message.error.message));
      }
    });
    // A piece too deeply nested to rebuild on this thread's smaller stack.
    worker.once('messageerror', () => reject(tooComplex(file)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the parser thread for ${file} stopped (exit code ${code})`)));
  });
}

/** Parses piece by piece, letting the event loop run between pieces. */
async function parseInTurns(source: string, file: string): Promise<Root> {
  const joined = new JoinedTree();
  for (const piece of parseMarkdownInPieces(source, file)) {
    joined.add(piece);
    await setImmediate();
  }
  return joined.root();
}
