/**
 * What a registry's API says about the record a link points at (PhysioNet, Zenodo, Hugging Face,
 * GitHub): its access level, its licence, whether the link names its newest version, whether it
 * is archived. The link checker (src/links/resolvers) reads the record while it checks the link;
 * the rules that compare an entry with its registry (license-mismatch, dataset-version,
 * repo-archived, access-mismatch, entry-access) read it from the link's outcome. Plain JSON: the
 * cache stores it.
 */
import type { AccessLevel } from '../extract/types.js';

export type { AccessLevel };

/** The registries medlint asks (their names in `--api name=url` and `MEDLINT_API_<NAME>`). */
export const REGISTRY_NAMES = ['physionet', 'zenodo', 'huggingface', 'github'] as const;
export type RegistryName = (typeof REGISTRY_NAMES)[number];

/** How messages name a registry. */
export const REGISTRY_TITLES: Record<RegistryName, string> = {
  physionet: 'PhysioNet',
  zenodo: 'Zenodo',
  huggingface: 'Hugging Face',
  github: 'GitHub',
};

export interface RegistryRecord {
  registry: RegistryName;
  /** The record's public page, cited as the source of every fact below. */
  url: string;
  /** The access level the registry states (or its licence implies), with the words it came from; null when it says none. */
  access: { level: AccessLevel; terms: string } | null;
  /** The licences the registry names, as it names them (`cc-by-4.0`, `Open Data Commons Attribution License v1.0`); empty when none. */
  licenses: string[];
  /** Set when the link names a version that is not the newest: the version it names, the newest and its URL. */
  newer: { linked: string; newest: string; url: string } | null;
  /** Whether the repository is archived (read-only); null when the registry has no such state. */
  archived: boolean | null;
}

/** Every access level, once: as a `Record`, the compiler insists on each level of `AccessLevel`. */
const ACCESS_LEVELS: Readonly<Record<AccessLevel, true>> = { open: true, registration: true, application: true, credentialed: true, restricted: true };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a value read back from outside (the link cache file, which a pull request can commit)
 * is a whole `RegistryRecord`: each field of its type, a registry medlint asks and an access
 * level it knows. Rules and `medlint entries --registries` state these fields as facts, so a
 * record with one field missing or unknown is no record at all.
 */
export function isRegistryRecord(value: unknown): value is RegistryRecord {
  if (!isObject(value)) return false;
  const { registry, url, access, licenses, newer, archived } = value;
  return (
    typeof registry === 'string' &&
    (REGISTRY_NAMES as readonly string[]).includes(registry) &&
    typeof url === 'string' &&
    (access === null || (isObject(access) && typeof access.level === 'string' && Object.hasOwn(ACCESS_LEVELS, access.level) && typeof access.terms === 'string')) &&
    Array.isArray(licenses) &&
    licenses.every((licence) => typeof licence === 'string') &&
    (newer === null || (isObject(newer) && typeof newer.linked === 'string' && typeof newer.newest === 'string' && typeof newer.url === 'string')) &&
    (archived === null || typeof archived === 'boolean')
  );
}
