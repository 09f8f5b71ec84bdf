/**
 * knowledge: what medlint knows about the access terms of datasets, as data.
 *   access.json         the facts, each with the public page that states it (`source`)
 *   access.schema.json  their JSON Schema (checked in test/knowledge/access.test.ts)
 *   types.ts            the access level and a known fact, as entries carry them
 *   index.ts            compiles the facts, with the config's `access.hosts` / `access.datasets`,
 *                       into one lookup: URL path prefix → whole dataset name → host
 * Pure and synchronous: the data file is imported, never read at run time.
 */
import type { AccessLevel, KnownAccess } from './types.js';
import data from './access.json' with { type: 'json' };

export type { KnownAccess };

/** One fact of the data file. */
export interface AccessFact {
  /** The resource, as messages name it (`MIMIC-III Clinical Database`). */
  name: string;
  level: AccessLevel;
  /** The terms in a few words. */
  terms: string;
  /** The public page that states the terms, or `config` for a fact from the user's config. */
  source: string;
  /** Hosts (`zenodo.org`) or hosts with a path prefix (`physionet.org/content/mimiciii/`). */
  urls?: string[];
  /** Whole dataset names, compared without case. */
  names?: string[];
  /** The day the fact was last read against its source (`2026-12-04`); built-in facts only. */
  checked?: string;
}

/** A fact the user adds in the config: a level, or a level with its terms and source. */
export type AccessSetting = AccessLevel | { level: AccessLevel; terms?: string; source?: string };

/** The config's `access` key: facts by host or host + path prefix, and by dataset name. */
export interface AccessConfig {
  hosts?: Record<string, AccessSetting>;
  datasets?: Record<string, AccessSetting>;
}

/** The built-in facts, as shipped. */
export const builtInFacts: readonly AccessFact[] = (data as { facts: AccessFact[] }).facts;

interface HostFacts {
  host: KnownAccess | null;
  /** Path prefixes, longest first. */
  paths: Array<{ prefix: string; known: KnownAccess }>;
}

/** The compiled facts: one lookup per entry, by its own URL and its name. */
export interface AccessKnowledge {
  /** The most specific fact for an entry: a path prefix, else its whole name, else its host. */
  lookup(url: string | null, name: string): KnownAccess | null;
}

/** Compiles the built-in facts and, over them, the config's. */
export function compileKnowledge(config: AccessConfig = {}): AccessKnowledge {
  const hosts = new Map<string, HostFacts>();
  const names = new Map<string, KnownAccess>();
  const addUrl = (url: string, fact: Omit<KnownAccess, 'match'>): void => {
    const slash = url.indexOf('/');
    const host = normaliseHost(slash === -1 ? url : url.slice(0, slash));
    const prefix = slash === -1 ? '' : url.slice(slash).toLowerCase();
    let entry = hosts.get(host);
    if (!entry) hosts.set(host, (entry = { host: null, paths: [] }));
    const known = { ...fact, match: url };
    if (prefix === '' || prefix === '/') {
      entry.host = known;
      return;
    }
    entry.paths = entry.paths.filter((path) => path.prefix !== prefix);
    entry.paths.push({ prefix, known });
    entry.paths.sort((a, b) => b.prefix.length - a.prefix.length);
  };
  for (const fact of builtInFacts) {
    const { urls = [], names: factNames = [], ...rest } = fact;
    for (const url of urls) addUrl(url, rest);
    for (const name of factNames) names.set(normaliseName(name), { ...rest, match: name });
  }
  for (const [url, setting] of Object.entries(config.hosts ?? {})) addUrl(url.replace(/^[a-z]+:\/\//i, ''), userFact(url, setting));
  for (const [name, setting] of Object.entries(config.datasets ?? {})) names.set(normaliseName(name), { ...userFact(name, setting), match: name });

  return {
    lookup(url, name) {
      const parsed = url === null ? null : parseHttpUrl(url);
      let hostFact: KnownAccess | null = null;
      if (parsed) {
        const path = parsed.pathname.toLowerCase();
        for (const host of hostAndParents(parsed.hostname)) {
          const facts = hosts.get(host);
          if (!facts) continue;
          const byPath = facts.paths.find(({ prefix }) => pathStartsWith(path, prefix));
          if (byPath) return byPath.known;
          hostFact ??= facts.host;
        }
      }
      const normalised = normaliseName(name);
      const byName = names.get(normalised) ?? names.get(withoutParenthetical(normalised));
      return byName ?? hostFact;
    },
  };
}

/** The built-in facts alone, compiled once. */
export const builtInKnowledge: AccessKnowledge = compileKnowledge();

function userFact(key: string, setting: AccessSetting): Omit<KnownAccess, 'match'> {
  const { level, terms, source } = typeof setting === 'string' ? { level: setting, terms: undefined, source: undefined } : setting;
  return { name: key, level, terms: terms ?? `${level} (medlint config)`, source: source ?? 'medlint config' };
}

function parseHttpUrl(url: string): URL | null {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** `a.b.example.org` → itself, `b.example.org`, `example.org`: the most specific host first. */
function hostAndParents(hostname: string): string[] {
  const labels = normaliseHost(hostname).split('.');
  const hosts: string[] = [];
  for (let index = 0; index < labels.length - 1; index += 1) hosts.push(labels.slice(index).join('.'));
  return hosts;
}

function normaliseHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** `/content/mimiciii/1.4/` is under `/content/mimiciii/`; `/n3c` covers `/n3c` and `/n3c/…`, not `/n3cx`. */
function pathStartsWith(path: string, prefix: string): boolean {
  const directory = prefix.endsWith('/') ? prefix : `${prefix}/`;
  return path === directory.slice(0, -1) || path.startsWith(directory);
}

/** Case, width, curly quotes and spacing do not make another name. */
function normaliseName(name: string): string {
  const folded = name.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
  let end = folded.length;
  while (end > 0 && ' .:,;'.includes(folded[end - 1] as string)) end -= 1;
  return folded.slice(0, end).trimStart();
}

/** `mimic-iii (medical information mart …)` → `mimic-iii`. */
function withoutParenthetical(name: string): string {
  const open = name.lastIndexOf('(');
  return name.endsWith(')') && open > 0 ? name.slice(0, open).trimEnd() : name;
}
