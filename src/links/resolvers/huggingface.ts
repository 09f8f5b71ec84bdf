/**
 * Hugging Face datasets through the Hub's API: `GET {base}/api/datasets/{id}` gives `gated`
 * (false, `"auto"`, `"manual"`), `private`, `disabled` and the card's licence
 * (`cardData.license`, a string or a list). Without a token the Hub answers 401 for a dataset
 * that is missing or private: unverified, not dead. `HF_TOKEN` goes to the API's origin only and
 * never across a redirect.
 */
import type { AccessLevel, RegistryRecord } from '../../results/registry-record.js';
import type { LinkOutcome } from '../../results/link-outcome.js';
import type { CheckContext } from '../http/index.js';
import { responseOutcome } from '../outcome/index.js';
import { apiUrlUnder } from './api-path.js';
import { fromOwnOrigin, getFromApi, notFound, objectOf, parseJson, remember, unexpectedAnswer, type RecordMemo } from './registry-api.js';
import type { RegistryTarget } from './registry-id.js';

function accessOf(fields: Record<string, unknown>): { level: AccessLevel; terms: string } | null {
  if (fields['disabled'] === true) return { level: 'restricted', terms: 'disabled on the Hub' };
  if (fields['private'] === true) return { level: 'restricted', terms: 'private on the Hub' };
  switch (fields['gated']) {
    case false:
      return { level: 'open', terms: 'not gated' };
    case 'auto':
      return { level: 'registration', terms: 'gated: access granted automatically to signed-in users who accept the conditions' };
    case 'manual':
      return { level: 'application', terms: 'gated: access approved by the authors' };
    default:
      return null;
  }
}

function licencesOf(cardData: unknown): string[] {
  const licence = objectOf(cardData)?.['license'];
  const list = Array.isArray(licence) ? licence : [licence];
  return list.filter((item): item is string => typeof item === 'string' && item.trim() !== '' && item !== 'other' && item !== 'unknown').map((item) => item.trim());
}

export interface HuggingfaceOptions {
  apiUrl: string;
  token: string | null;
}

export async function checkHuggingface(ctx: CheckContext, target: Extract<RegistryTarget, { registry: 'huggingface' }>, options: HuggingfaceOptions, memo: RecordMemo): Promise<LinkOutcome> {
  let base: URL;
  try {
    base = new URL(options.apiUrl);
  } catch {
    return { kind: 'skipped', reason: 'invalid-url' };
  }
  return remember(memo, `huggingface:${target.id}`, async (): Promise<LinkOutcome> => {
    const api = apiUrlUnder(base, ['api', 'datasets', ...target.id.split('/')]);
    if (api === null) return { kind: 'skipped', reason: 'invalid-url' };
    const answer = await getFromApi(ctx, api, { base, token: options.token });
    if (answer.type === 'failed') return answer.outcome;
    if (answer.type === 'redirect') return unexpectedAnswer('huggingface', answer.status);
    if (answer.status === 404 || answer.status === 410) return notFound('huggingface', answer.status);
    if (answer.status !== 200) {
      return responseOutcome(answer.status, answer.headers, { accept: ctx.accept, chain: [], attempts: answer.attempts, via: 'huggingface-api', start: api.href });
    }
    const fields = fromOwnOrigin(answer, base) ? objectOf(parseJson(answer.text)) : null;
    const access = fields === null ? null : accessOf(fields);
    if (fields === null || access === null) return unexpectedAnswer('huggingface', answer.status);
    const record: RegistryRecord = {
      registry: 'huggingface',
      url: `https://huggingface.co/datasets/${target.id}`,
      access,
      licenses: licencesOf(fields['cardData']),
      newer: null,
      archived: null,
    };
    return { kind: 'ok', status: 200, via: 'huggingface-api', record };
  });
}
