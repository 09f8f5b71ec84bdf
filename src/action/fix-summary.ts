/**
 * On a pull request: what `--fix` would fix inside the diff, for the job summary. The findings
 * are those left after restricting to the diff; their fixes are applied to the file as read (one
 * pass, as the first pass of `--fix`) and shown as a unified diff in a collapsed `<details>`. A
 * fix that touches another waits for `--fix`'s next pass: it is counted apart, as "more".
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { applyFixes } from '../linter/fixes.js';
import type { FileResult } from '../results/file-result.js';
import { unifiedDiff } from '../reporters/unified-diff.js';

/** Longest diff the summary shows; the command applies them all anyway. */
const MAX_DIFF_CHARS = 60_000;

/** Backticks in a fenced block: a fence one longer than any run inside. */
function fence(text: string): string {
  let longest = 2;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(longest + 1);
}

/** A file name as it may stand in a shell command in the summary (quoted when it must be). */
function shellWord(file: string): string {
  return /^[\w./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
}

/**
 * The summary section, or '' when no finding inside the diff carries a fix. Reads each file with
 * fixable findings from `cwd` (the workspace); a file that cannot be read is left out.
 */
export async function fixSummary(results: readonly FileResult[], cwd: string): Promise<string> {
  const parts: string[] = [];
  let count = 0;
  // Fixes left for a later pass (they touch one taken): `--fix` lints again and may apply them.
  let later = 0;
  const files: string[] = [];
  for (const result of results) {
    const fixable = result.diagnostics.filter((diagnostic) => diagnostic.fix);
    if (fixable.length === 0) continue;
    let text: string;
    try {
      text = (await readFile(path.resolve(cwd, result.file), 'utf8')).replace(/^\uFEFF/, '');
    } catch {
      continue;
    }
    const pass = applyFixes(text, fixable);
    if (!pass.fixed) continue;
    count += pass.applied.length;
    later += fixable.length - pass.applied.length;
    files.push(result.file);
    parts.push(unifiedDiff(result.file, text, pass.output));
  }
  if (count === 0) return '';
  let diff = parts.join('');
  const cut = diff.length > MAX_DIFF_CHARS;
  if (cut) diff = `${diff.slice(0, MAX_DIFF_CHARS)}\n…`;
  const mark = fence(diff);
  // A file name may hold backticks: the fence is longer than any run in the command.
  const command = `npx medlint --fix ${files.map(shellWord).join(' ')}`;
  return [
    '### Fixable',
    '',
    `${count} ${count === 1 ? 'finding' : 'findings'} in this pull request's changes can be fixed by \`--fix\`${later > 0 ? `, and it may fix ${later} more once ${count === 1 ? 'this one is' : 'these are'} applied` : ''}. To apply ${count === 1 ? 'it' : 'them'}:`,
    '',
    `${fence(command)}sh`,
    command,
    fence(command),
    '',
    '<details>',
    `<summary>The fixes as a diff${cut ? ' (shortened)' : ''}</summary>`,
    '',
    `${mark}diff`,
    diff.replace(/\n$/, ''),
    mark,
    '',
    '</details>',
    '',
  ].join('\n');
}
