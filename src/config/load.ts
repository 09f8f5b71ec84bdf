import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { lilconfig, type Loader } from 'lilconfig';
import { MedlintError } from '../diagnostics/medlint-error.js';
import { allRuleMetas } from '../rules/index.js';
import { DEFAULT_MAX_FILE_SIZE } from './limits.js';
import { PRESETS } from './presets.js';
import type { MedlintConfig, ResolvedConfig, ResolvedRule, RuleSetting } from './types.js';

/** Where a config may live, most specific first. Data formats only: configs never run code. */
export const CONFIG_FILES = ['.medlintrc.json', '.medlintrc.yaml', '.medlintrc.yml', 'package.json'] as const;

export { DEFAULT_MAX_FILE_SIZE };

/** A config searcher whose errors name files relative to `cwd`. */
function createExplorer(cwd: string) {
  const shown = (file: string): string => path.relative(cwd, file) || path.basename(file);
  const jsonLoader: Loader = (file, content) => parseJson(content, shown(file));
  const yamlLoader: Loader = (file, content) => parseYaml(content, shown(file));
  const refuse: Loader = (file) => {
    throw new MedlintError('config-invalid', `${shown(file)}: configs must be JSON or YAML; medlint never runs code from a config`);
  };
  return lilconfig('medlint', {
    searchPlaces: [...CONFIG_FILES],
    loaders: { '.json': jsonLoader, '.yaml': yamlLoader, '.yml': yamlLoader, '.js': refuse, '.mjs': refuse, '.cjs': refuse, '.ts': refuse, noExt: jsonLoader },
    cache: false,
  });
}

/**
 * Finds and validates the config: `configPath` when given, else the nearest config file from
 * `cwd` upwards, else the built-in defaults (`medlint:recommended`).
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
      content = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new MedlintError('config-not-found', `${options.configPath}: cannot read config (${code === 'ENOENT' ? 'no such file' : code ?? 'error'})`);
    }
    const raw = extension === '.json' ? parseJson(content, options.configPath) : await parseYaml(content, options.configPath);
    const data = path.basename(file) === 'package.json' ? (raw as Record<string, unknown>).medlint : raw;
    return resolveConfig(await validated(data ?? {}, options.configPath), options.configPath);
  }
  const found = await createExplorer(options.cwd).search(options.cwd);
  if (!found || found.isEmpty) return resolveConfig({}, null);
  const shown = path.relative(options.cwd, found.filepath) || path.basename(found.filepath);
  const where = path.basename(found.filepath) === 'package.json' ? `${shown} ("medlint" key)` : shown;
  return resolveConfig(await validated(found.config, where), shown);
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
    const cut = message.search(/ (?:in JSON )?at position \d/);
    const reason = (cut === -1 ? message : message.slice(0, cut).trimEnd()).replace(/ \(line \d+ column \d+\)$/, '');
    throw new MedlintError('config-invalid', `${file}${at ? `:${at.line}:${at.column}` : ''}: invalid JSON: ${reason}`);
  }
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
