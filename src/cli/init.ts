/**
 * `medlint init`: sets a repository up for the list it finds (README.md, or `--file <path>`):
 * `.medlintrc.json`, the pull-request workflow and the scheduled report workflow. It never
 * overwrites a file (it names those it left alone), prints what it wrote and what to do next,
 * and asks before writing only on a terminal without `--yes`.
 */
import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { MedlintError } from '../diagnostics/medlint-error.js';
import type { CliOptions } from './args.js';
import { EXIT_OK } from './exit-codes.js';
import { configFile, pullRequestWorkflow, reportWorkflow } from './recipes.js';
import type { RunEnvironment } from './run.js';
import { writeOut } from './write.js';

export async function init(options: CliOptions, io: RunEnvironment): Promise<number> {
  if (options.files.length > 0) throw new MedlintError('usage', `init takes no files, got ${JSON.stringify(options.files[0])}: name the list with --file <path>`);
  const list = (options.initFile ?? 'README.md').split(path.sep).join('/');
  const absolute = path.resolve(io.cwd, list);
  if (path.relative(io.cwd, absolute).startsWith('..') || path.isAbsolute(path.relative(io.cwd, absolute))) {
    throw new MedlintError('usage', `--file ${list}: the list must be inside this folder (the repository root)`);
  }
  if (!(await exists(absolute))) {
    throw new MedlintError('file-not-found', `${list}: no such file; run \`medlint init\` at the repository root, or name the list with \`medlint init --file <path>\``);
  }
  const relative = path.relative(io.cwd, absolute).split(path.sep).join('/');
  const files: Array<[string, string]> = [
    ['.medlintrc.json', configFile()],
    ['.github/workflows/medlint.yml', pullRequestWorkflow(relative)],
    ['.github/workflows/medlint-report.yml', reportWorkflow(relative)],
  ];
  const interactive = (io.stdin as { isTTY?: boolean }).isTTY === true && io.stdout.isTTY === true && !options.yes;
  if (interactive && !(await confirm(io, `Set up medlint for ${relative}: write ${files.map(([name]) => name).join(', ')}? [Y/n] `))) {
    await writeOut(io.stdout, 'Nothing written.\n');
    return EXIT_OK;
  }
  const lines: string[] = [];
  for (const [name, text] of files) {
    const target = path.join(io.cwd, name);
    await mkdir(path.dirname(target), { recursive: true });
    try {
      // `wx`: never replace a file (or follow a link) that is already there.
      await writeFile(target, text, { flag: 'wx' });
      lines.push(`  wrote      ${name}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new MedlintError('file-unreadable', `${name}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      lines.push(`  left alone ${name} (it exists)`);
    }
  }
  const steps: Array<[string, string]> = [
    [`npx medlint --offline ${relative}`, 'lint the list (drop --offline to check its links too)'],
    ['edit .medlintrc.json', 'turn rules off or up (README › Rules)'],
    ['git add .medlintrc.json .github/workflows', 'commit: pull requests are checked, and a weekly issue lists dead links'],
  ];
  const width = Math.max(...steps.map(([command]) => command.length)) + 2;
  const next = ['', 'Next steps:', ...steps.map(([command, text]) => `  ${command.padEnd(width)}${text}`), ''];
  await writeOut(io.stdout, `medlint init for ${relative}:\n${lines.join('\n')}\n${next.join('\n')}`);
  return EXIT_OK;
}

async function exists(file: string): Promise<boolean> {
  return access(file, constants.F_OK).then(
    () => true,
    () => false,
  );
}

async function confirm(io: RunEnvironment, question: string): Promise<boolean> {
  const readline = createInterface({ input: io.stdin, output: io.stdout });
  try {
    const answer = (await readline.question(question)).trim().toLowerCase();
    return answer === '' || answer === 'y' || answer === 'yes';
  } finally {
    readline.close();
  }
}

