/**
 * One file from its tree to its rule diagnostics: extract → inline directives → local targets →
 * rules. The same steps for every run, whether on the main thread (offline runs, lintText) or on
 * the lint thread while links are checked (lint-off-thread.ts).
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { extractDocument } from '../extract/index.js';
import { needsHtmlParser, useHtmlParser } from '../extract/html-entries.js';
import { type AccessKnowledge, builtInKnowledge, compileKnowledge } from '../knowledge/index.js';
import type { ListDocument } from '../extract/types.js';
import { DirectiveMap } from '../linter/directives.js';
import { runRules } from '../linter/run-rules.js';
import type { RegistryRecord } from '../results/registry-record.js';
import { recordRules, treeRules } from '../rules/index.js';
import { lookUpLocalTargets } from './local-targets.js';

/** A file read into memory: `file` as given, `absolute` on disk. */
export interface SourceFile {
  file: string;
  absolute: string;
  /** The text, without a UTF-8 BOM. */
  source: string;
  /** Whether the file started with a UTF-8 BOM (written back by `--fix`). */
  bom?: boolean;
}

/** What the link check and the report need of a linted file: not its tree, which can go. */
export interface LintedSource {
  document: Pick<ListDocument, 'file' | 'entries' | 'links'> & { title?: string };
  directives: DirectiveMap;
  diagnostics: Diagnostic[];
}

/**
 * Loads parse5 and gives it to the extractor when `source` needs it (an `<a`): the extractor is
 * synchronous, and the command loads the HTML parser only for a file that has HTML entries.
 */
export async function loadHtmlParserFor(source: string): Promise<void> {
  if (needsHtmlParser(source)) useHtmlParser(await import('parse5'));
}

/** Extract and the inline directives: the steps between parse and rules. */
export function analyse(file: string, source: string, tree: Root, config: ResolvedConfig): { document: ListDocument; directives: DirectiveMap } {
  const knowledge = config.access ? knowledgeFor(config.access) : builtInKnowledge;
  const document = extractDocument(file, source, tree, { ignoreSections: config.ignoreSections, knowledge });
  return { document, directives: new DirectiveMap(tree) };
}

/** The config's facts over the built-in ones, compiled once for all the files of a run. */
function knowledgeFor(access: NonNullable<ResolvedConfig['access']>): AccessKnowledge {
  let knowledge = knowledgeByConfig.get(access);
  if (!knowledge) knowledgeByConfig.set(access, (knowledge = compileKnowledge(access)));
  return knowledge;
}

const knowledgeByConfig = new WeakMap<NonNullable<ResolvedConfig['access']>, AccessKnowledge>();

/** Runs the rules on a parsed file; relative links are looked up under `cwd` (the repository root). */
export async function lintTree(input: SourceFile, tree: Root, config: ResolvedConfig, cwd: string): Promise<LintedSource> {
  await loadHtmlParserFor(input.source);
  const { document, directives } = analyse(input.file, input.source, tree, config);
  // Look relative targets up here so rules stay pure.
  const scope = { directory: path.dirname(input.absolute), root: cwd, maxFileSize: config.maxFileSize };
  const targets = await lookUpLocalTargets(document.links, scope);
  // The rules that need registry records run later, after the link check (pipeline/index.ts).
  const diagnostics = runRules(document, treeRules, config, directives, (url) => targets.get(url));
  const title = document.headings.find((heading) => heading.depth === 1)?.text;
  return { document: { file: document.file, entries: document.entries, links: document.links, ...(title ? { title } : {}) }, directives, diagnostics };
}

/**
 * The rules that compare entries with registry records, on one linted file: after the link
 * check with the records its outcomes carry, or with none (offline, the remark plugin), when
 * they fall back on what medlint knows.
 */
export function runRecordRules(item: LintedSource, config: ResolvedConfig, record: (url: string) => RegistryRecord | undefined = () => undefined): Diagnostic[] {
  return runRules(item.document, recordRules, config, item.directives, () => undefined, record);
}
