import path from 'node:path';
import { MedlintError } from '../diagnostics/medlint-error.js';
import { decodeSourceText } from '../parse/read-file.js';
import type { SourceFile } from '../pipeline/index.js';

/** The name a list from standard input is reported under when `--stdin-filename` is not given. */
export const STDIN_NAME = '<stdin>';

/**
 * The list on standard input (`medlint -`), read up to `maxFileSize` as UTF-8, under the name
 * `--stdin-filename` gives it: relative links resolve from that name's folder (under `cwd`); the
 * file of that name is never read, and need not exist. Without a name, links resolve from `cwd`.
 * A leading BOM is dropped and noted, as for a file.
 */
export async function readStdin(stream: NodeJS.ReadableStream, name: string | undefined, cwd: string, maxFileSize: number): Promise<SourceFile> {
  const file = name ?? STDIN_NAME;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    // Stop reading past the limit: `yes | medlint -` must not fill the memory.
    if (size > maxFileSize) throw new MedlintError('file-too-large', `${file}: standard input is over the ${maxFileSize} bytes limit; raise "maxFileSize" in the config to lint it`);
    chunks.push(bytes);
  }
  // The BOM kept aside, as for a file: `--fix -` writes it back.
  const { text, bom } = decodeSourceText(Buffer.concat(chunks), file);
  return { file, absolute: path.resolve(cwd, name ?? 'stdin.md'), source: text, bom };
}
