import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { MedlintError } from '../diagnostics/medlint-error.js';

/**
 * Command-line patterns → files, in a stable order (as given, then sorted within each glob).
 * A plain path is kept as written, so a missing file gets its own clear error when it is read;
 * a glob that matches nothing is an error here.
 */
export async function resolveFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = path.resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(toPosix(file));
  };
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern) || (await exists(path.resolve(cwd, pattern)))) {
      add(pattern);
      continue;
    }
    const matches = await glob(pattern, { cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false });
    if (matches.length === 0) throw new MedlintError('no-files-matched', `${pattern}: no files match this pattern`);
    for (const match of matches.sort()) add(match);
  }
  return files;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
