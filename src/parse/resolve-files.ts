import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { MedlintError } from '../diagnostics/medlint-error.js';

/**
 * Command-line patterns → files, in a stable order (as given, then sorted within each glob).
 * A plain path is kept as written, so a missing file gets its own clear error when it is read;
 * a glob that matches nothing is an error here.
 *
 * `cwd` is the boundary (the repository root in the Action): a pull request can commit symbolic
 * links, so globs do not follow linked directories (`docs/root -> /` would walk the disk), and a
 * path inside `cwd` whose real path lies outside it (a linked file or a linked directory on the
 * way) is refused. A path the user typed outside `cwd` (`../other/README.md`) is read as asked.
 * A file reached twice (by two patterns, or a link and its target) is linted once.
 */
export async function resolveFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const root = await realpathOr(path.resolve(cwd));
  const add = async (file: string): Promise<void> => {
    const written = path.resolve(cwd, file);
    const real = await realpathOr(written);
    if (isInside(path.resolve(cwd), written) && !isInside(root, real)) {
      throw new MedlintError(
        'file-outside-repository',
        `${toPosix(file)}: is a symbolic link (or lies under one) to a file outside the repository; medlint reads only files inside it`,
      );
    }
    if (seen.has(real)) return;
    seen.add(real);
    files.push(toPosix(file));
  };
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern) || (await exists(path.resolve(cwd, pattern)))) {
      await add(pattern);
      continue;
    }
    const matches = await glob(pattern, {
      cwd,
      onlyFiles: true,
      dot: false,
      ignore: ['**/node_modules/**'],
      expandDirectories: false,
      followSymbolicLinks: false,
    });
    if (matches.length === 0) throw new MedlintError('no-files-matched', `${pattern}: no files match this pattern`);
    for (const match of matches.sort()) await add(match);
  }
  return files;
}

/** The real path, or the path itself when it does not exist (its read will say so). */
async function realpathOr(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    return file;
  }
}

/** Whether `file` is `root` or lies below it (both absolute, resolved the same way). */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
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
