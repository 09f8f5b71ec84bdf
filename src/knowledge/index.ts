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
  /** Path prefixes by the folder they cover (`/n3c` and `/n3c/` both cover `/n3c/`). */
  paths: Map<string, { prefix: string; known: KnownAccess }>;
  /** How many `/` the folders of `paths` hold, most first: the only depths a look-up tries. */
  depths: number[];
}

/** The compiled facts: one lookup per entry, by its own URL and its name. */
export interface AccessKnowledge {
  /** The most specific fact for an entry: a path prefix, else its whole name, else its host. */
  lookup(url: string | null, name: string): KnownAccess | null;
}

/**
 * Compiles the built-in facts and, over them, the config's. A look-up costs what the URL's host
 * and path cost to read once, however long they are and however many facts there are: it asks
 * only for parent hosts with as many labels as a known host has, and only for the folders of the
 * path as deep as a known prefix (a host of 100,000 labels built every parent name, each of it).
 */
export function compileKnowledge(config: AccessConfig = {}): AccessKnowledge {
  const hosts = new Map<string, HostFacts>();
  const names = new Map<string, KnownAccess>();
  let mostLabels = 0;
  const addUrl = (url: string, fact: Omit<KnownAccess, 'match'>): void => {
    const slash = url.indexOf('/');
    const host = normaliseHost(slash === -1 ? url : url.slice(0, slash));
    const prefix = slash === -1 ? '' : url.slice(slash).toLowerCase();
    mostLabels = Math.max(mostLabels, host.split('.').length);
    let entry = hosts.get(host);
    if (!entry) hosts.set(host, (entry = { host: null, paths: new Map(), depths: [] }));
    const known = { ...fact, match: url };
    if (prefix === '' || prefix === '/') {
      entry.host = known;
      return;
    }
    const folder = prefix.endsWith('/') ? prefix : `${prefix}/`;
    const existing = entry.paths.get(folder);
    // Of two prefixes of one folder the longer (`/n3c/` over `/n3c`) wins, as it did sorted longest first.
    if (existing === undefined || existing.prefix.length <= prefix.length) entry.paths.set(folder, { prefix, known });
  };
  for (const fact of builtInFacts) {
    const { urls = [], names: factNames = [], ...rest } = fact;
    for (const url of urls) addUrl(url, rest);
    for (const name of factNames) names.set(normaliseName(name), { ...rest, match: name });
  }
  for (const [url, setting] of Object.entries(config.hosts ?? {})) addUrl(url.replace(/^[a-z]+:\/\//i, ''), userFact(url, setting));
  for (const [name, setting] of Object.entries(config.datasets ?? {})) names.set(normaliseName(name), { ...userFact(name, setting), match: name });
  for (const facts of hosts.values()) {
    facts.depths = [...new Set([...facts.paths.keys()].map(slashes))].sort((a, b) => b - a);
  }

  return {
    lookup(url, name) {
      const parsed = url === null ? null : parseHttpUrl(url);
      let hostFact: KnownAccess | null = null;
      if (parsed) {
        const path = parsed.pathname.toLowerCase();
        for (const host of hostAndParents(parsed.hostname, mostLabels)) {
          const facts = hosts.get(host);
          if (!facts) continue;
          const byPath = pathFact(facts, path);
          if (byPath) return byPath;
          hostFact ??= facts.host;
        }
      }
      const normalised = normaliseName(name);
      const byName = names.get(normalised) ?? names.get(withoutParenthetical(normalised));
      return byName ?? hostFact;
    },
  };
}

/**
 * The fact of the longest prefix that covers `path`: `/content/mimiciii/1.4/` is under
 * `/content/mimiciii/`; `/n3c` covers `/n3c` and `/n3c/…`, not `/n3cx`. Only the folders of the
 * path at the depths the host's prefixes have are looked up.
 */
function pathFact(facts: HostFacts, path: string): KnownAccess | null {
  if (facts.depths.length === 0) return null;
  const wanted = new Set(facts.depths);
  const deepest = facts.depths[0] as number;
  // Ends of the path's folders, `/`-terminated, up to the deepest known prefix: `/a/b` → `/`, `/a/`, `/a/b/`.
  const ends: number[] = [];
  for (let index = path.indexOf('/'); index !== -1 && ends.length < deepest; index = path.indexOf('/', index + 1)) ends.push(index + 1);
  const folders = ends.map((end, depth) => ({ folder: path.slice(0, end), depth: depth + 1 }));
  if (!path.endsWith('/') && ends.length < deepest) folders.push({ folder: `${path}/`, depth: ends.length + 1 });
  for (let index = folders.length - 1; index >= 0; index -= 1) {
    const { folder, depth } = folders[index] as { folder: string; depth: number };
    if (!wanted.has(depth)) continue;
    const found = facts.paths.get(folder);
    if (found) return found.known;
  }
  return null;
}

function slashes(folder: string): number {
  let count = 0;
  for (let index = folder.indexOf('/'); index !== -1; index = folder.indexOf('/', index + 1)) count += 1;
  return count;
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

/**
 * `a.b.example.org` → itself, `b.example.org`, `example.org`: the most specific host first, but
 * none with more than `mostLabels` labels (no known host has more), so a host of 100,000
 * labels costs one pass over it, not 100,000 names of its length.
 */
function hostAndParents(hostname: string, mostLabels: number): string[] {
  const host = normaliseHost(hostname);
  // Starts of the last `mostLabels` labels, found from the end.
  const starts: number[] = [];
  for (let dot = host.lastIndexOf('.'); dot !== -1 && starts.length < mostLabels; dot = dot === 0 ? -1 : host.lastIndexOf('.', dot - 1)) starts.push(dot + 1);
  if (starts.length < mostLabels) starts.push(0);
  const hosts: string[] = [];
  // Most labels first; a bare label (no dot) is no host of a fact.
  for (let index = starts.length - 1; index >= 1; index -= 1) hosts.push(host.slice(starts[index]));
  return hosts;
}

function normaliseHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
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
