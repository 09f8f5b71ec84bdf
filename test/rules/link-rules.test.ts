import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeOutcome, linkRules, type LinkOutcome } from '../../src/links/index.js';

const URL_ = 'https://example.org/data';
const hop = { url: URL_, status: 301, location: 'https://example.org/new' };

/** One outcome of every kind and reason, with the report it must give. */
const cases: Array<[LinkOutcome, string | null, string | null]> = [
  [{ kind: 'ok', status: 200, via: 'http' }, null, null],
  [{ kind: 'ok', status: 200, via: 'http', fragment: 'not-checked', chain: [{ ...hop, status: 302 }] }, null, null],
  [{ kind: 'redirect', status: 200, to: hop.location, chain: [hop], via: 'http' }, 'link-redirect', 'permanent'],
  [{ kind: 'dead', reason: 'not-found', status: 404 }, 'link-dead', 'notFound'],
  [{ kind: 'dead', reason: 'gone', status: 410 }, 'link-dead', 'notFound'],
  [{ kind: 'dead', reason: 'not-found', status: 404, chain: [hop] }, 'link-dead', 'redirectToDead'],
  [{ kind: 'dead', reason: 'dns-not-found', code: 'ENOTFOUND' }, 'link-dead', 'dnsNotFound'],
  [{ kind: 'dead', reason: 'connection-refused', code: 'ECONNREFUSED' }, 'link-dead', 'connectionRefused'],
  [{ kind: 'dead', reason: 'redirect-loop', chain: [hop, { url: hop.location, status: 302, location: URL_ }] }, 'link-dead', 'redirectLoop'],
  [{ kind: 'dead', reason: 'too-many-redirects', chain: Array(11).fill(hop) }, 'link-dead', 'tooManyRedirects'],
  [{ kind: 'dead', reason: 'doi-not-found', status: 404 }, 'link-dead', 'doiNotFound'],
  [{ kind: 'dead', reason: 'github-not-found', status: 404 }, 'link-dead', 'githubNotFound'],
  [{ kind: 'unverified', reason: 'blocked', status: 403 }, 'link-unverified', 'blocked'],
  [{ kind: 'unverified', reason: 'challenge', status: 403 }, 'link-unverified', 'challenge'],
  [{ kind: 'unverified', reason: 'login-wall', status: 200, chain: [hop] }, 'link-unverified', 'loginWall'],
  [{ kind: 'unverified', reason: 'rate-limited', status: 429, attempts: 3 }, 'link-unverified', 'rateLimited'],
  [{ kind: 'unverified', reason: 'unexpected-status', status: 400 }, 'link-unverified', 'unexpectedStatus'],
  [{ kind: 'unverified', reason: 'unsupported-redirect', chain: [{ ...hop, location: 'ftp://x/' }] }, 'link-unverified', 'unsupportedRedirect'],
  [{ kind: 'unreachable', reason: 'timeout', attempts: 2, code: 'ETIMEDOUT' }, 'link-unreachable', 'timeout'],
  [{ kind: 'unreachable', reason: 'reset', attempts: 3, code: 'ECONNRESET' }, 'link-unreachable', 'reset'],
  [{ kind: 'unreachable', reason: 'server-error', attempts: 3, status: 503 }, 'link-unreachable', 'serverError'],
  [{ kind: 'unreachable', reason: 'invalid-response', attempts: 1, code: 'HPE_INVALID_CONSTANT' }, 'link-unreachable', 'invalidResponse'],
  [{ kind: 'unreachable', reason: 'tls', attempts: 1, code: 'CERT_HAS_EXPIRED' }, 'link-unreachable', 'tls'],
  [{ kind: 'unreachable', reason: 'dns-temporary', attempts: 1, code: 'EAI_AGAIN' }, 'link-unreachable', 'dnsTemporary'],
  [{ kind: 'unreachable', reason: 'network', attempts: 1, code: 'EHOSTUNREACH' }, 'link-unreachable', 'network'],
  [{ kind: 'fragment-missing', fragment: 'methods', status: 200 }, 'link-fragment', 'missing'],
  [{ kind: 'skipped', reason: 'private-address', address: '10.0.0.1', range: 'private' }, 'link-skipped', 'privateAddress'],
  [{ kind: 'skipped', reason: 'invalid-url' }, 'link-skipped', 'invalidUrl'],
  [{ kind: 'skipped', reason: 'unsupported-scheme', scheme: 'mailto' }, null, null],
  [{ kind: 'skipped', reason: 'relative' }, null, null],
  [{ kind: 'skipped', reason: 'excluded' }, null, null],
];

function render(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in data)) throw new Error(`no data for {{${key}}}`);
    return String(data[key]);
  });
}

describe('describeOutcome', () => {
  it.each(cases)('reports %j under %s / %s', (outcome, ruleId, messageId) => {
    const report = describeOutcome(outcome, URL_);
    if (ruleId === null) {
      expect(report).toBeNull();
      return;
    }
    expect(report).toMatchObject({ ruleId, messageId });
    const rule = linkRules.find((r) => r.id === ruleId);
    const template = rule?.messages[messageId ?? ''];
    expect(template, `${ruleId}/${messageId} has a message`).toBeDefined();
    const message = render(template!, report!.data);
    expect(message).toMatch(/^Unexpected .*, expected /);
    expect(message).toContain(`\`${URL_}\``);
  });

  it('names the new URL as the expected value of a redirect and lists the chain in the note', () => {
    const report = describeOutcome({ kind: 'redirect', status: 200, to: hop.location, chain: [hop], via: 'http' }, URL_);
    expect(report?.expected).toBe(hop.location);
    expect(report?.note).toBe(`Redirects: 301 ${URL_} → ${hop.location}`);
    expect(render(linkRules[1]!.messages.permanent!, report!.data)).toBe(
      `Unexpected permanent redirect (\`301\`) from \`${URL_}\`, expected the new URL \`${hop.location}\``,
    );
  });

  it('uses every message of every link rule', () => {
    const used = new Set(cases.flatMap(([, ruleId, messageId]) => (ruleId ? [`${ruleId}/${messageId}`] : [])));
    const declared = linkRules.flatMap((rule) => Object.keys(rule.messages).map((id) => `${rule.id}/${id}`));
    expect(declared.filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('linkRules', () => {
  it('declares one rule per outcome, in the links category, with the documented levels', () => {
    expect(linkRules.map((rule) => [rule.id, rule.recommended])).toEqual([
      ['link-dead', 'error'],
      ['link-redirect', 'warn'],
      ['link-unverified', 'warn'],
      ['link-unreachable', 'warn'],
      ['link-fragment', 'warn'],
      ['link-skipped', 'warn'],
    ]);
    for (const rule of linkRules) expect(rule.category).toBe('links');
  });

  it.each(linkRules.map((rule) => rule.id))('has a docs page for %s in the shared voice', (id) => {
    const path = new URL(`../../docs/rules/${id}.md`, import.meta.url);
    expect(existsSync(path)).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith(`# ${id}`)).toBe(true);
    for (const part of ['This rule is triggered when', 'To fix', 'Rationale:', '## Options', '`links`']) {
      expect(text, `${id}.md: ${part}`).toContain(part);
    }
  });
});
