import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { excerpt, MedlintError } from '../diagnostics/medlint-error.js';
import { decodeUtf8, readRegularFile } from '../parse/read-file.js';
import { placeInRepository } from '../parse/resolve-files.js';
import { allRuleMetas } from '../rules/index.js';
import { DEFAULT_MAX_FILE_SIZE } from './limits.js';
import { PRESETS } from './presets.js';
import type { MedlintConfig, ResolvedConfig, ResolvedRule, RuleSetting } from './types.js';

/** Where a config may live, most specific first. Data formats only: configs never run code. */
export const CONFIG_FILES = ['.medlintrc.json', '.medlintrc.yaml', '.medlintrc.yml', 'package.json'] as const;

/**
 * Largest config file read (1 MiB; a real one is a few hundred bytes, a big `package.json` some
 * tens of kilobytes): a config linked to `/dev/zero` or a huge generated one is one clear error.
 */
export const MAX_CONFIG_SIZE = 1024 * 1024;

export { DEFAULT_MAX_FILE_SIZE };

/**
 * Finds and validates the config: `configPath` when given, else the nearest config file from
 * `cwd` upwards (up to the home folder, or the root when `cwd` is not under it), else the
 * built-in defaults (`medlint:recommended`).
 *
 * A config is read as a list is (parse/read-file.ts): a regular file, bounded in size, whose
 * real path stays inside the folder it was found in (`cwd` for one inside it), never under
 * `.git/`. A config linked to `/proc/self/environ` or `.git/config` is refused in one line that
 * quotes none of its content.
 */
export async function loadConfig(options: { cwd: string; configPath?: string | undefined }): Promise<ResolvedConfig> {
  if (options.configPath !== undefined) {
    const file = path.resolve(options.cwd, options.configPath);
    const extension = path.extname(file).toLowerCase();
    if (!['.json', '.yaml', '.yml'].includes(extension)) {
      throw new MedlintError('config-invalid', `${options.configPath}: configs must be .json, .yaml or .yml files; medlint never runs code from a config`);
    }
    let content: string;
    try {
      content = await readConfigFile(options.configPath, file, options.cwd);
    } catch (error) {
      if (error instanceof MedlintError && error.code === 'file-not-found') {
        throw new MedlintError('config-not-found', `${options.configPath}: cannot read config (no such file)`);
      }
      throw error;
    }
    const raw = extension === '.json' ? parseJson(content, options.configPath) : await parseYaml(content, options.configPath);
    const data = path.basename(file) === 'package.json' ? (raw as Record<string, unknown>).medlint : raw;
    return resolveConfig(await validated(data ?? {}, options.configPath), options.configPath);
  }
  const found = await searchConfig(options.cwd);
  if (found === null) return resolveConfig({}, null);
  return resolveConfig(await validated(found.config, found.where), found.shown);
}

/**
 * The nearest config from `cwd` upwards, as lilconfig searched: in each folder the first of
 * `CONFIG_FILES` that exists and is not blank (a `package.json` only with a `medlint` key).
 */
async function searchConfig(cwd: string): Promise<{ config: unknown; shown: string; where: string } | null> {
  const start = path.resolve(cwd);
  const home = os.homedir();
  for (let dir = start; ; dir = path.dirname(dir)) {
    for (const place of CONFIG_FILES) {
      const file = path.join(dir, place);
      if (!(await exists(file))) continue;
      const shown = path.relative(start, file) || place;
      // A config in `cwd` or above it may not link out of the folder it lies in.
      const content = await readConfigFile(shown, file, dir);
      if (content.trim() === '') continue;
      if (place === 'package.json') {
        const data = (parseJson(content, shown) as Record<string, unknown> | null)?.medlint;
        if (data === undefined || data === null) continue;
        return { config: data, shown, where: `${shown} ("medlint" key)` };
      }
      const config = place.endsWith('.json') ? parseJson(content, shown) : await parseYaml(content, shown);
      return { config, shown, where: shown };
    }
    if (dir === home || dir === path.dirname(dir)) return null;
  }
}

/** A config's text: placed inside `root`, a regular file of at most `MAX_CONFIG_SIZE`, UTF-8. */
async function readConfigFile(shown: string, file: string, root: string): Promise<string> {
  await placeInRepository(shown, file, root);
  const bytes = await readRegularFile(shown, file, {
    maxBytes: MAX_CONFIG_SIZE,
    whatToDo: 'a config is a few kilobytes of JSON or YAML',
    expected: 'a JSON or YAML config file',
  });
  const text = decodeUtf8(bytes, shown, 'JSON or YAML text');
  return text;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    // A link that points nowhere (or out of reach) exists as far as the search goes: its read says why.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR';
  }
}

/**
 * The validators (ajv's compiled code for every rule's options, some 440 KB) and the YAML parser
 * are loaded only when there is a config to read: a run without one never compiles them.
 */
async function validated(value: unknown, file: string): Promise<MedlintConfig> {
  const { validateConfig } = await import('./validate.js');
  return validateConfig(value, file);
}

/** Layers a validated config on `medlint:recommended` and the presets it extends. */
export function resolveConfig(config: MedlintConfig, source: string | null): ResolvedConfig {
  const rules = new Map<string, ResolvedRule>();
  for (const meta of allRuleMetas) {
    rules.set(meta.id, { level: meta.recommended, options: { ...meta.defaultOptions } });
  }
  const presets = config.extends === undefined ? [] : [config.extends].flat();
  const settings = [...presets.flatMap((name) => Object.entries(PRESETS[name])), ...Object.entries(config.rules ?? {})];
  for (const [id, setting] of settings) {
    const [level, options] = normaliseSetting(setting);
    const base = rules.get(id);
    rules.set(id, { level, options: { ...base?.options, ...options } });
  }
  return {
    rules,
    ignoreSections: config.ignoreSections ?? [],
    maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    links: config.links ?? {},
    ...(config.access ? { access: config.access } : {}),
    source,
  };
}

function normaliseSetting(setting: RuleSetting): [ResolvedRule['level'], Record<string, unknown>] {
  if (typeof setting === 'string') return [setting, {}];
  return [setting[0], setting[1] ?? {}];
}

function parseJson(content: string, file: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const at = position ? lineColumn(content, Number(position[1])) : null;
    throw new MedlintError('config-invalid', `${file}${at ? `:${at.line}:${at.column}` : ''}: invalid JSON: ${jsonReason(message)}`);
  }
}

/**
 * V8's reason without the text it quotes (`Unexpected token 'A', "AUTHORIZAT"... is not valid
 * JSON`): the offending character alone, as an excerpt.
 */
function jsonReason(message: string): string {
  const token = "Unexpected token '";
  if (message.startsWith(token)) {
    const character = String.fromCodePoint(message.codePointAt(token.length) ?? 0x3f);
    return `unexpected character \`${excerpt(character)}\``;
  }
  const cut = message.search(/ (?:in JSON )?at position \d/);
  const reason = (cut === -1 ? message : message.slice(0, cut).trimEnd()).replace(/ \(line \d+ column \d+\)$/, '');
  const quote = reason.indexOf('"');
  return excerpt(quote === -1 ? reason : reason.slice(0, quote).trimEnd(), 80);
}

/**
 * The YAML parser loads only to read a YAML config. Through a module of ours: a bundle can
 * import the names of a CommonJS package (yaml is one) statically, not from a dynamic import.
 */
async function parseYaml(content: string, file: string): Promise<unknown> {
  const { parseYamlConfig } = await import('./yaml.js');
  return parseYamlConfig(content, file);
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
