/**
 * PhysioNet projects through its API: `GET {base}/api/v1/project/published/{slug}/` lists the
 * project's versions (an empty list: no such project), `GET …/{slug}/{newest}/` gives the newest
 * version with its licence. At most these two requests per project, shared by every link to any
 * of its versions. The API states no access level: it follows from the licence, as PhysioNet's
 * licences define it (docs/registries.md has the table); `access_policy`, which newer servers
 * send, is read when the licence says nothing.
 */
import type { LinkOutcome } from '../../results/link-outcome.js';
import type { AccessLevel, RegistryRecord } from '../../results/registry-record.js';
import type { CheckContext } from '../http/index.js';
import { responseOutcome } from '../outcome/index.js';
import { apiUrlUnder } from './api-path.js';
import { fromOwnOrigin, getFromApi, notFound, objectOf, parseJson, remember, unexpectedAnswer, type RecordMemo } from './registry-api.js';
import type { RegistryTarget } from './registry-id.js';

type Project =
  | { type: 'outcome'; outcome: LinkOutcome }
  | { type: 'project'; versions: string[]; newest: string; access: RegistryRecord['access']; licenses: string[]; status: number };

/** The access level a PhysioNet licence grants, by its name; null for a licence not in the table. */
export function physionetAccess(licence: string): AccessLevel | null {
  const name = licence.toLowerCase();
  if (name.includes('credentialed health data licen')) return 'credentialed';
  if (name.includes('restricted health data licen')) return 'registration';
  if (name.includes('contributor review health data licen')) return 'application';
  if (/^(?:open data commons|creative commons|cc[- ]?by|cc0|odc-|odbl|pddl|mit|bsd|apache|gnu|gpl|lgpl|mozilla)\b/.test(name)) return 'open';
  return null;
}

const POLICY_ACCESS: Record<string, AccessLevel> = { open: 'open', restricted: 'registration', credentialed: 'credentialed', 'contributor review': 'application' };

/** `1.10.0` after `1.9.0`: numeric parts compared one by one, a longer version after its prefix. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

async function askProject(ctx: CheckContext, base: URL, slug: string): Promise<Project> {
  const listUrl = apiUrlUnder(base, ['api', 'v1', 'project', 'published', slug, '']);
  if (listUrl === null) return { type: 'outcome', outcome: { kind: 'skipped', reason: 'invalid-url' } };
  const list = await getFromApi(ctx, listUrl, { base });
  if (list.type === 'failed') return { type: 'outcome', outcome: list.outcome };
  if (list.type === 'redirect') return { type: 'outcome', outcome: unexpectedAnswer('physionet', list.status) };
  if (list.status === 404 || list.status === 410) return { type: 'outcome', outcome: notFound('physionet', list.status) };
  if (list.status !== 200) return { type: 'outcome', outcome: responseOutcome(list.status, list.headers, { accept: ctx.accept, chain: [], attempts: list.attempts, via: 'physionet-api', start: listUrl.href }) };
  const value = fromOwnOrigin(list, base) ? parseJson(list.text) : undefined;
  if (!Array.isArray(value)) return { type: 'outcome', outcome: unexpectedAnswer('physionet', list.status) };
  const versions: string[] = [];
  for (const item of value) {
    const version = objectOf(item)?.['version'];
    if (typeof version !== 'string' || !/^\d{1,6}(?:\.\d{1,6}){0,3}$/.test(version)) return { type: 'outcome', outcome: unexpectedAnswer('physionet', list.status) };
    versions.push(version);
  }
  // An empty list is PhysioNet's "no such project".
  if (versions.length === 0) return { type: 'outcome', outcome: notFound('physionet', list.status) };
  const newest = versions.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
  const detailUrl = apiUrlUnder(base, ['api', 'v1', 'project', 'published', slug, newest, '']);
  if (detailUrl === null) return { type: 'outcome', outcome: unexpectedAnswer('physionet', list.status) };
  const detail = await getFromApi(ctx, detailUrl, { base });
  if (detail.type === 'failed') return { type: 'outcome', outcome: detail.outcome };
  if (detail.type === 'redirect' || detail.status !== 200) {
    return detail.type === 'answer' && detail.status !== 404 && detail.status !== 410
      ? { type: 'outcome', outcome: responseOutcome(detail.status, detail.headers, { accept: ctx.accept, chain: [], attempts: detail.attempts, via: 'physionet-api', start: detailUrl.href }) }
      : { type: 'outcome', outcome: unexpectedAnswer('physionet', detail.status) };
  }
  const fields = fromOwnOrigin(detail, base) ? objectOf(parseJson(detail.text)) : null;
  if (fields === null || !('license' in fields)) return { type: 'outcome', outcome: unexpectedAnswer('physionet', detail.status) };
  const licence = objectOf(fields['license'])?.['name'];
  const licenses = typeof licence === 'string' && licence.trim() !== '' ? [licence.trim()] : [];
  const byLicence = licenses[0] === undefined ? null : physionetAccess(licenses[0]);
  const policy = fields['access_policy'];
  const byPolicy = typeof policy === 'string' ? (POLICY_ACCESS[policy.toLowerCase()] ?? null) : null;
  const access: RegistryRecord['access'] =
    byLicence !== null
      ? { level: byLicence, terms: licenses[0] as string }
      : byPolicy !== null
        ? { level: byPolicy, terms: `access policy ${policy as string}` }
        : null;
  return { type: 'project', versions, newest, access, licenses, status: detail.status };
}

/** The record a PhysioNet link names, or the outcome that says why there is none. */
export async function checkPhysionet(ctx: CheckContext, target: Extract<RegistryTarget, { registry: 'physionet' }>, apiUrl: string, memo: RecordMemo): Promise<LinkOutcome> {
  let base: URL;
  try {
    base = new URL(apiUrl);
  } catch {
    return { kind: 'skipped', reason: 'invalid-url' };
  }
  const project = await remember(memo, `physionet:${target.slug}`, () => askProject(ctx, base, target.slug));
  if (project.type === 'outcome') return project.outcome;
  if (target.version !== null && !project.versions.includes(target.version)) return notFound('physionet', 404);
  const shown = target.version ?? project.newest;
  const url = `https://physionet.org/content/${target.slug}/${shown}/`;
  const record: RegistryRecord = {
    registry: 'physionet',
    url,
    access: project.access,
    licenses: project.licenses,
    newer:
      target.version !== null && target.version !== project.newest
        ? { linked: target.version, newest: project.newest, url: `https://physionet.org/content/${target.slug}/${project.newest}/` }
        : null,
    archived: null,
  };
  return { kind: 'ok', status: 200, via: 'physionet-api', record };
}
