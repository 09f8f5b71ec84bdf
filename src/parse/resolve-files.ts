import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
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
 * A file reached twice (by two patterns, or a link and its target) is linted once. Nothing
 * under `.git/` is ever read, whatever the path or the link (`README.md -> .git/config`).
 */
export async function resolveFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = async (file: string): Promise<void> => {
    const real = await placeInRepository(toPosix(file), path.resolve(cwd, file), cwd);
    if (seen.has(real)) return;
    seen.add(real);
    files.push(toPosix(file));
  };
  for (const pattern of patterns) {
    if (await exists(path.resolve(cwd, pattern))) {
      await add(pattern);
      continue;
    }
    // Loaded only for a pattern that is not a file: the glob library and its matcher take a
    // command that lints README.md longer to load than the rules.
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (!isDynamicPattern(pattern)) {
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

/**
 * Where a file medlint is about to read really lies (a list, a config, the link cache), or one
 * MedlintError: `written` (absolute) is inside `root` but its real path is not (a symbolic link
 * out, or a linked folder on the way), or either path goes through a `.git` folder, whose files
 * hold credentials (actions/checkout writes an `AUTHORIZATION` header into `.git/config`). A
 * path outside `root` that the user typed is read as asked, unless it is under `.git`. `shown`
 * names the file in the message, which never quotes its content.
 */
export async function placeInRepository(shown: string, written: string, root: string): Promise<string> {
  const real = await realpathOr(written);
  if (isInGitDirectory(written) || isInGitDirectory(real)) {
    throw new MedlintError('file-in-git-directory', `${shown}: is (or links to) a file under .git/; medlint never reads git's own files`);
  }
  if (isInside(path.resolve(root), written) && !isInside(await realpathOr(path.resolve(root)), real)) {
    throw new MedlintError(
      'file-outside-repository',
      `${shown}: is a symbolic link (or lies under one) to a file outside the repository; medlint reads only files inside it`,
    );
  }
  return real;
}

/** Whether a path goes through a folder (or file) named `.git`, in any case (macOS ignores it). */
export function isInGitDirectory(file: string): boolean {
  return file.split(/[\\/]/).some((part) => part.toLowerCase() === '.git');
}

/**
 * The real path; for a path that does not exist, the real path of the nearest folder that does,
 * with the rest as written (the file's read says it is missing; a file to be written lands there).
 */
async function realpathOr(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    const parent = path.dirname(file);
    return parent === file ? file : path.join(await realpathOr(parent), path.basename(file));
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
