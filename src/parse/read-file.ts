import { constants } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { MedlintError } from '../diagnostics/medlint-error.js';

/**
 * Reads a Markdown file as UTF-8 text, or throws one MedlintError that names the file and the
 * problem: missing, a directory, not a regular file, unreadable, larger than `maxFileSize`,
 * binary (a NUL byte), or not UTF-8 (with the line and byte). A leading BOM is dropped; CRLF is
 * left to the parser.
 *
 * Only regular files are read: a named pipe would block forever and a link to `/dev/zero`
 * would fill the memory, and a pull request can add either.
 */
export async function readSourceFile(file: string, absolutePath: string, maxFileSize: number): Promise<string> {
  return (await readSourceText(file, absolutePath, maxFileSize)).text;
}

/** A file's text without its BOM, and whether it had one: what a fix must write back. */
export interface SourceText {
  text: string;
  bom: boolean;
}

/** `readSourceFile`, telling also whether the file starts with a UTF-8 BOM. */
export async function readSourceText(file: string, absolutePath: string, maxFileSize: number): Promise<SourceText> {
  return decodeSourceText(await readSourceBytes(file, absolutePath, maxFileSize), file);
}

/**
 * The bytes of a list (a file's or standard input's) as text without its BOM, and whether it
 * had one; the errors of `decodeUtf8`.
 */
export function decodeSourceText(bytes: Buffer, file: string): SourceText {
  const text = decodeUtf8(bytes, file);
  return { text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
}

/** The bytes of a list: a regular file of at most `maxFileSize` bytes, or one MedlintError. */
export async function readSourceBytes(file: string, absolutePath: string, maxFileSize: number): Promise<Buffer> {
  return readRegularFile(file, absolutePath, { maxBytes: maxFileSize, whatToDo: 'raise "maxFileSize" in the config to lint it' });
}

/**
 * The bytes of a regular file of at most `maxBytes`, or one MedlintError that names the file and
 * the problem and never quotes its content. Every file medlint reads goes through here (lists,
 * configs, the link cache): a pipe or a device is refused before it is read, the open does not
 * block, and the read stops one chunk past `maxBytes` whatever `stat` says.
 */
export async function readRegularFile(file: string, absolutePath: string, bounds: ReadBounds): Promise<Buffer> {
  const { maxBytes, whatToDo, expected } = bounds;
  try {
    checkKind(await stat(absolutePath), file, expected);
    // Non-blocking: a file swapped for a named pipe after the check cannot hang the open.
    const handle = await open(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const info = await handle.stat();
      checkKind(info, file, expected);
      if (info.size > maxBytes) throw tooLarge(file, formatBytes(info.size), maxBytes, whatToDo);
      // Stop past the limit whatever `stat` said: /proc files say 0 bytes and never end.
      const bytes = await readAtMost(handle, maxBytes + 1);
      if (bytes.length > maxBytes) throw tooLarge(file, `over ${formatBytes(maxBytes)} (its size on disk says ${formatBytes(info.size)})`, maxBytes, whatToDo);
      return bytes;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw asFileError(error, file);
  }
}

/** What a read may take, and what its errors say. */
export interface ReadBounds {
  /** Largest file read, in bytes. */
  maxBytes: number;
  /** Ends the line for a file above `maxBytes` ("raise `maxFileSize` …"). */
  whatToDo: string;
  /** What the file should have been, for a directory or a device (default: Markdown, with a glob hint). */
  expected?: string;
}

function tooLarge(file: string, size: string, maxBytes: number, whatToDo: string): MedlintError {
  return new MedlintError('file-too-large', `${file}: file is ${size}, above the ${formatBytes(maxBytes)} limit; ${whatToDo}`);
}

/**
 * Reads from the start until the end of the file or at least `limit` bytes (at most one 64 KiB
 * chunk more: some /proc files refuse reads that are not a multiple of 8 bytes).
 */
export async function readAtMost(handle: FileHandle, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

function checkKind(info: { isDirectory(): boolean; isFile(): boolean }, file: string, expected: string | undefined): void {
  if (info.isDirectory()) {
    const hint = expected ?? `a Markdown file or a glob such as "${file.replace(/\/$/, '')}/**/*.md"`;
    throw new MedlintError('file-is-directory', `${file}: is a directory; pass ${hint}`);
  }
  if (!info.isFile()) {
    throw new MedlintError('file-unreadable', `${file}: is not a regular file (a pipe, socket or device); pass ${expected ?? 'a Markdown file'}`);
  }
}

/** UTF-8 bytes → text, refusing UTF-16, binary and invalid UTF-8 with the place of the first bad byte. */
export function decodeUtf8(bytes: Buffer, file: string, kind = 'Markdown text'): string {
  // Before the NUL check: UTF-16 text is full of NUL bytes but is not binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new MedlintError('file-not-utf8', `${file}: is UTF-16 (it starts with a UTF-16 byte order mark); save the file as UTF-8`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, byte } = placeOf(bytes, nul);
    throw new MedlintError('file-binary', `${file}: looks binary (NUL byte at line ${line}, byte ${byte}); medlint reads ${kind}`);
  }
  if (!isUtf8(bytes)) {
    const { line, byte } = placeOf(bytes, firstInvalidUtf8(bytes));
    throw new MedlintError('file-not-utf8', `${file}: not valid UTF-8 (line ${line}, byte ${byte}); save the file as UTF-8`);
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    if (!isUtf8(bytes.subarray(index, index + length))) return index;
    index += length;
  }
  return index;
}

/** 1-based line and 1-based byte within that line. */
function placeOf(bytes: Buffer, offset: number): { line: number; byte: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = bytes.indexOf(10); index !== -1 && index < offset; index = bytes.indexOf(10, index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, byte: offset - lineStart + 1 };
}

function asFileError(error: unknown, file: string): MedlintError {
  if (error instanceof MedlintError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new MedlintError('file-not-found', `${file}: no such file`);
    case 'EISDIR':
      return new MedlintError('file-is-directory', `${file}: is a directory; pass a Markdown file`);
    case 'EACCES':
    case 'EPERM':
      return new MedlintError('file-unreadable', `${file}: permission denied`);
    default:
      return new MedlintError('file-unreadable', `${file}: cannot read (${code ?? (error as Error).message})`);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
