import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LinkOutcome } from '../../src/results/link-outcome.js';
import { describeOutcome, linkRules } from '../../src/rules/link-rules.js';

const URL_ = 'https://example.org/data';
const hop = { url: URL_, status: 301, location: 'https://example.org/new' };

/** One outcome of every kind, with the rule and message it goes to (each rule's own test has every reason). */
const cases: Array<[LinkOutcome, string | null, string | null]> = [
  [{ kind: 'ok', status: 200, via: 'http' }, null, null],
  [{ kind: 'ok', status: 200, via: 'http', fragment: 'not-checked', chain: [{ ...hop, status: 302 }] }, null, null],
  [{ kind: 'redirect', status: 200, to: hop.location, chain: [hop], via: 'http' }, 'link-redirect', 'permanent'],
  [{ kind: 'dead', reason: 'not-found', status: 404 }, 'link-dead', 'notFound'],
  [{ kind: 'unverified', reason: 'blocked', status: 403 }, 'link-unverified', 'blocked'],
  [{ kind: 'unreachable', reason: 'timeout', attempts: 2, code: 'ETIMEDOUT' }, 'link-unreachable', 'timeout'],
  [{ kind: 'fragment-missing', fragment: 'methods', status: 200 }, 'link-fragment', 'missing'],
  [{ kind: 'skipped', reason: 'invalid-url' }, 'link-skipped', 'invalidUrl'],
  [{ kind: 'skipped', reason: 'unsupported-scheme', scheme: 'mailto' }, null, null],
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
