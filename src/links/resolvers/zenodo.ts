/**
 * Zenodo records through its API: `GET {base}/api/records/{id}` gives `metadata.access_right`
 * (open, embargoed, restricted, closed), `metadata.license` and the version relations
 * (`metadata.relations.version[0].is_last`). For a record that is not the newest, its absolute
 * `links.latest` (on the API's own origin only) answers with a redirect to the newest record,
 * which is read from the `Location` without following it; the older serializer's `links.latest`
 * names the newest record itself (`…/api/records/456`), read without a request. One request per record, plus one for
 * `latest` when the record is not the newest. A removed record (410) is dead.
 */
import type { AccessLevel, RegistryRecord } from '../../results/registry-record.js';
import type { LinkOutcome } from '../../results/link-outcome.js';
import type { CheckContext } from '../http/index.js';
import { responseOutcome } from '../outcome/index.js';
import { apiUrlUnder } from './api-path.js';
import { fromOwnOrigin, getFromApi, notFound, objectOf, parseJson, remember, unexpectedAnswer, type RecordMemo } from './registry-api.js';
import type { RegistryTarget } from './registry-id.js';

const ACCESS: Record<string, AccessLevel> = { open: 'open', embargoed: 'restricted', restricted: 'restricted', closed: 'restricted' };

type Answer =
  | { type: 'outcome'; outcome: LinkOutcome }
  | { type: 'record'; access: RegistryRecord['access']; licenses: string[]; version: string; newestId: string | null };

/** `cc-by-4.0`, `{ "id": "cc-by-4.0" }` (the legacy serializer) or `{ "id": …, "title": … }`. */
function licenceOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()];
  const fields = objectOf(value);
  const id = fields?.['id'] ?? fields?.['title'];
  return typeof id === 'string' && id.trim() !== '' ? [id.trim()] : [];
}

/** The record id at the end of a record URL (`…/api/records/456`, `…/records/456`). */
function recordIdIn(url: URL): string | null {
  return /\/records?\/(\d{1,12})\/?$/.exec(url.pathname)?.[1] ?? null;
}

async function askRecord(ctx: CheckContext, base: URL, id: string, memo: RecordMemo): Promise<Answer> {
  const api = apiUrlUnder(base, ['api', 'records', id]);
  if (api === null) return { type: 'outcome', outcome: { kind: 'skipped', reason: 'invalid-url' } };
  const answer = await getFromApi(ctx, api, { base });
  if (answer.type === 'failed') return { type: 'outcome', outcome: answer.outcome };
  if (answer.type === 'redirect') return { type: 'outcome', outcome: unexpectedAnswer('zenodo', answer.status) };
  if (answer.status === 404 || answer.status === 410) return { type: 'outcome', outcome: notFound('zenodo', answer.status) };
  if (answer.status !== 200) {
    return { type: 'outcome', outcome: responseOutcome(answer.status, answer.headers, { accept: ctx.accept, chain: [], attempts: answer.attempts, via: 'zenodo-api', start: api.href }) };
  }
  const fields = fromOwnOrigin(answer, base) ? objectOf(parseJson(answer.text)) : null;
  const metadata = objectOf(fields?.['metadata']);
  const accessRight = metadata?.['access_right'];
  if (fields === null || metadata === null || typeof accessRight !== 'string') return { type: 'outcome', outcome: unexpectedAnswer('zenodo', answer.status) };
  const level = ACCESS[accessRight.toLowerCase()];
  const access = level === undefined ? null : { level, terms: `access right ${accessRight}` };
  const licenses = licenceOf(metadata['license']);
  // A link to the concept (all versions) is answered with the newest record after a redirect.
  const conceptLink = answer.chain.length > 0;
  const relation = objectOf((objectOf(metadata['relations'])?.['version'] as unknown[] | undefined)?.[0]);
  const version = typeof metadata['version'] === 'string' ? metadata['version'] : id;
  if (conceptLink || relation === null || relation['is_last'] !== false) return { type: 'record', access, licenses, version, newestId: null };
  const latest = typeof objectOf(fields['links'])?.['latest'] === 'string' ? (objectOf(fields['links'])?.['latest'] as string) : null;
  let latestUrl: URL | null = null;
  try {
    latestUrl = latest === null ? null : new URL(latest);
  } catch {
    latestUrl = null;
  }
  // `latest` is followed only on the API's own origin: an answer must not steer medlint elsewhere.
  if (latestUrl === null || latestUrl.origin !== base.origin) return { type: 'record', access, licenses, version, newestId: null };
  // The older serializer names the newest record itself (`…/api/records/456`): no request needed.
  const named = recordIdIn(latestUrl);
  if (named !== null) return { type: 'record', access, licenses, version, newestId: named === id ? null : named };
  const newestId = await remember(memo, `zenodo-latest:${latestUrl.href}`, async () => {
    const newest = await getFromApi(ctx, latestUrl, { base, follow: false });
    if (newest.type === 'redirect') return recordIdIn(newest.location);
    if (newest.type === 'answer' && newest.status === 200) {
      const newestFields = objectOf(parseJson(newest.text));
      const newestRecord = newestFields?.['id'];
      return typeof newestRecord === 'number' || typeof newestRecord === 'string' ? String(newestRecord) : null;
    }
    return null;
  });
  return { type: 'record', access, licenses, version, newestId: newestId === id ? null : newestId };
}

/** The record a Zenodo link (or `10.5281/zenodo.` DOI) names, or the outcome that says why there is none. */
export async function checkZenodo(ctx: CheckContext, target: Extract<RegistryTarget, { registry: 'zenodo' }>, apiUrl: string, memo: RecordMemo): Promise<LinkOutcome> {
  let base: URL;
  try {
    base = new URL(apiUrl);
  } catch {
    return { kind: 'skipped', reason: 'invalid-url' };
  }
  const answer = await remember(memo, `zenodo:${target.id}`, () => askRecord(ctx, base, target.id, memo));
  if (answer.type === 'outcome') return answer.outcome;
  const urlOf = (id: string): string => (target.doi ? `https://doi.org/10.5281/zenodo.${id}` : `https://zenodo.org/records/${id}`);
  const record: RegistryRecord = {
    registry: 'zenodo',
    url: `https://zenodo.org/records/${target.id}`,
    access: answer.access,
    licenses: answer.licenses,
    newer: answer.newestId === null ? null : { linked: answer.version, newest: `record ${answer.newestId}`, url: urlOf(answer.newestId) },
    archived: null,
  };
  return { kind: 'ok', status: 200, via: 'zenodo-api', record };
}
