/**
 * Writes a fixed file back, never losing a byte: the BOM it had, its text exactly as fixed (line
 * endings included: the edits never touch the others), in one atomic step. A temporary file in
 * the same folder, with the file's mode, is renamed over it; a reader sees the old file or the
 * new one, never half of one. Not written, with the reason: a file that changed since it was
 * read (an editor saved it meanwhile) or one without write permission.
 */
import { constants } from 'node:fs';
import { access, chmod, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { readSourceBytes } from '../parse/read-file.js';
import type { FixedFile } from './index.js';

/** Why a fixed file was not written. */
export type WriteRefusal = { kind: 'changed' } | { kind: 'read-only' } | { kind: 'failed'; code: string };

/** The bytes of a text as a file holds it, with its BOM. */
export function encodeSource(text: string, bom: boolean): Buffer {
  return Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8');
}

/**
 * Writes `fixed.after` over `fixed.absolute` if the file still holds `fixed.before`; returns
 * null when written, else why not. `maxFileSize` bounds the read that compares.
 */
export async function writeFixedFile(fixed: FixedFile, maxFileSize: number): Promise<WriteRefusal | null> {
  try {
    // Through a symlink, the file it points to is replaced, not the link.
    const target = await realpath(fixed.absolute);
    const info = await stat(target);
    // Root may write anything: the mode is what the owner asked for, so it decides too.
    if ((info.mode & 0o222) === 0 || !(await writable(target))) return { kind: 'read-only' };
    const expected = encodeSource(fixed.before, fixed.bom);
    let current: Buffer;
    try {
      current = await readSourceBytes(fixed.file, target, Math.max(maxFileSize, expected.length));
    } catch {
      return { kind: 'changed' };
    }
    if (!current.equals(expected)) return { kind: 'changed' };
    await replaceAtomically(target, encodeSource(fixed.after, fixed.bom), info.mode & 0o7777);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { kind: 'read-only' };
    return { kind: 'failed', code };
  }
}

async function writable(file: string): Promise<boolean> {
  try {
    await access(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Temporary file beside the target (same file system, so `rename` is atomic), then rename. */
async function replaceAtomically(target: string, bytes: Buffer, mode: number): Promise<void> {
  // node:crypto is loaded here, not at start-up: a lint that writes nothing does not pay for it.
  const { randomBytes } = await import('node:crypto');
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.medlint-${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', mode);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // `open` applies the umask to `mode`: set it exactly.
    await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** One line for a file that was not written: the file and the reason. */
export function describeRefusal(file: string, refusal: WriteRefusal): string {
  switch (refusal.kind) {
    case 'changed':
      return `${file}: not fixed: the file changed since medlint read it; run medlint --fix again`;
    case 'read-only':
      return `${file}: not fixed: the file is read-only; make it writable to fix it`;
    case 'failed':
      return `${file}: not fixed: writing failed (${refusal.code})`;
    default:
      return refusal satisfies never;
  }
}
