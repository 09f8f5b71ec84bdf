/**
 * `medlint/remark`: medlint's document rules as a unified plugin, for remark-cli, `.remarkrc`
 * and editors that run remark (the role of a remark-lint preset):
 *
 *   tree (parsed by unified, not again here) → extract → inline directives → rules → vfile messages
 *
 * Link rules (`link-*`) do not run here: a remark pass stays offline, as remark-lint does; run
 * `medlint` for the link check. Messages carry medlint's `ruleId`, `source: "medlint"`, the
 * docs `url`, the same positions as the command, and `fatal: true` for errors (`false` for
 * warnings), as unified-lint-rule marks severities.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { loadConfig, resolveConfig } from '../config/load.js';
import type { MedlintConfig, ResolvedConfig } from '../config/types.js';
import { type Diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { lintTree, runRecordRules } from '../pipeline/lint-source.js';

/** The part of a vfile the plugin uses (vfile 6), so the package needs no vfile of its own. */
interface VFileLike {
  value: unknown;
  path?: string | undefined;
  cwd: string;
  message(reason: string, options: { place: { start: { line: number; column: number }; end: { line: number; column: number } }; ruleId: string; source: string }): VFileMessageLike;
}

interface VFileMessageLike {
  fatal?: boolean | null | undefined;
  url?: string | null | undefined;
  note?: string | null | undefined;
  actual?: string | null | undefined;
  expected?: string[] | null | undefined;
}

/**
 * The plugin. `options` is what a `.medlintrc.json` holds (`rules`, `extends`,
 * `ignoreSections`, `access`, …) and is validated the same way; without options, the config file
 * the command would use is read (from the vfile's `cwd` upwards).
 */
export default function remarkMedlint(options?: MedlintConfig | null): (tree: Root, file: VFileLike) => Promise<void> {
  let config: Promise<ResolvedConfig> | undefined;
  return async function transformer(tree, file) {
    config ??= configFor(options, file.cwd);
    const absolute = path.resolve(file.cwd, file.path ?? 'input.md');
    const name = path.relative(file.cwd, absolute) || path.basename(absolute);
    const resolved = await config;
    const linted = await lintTree({ file: name, absolute, source: String(file.value ?? '') }, tree, resolved, file.cwd);
    // remark-lint is offline: the record rules run on what medlint knows, with no registry record.
    const diagnostics = [...linted.diagnostics, ...runRecordRules(linted, resolved)];
    // In source order, as the command prints them.
    for (const diagnostic of sortDiagnostics(diagnostics)) report(file, diagnostic);
  };
}

async function configFor(options: MedlintConfig | null | undefined, cwd: string): Promise<ResolvedConfig> {
  if (options === undefined || options === null) return loadConfig({ cwd });
  const { validateConfig } = await import('../config/validate.js');
  return resolveConfig(validateConfig(options, 'medlint/remark options'), 'medlint/remark options');
}

function report(file: VFileLike, diagnostic: Diagnostic): void {
  const message = file.message(diagnostic.message, {
    place: { start: { line: diagnostic.line, column: diagnostic.column }, end: { line: diagnostic.endLine, column: diagnostic.endColumn } },
    ruleId: diagnostic.ruleId,
    source: 'medlint',
  });
  message.fatal = diagnostic.severity === 'error';
  message.url = diagnostic.url;
  if (diagnostic.note !== undefined) message.note = diagnostic.note;
  if (diagnostic.actual !== undefined) message.actual = diagnostic.actual;
  if (diagnostic.expected !== undefined) message.expected = [diagnostic.expected];
}
