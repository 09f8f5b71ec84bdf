/**
 * Which links name a record in a registry, and which record: PhysioNet projects (with or without
 * a version, and the old `physiobank/database/` paths), Zenodo records (and their
 * `10.5281/zenodo.` DOIs) and Hugging Face datasets. Pure URL reading, no request.
 */
import { hasDotSegment } from './api-path.js';

export type RegistryTarget =
  | { registry: 'physionet'; slug: string; version: string | null; legacy: boolean }
  | { registry: 'zenodo'; id: string; doi: boolean }
  | { registry: 'huggingface'; id: string };

const PHYSIONET_HOSTS: ReadonlySet<string> = new Set(['physionet.org', 'www.physionet.org']);
const ZENODO_HOSTS: ReadonlySet<string> = new Set(['zenodo.org', 'www.zenodo.org']);
const HUGGINGFACE_HOSTS: ReadonlySet<string> = new Set(['huggingface.co', 'www.huggingface.co', 'hf.co']);
const DOI_HOSTS: ReadonlySet<string> = new Set(['doi.org', 'dx.doi.org', 'www.doi.org']);

/** A project slug or version as PhysioNet writes them: letters, digits, `.`, `_` and `-`. */
const SLUG = /^[a-z0-9][\w.-]{0,99}$/i;
const VERSION = /^\d{1,6}(?:\.\d{1,6}){0,3}$/;
/** A Hugging Face owner or dataset name. */
const HF_NAME = /^[a-z0-9][\w.-]{0,95}$/i;
/** Paths under a dataset's page that are not an owner's dataset name. */
const HF_PAGES: ReadonlySet<string> = new Set(['tree', 'blob', 'resolve', 'viewer', 'discussions', 'commits', 'commit', 'raw', 'edit']);

function segmentsOf(url: URL): string[] | null {
  try {
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    return hasDotSegment(segments) ? null : segments;
  } catch {
    return null;
  }
}

/** The registry record a link names, or null when no registry resolver claims it. */
export function registryTargetOf(url: URL): RegistryTarget | null {
  const host = url.hostname.toLowerCase();
  if (PHYSIONET_HOSTS.has(host)) return physionetTarget(url);
  if (ZENODO_HOSTS.has(host)) return zenodoTarget(url);
  if (HUGGINGFACE_HOSTS.has(host)) return huggingfaceTarget(url);
  if (DOI_HOSTS.has(host)) return zenodoDoi(url);
  return null;
}

function physionetTarget(url: URL): RegistryTarget | null {
  const segments = segmentsOf(url);
  if (segments === null) return null;
  const [first, second, third, ...rest] = segments;
  // `/content/<slug>/` and `/content/<slug>/<version>/`; file paths below a version are pages.
  if (first === 'content' && second !== undefined && SLUG.test(second) && rest.length === 0) {
    if (third === undefined) return { registry: 'physionet', slug: second, version: null, legacy: false };
    if (VERSION.test(third)) return { registry: 'physionet', slug: second, version: third, legacy: false };
    return null;
  }
  // `/physiobank/database/<slug>/`: the old paths, whose slug may since have changed.
  if (first === 'physiobank' && second === 'database' && third !== undefined && SLUG.test(third) && rest.length === 0) {
    return { registry: 'physionet', slug: third, version: null, legacy: true };
  }
  return null;
}

function zenodoTarget(url: URL): RegistryTarget | null {
  const segments = segmentsOf(url);
  if (segments === null || segments.length !== 2) return null;
  const [kind, id] = segments as [string, string];
  return (kind === 'records' || kind === 'record') && /^\d{1,12}$/.test(id) ? { registry: 'zenodo', id, doi: false } : null;
}

function zenodoDoi(url: URL): RegistryTarget | null {
  let path = url.pathname.slice(1);
  try {
    path = decodeURIComponent(path);
  } catch {
    return null;
  }
  const match = /^10\.5281\/zenodo\.(\d{1,12})$/i.exec(path);
  return match ? { registry: 'zenodo', id: match[1] as string, doi: true } : null;
}

function huggingfaceTarget(url: URL): RegistryTarget | null {
  const segments = segmentsOf(url);
  if (segments === null || segments[0] !== 'datasets') return null;
  const [, owner, name, ...rest] = segments;
  if (owner === undefined || !HF_NAME.test(owner) || rest.length > 0) return null;
  // The few datasets without an owner (`/datasets/squad`); their pages (`/datasets/squad/viewer`) are not claimed.
  if (name === undefined) return { registry: 'huggingface', id: owner };
  if (HF_PAGES.has(name) || !HF_NAME.test(name)) return null;
  return { registry: 'huggingface', id: `${owner}/${name}` };
}
