import { describe, expect, it } from 'vitest';
import { advanceHistory, readHistory, trimHistory, writeHistory, type LinkHistory } from '../../src/action/history.js';

const history = (items: Array<[string, string, number]>): LinkHistory => new Map(items.map(([url, since, runs]) => [url, { since, runs }]));

describe('history comment', () => {
  it('round-trips through an issue body', () => {
    const before = history([
      ['https://b.org/x-y', '2025-01-02', 3],
      ['https://a.org/', '2025-01-01', 1],
    ]);
    const body = `Report text\n\n${writeHistory(before)}\n`;
    expect(readHistory(body)).toEqual({ history: before, problem: undefined });
  });

  it('writes URLs in a stable order with every - < > escaped, so no URL can close the comment', () => {
    const text = writeHistory(history([['https://evil.org/--><script>alert(1)</script><!--', '2025-01-01', 2]]));
    expect(text.startsWith('<!-- medlint-history {')).toBe(true);
    expect(text.endsWith('} -->')).toBe(true);
    const inner = text.slice('<!-- medlint-history'.length, -'-->'.length);
    expect(inner).not.toMatch(/[-<>]/);
    expect(readHistory(text).history.get('https://evil.org/--><script>alert(1)</script><!--')).toEqual({ since: '2025-01-01', runs: 2 });
  });

  it('is empty without a problem when the body has no history', () => {
    expect(readHistory('A body a maintainer wrote')).toEqual({ history: new Map(), problem: undefined });
  });

  it.each([
    ['<!-- medlint-history {not json} -->', 'The history in the report issue is not valid JSON (edited by hand?); starting a new history.'],
    ['<!-- medlint-history {"version":2,"urls":[]} -->', 'The history in the report issue is not a medlint history (version 1); starting a new history.'],
    ['<!-- medlint-history [1,2] -->', 'The history in the report issue is not a medlint history (version 1); starting a new history.'],
    ['<!-- medlint-history {"version":1,"urls":[]}', 'The history comment in the report issue is not closed; starting a new history.'],
  ])('starts over when a maintainer broke it: %j', (body, problem) => {
    expect(readHistory(body)).toEqual({ history: new Map(), problem });
  });

  it('drops items that do not fit the schema and keeps the rest', () => {
    const urls = [
      { url: 'https://ok.org', since: '2025-01-01', runs: 2 },
      { url: 'https://bad-runs.org', since: '2025-01-01', runs: -1 },
      { url: 'https://bad-date.org', since: 'yesterday', runs: 1 },
      { url: 42, since: '2025-01-01', runs: 1 },
      { url: 'https://fraction.org', since: '2025-01-01', runs: 1.5 },
      { url: '__proto__', since: '2025-01-01', runs: 1 },
      null,
    ];
    const result = readHistory(`<!-- medlint-history ${JSON.stringify({ version: 1, urls })} -->`);
    expect([...result.history.keys()]).toEqual(['https://ok.org', '__proto__']);
    expect(result.problem).toBe("Ignored 5 invalid items in the report issue's history.");
  });
});

describe('advanceHistory', () => {
  const previous = history([
    ['https://still-failing.org', '2025-01-01', 2],
    ['https://recovered.org', '2025-01-01', 5],
    ['https://blocked-now.org', '2025-01-03', 1],
  ]);
  const next = advanceHistory(
    previous,
    {
      failing: new Set(['https://still-failing.org', 'https://new-failure.org']),
      unknown: new Set(['https://blocked-now.org', 'https://never-failed.org']),
    },
    '2025-01-05',
  );

  it('extends a streak and keeps its start date', () => {
    expect(next.get('https://still-failing.org')).toEqual({ since: '2025-01-01', runs: 3 });
  });

  it('starts a streak today for a new failure', () => {
    expect(next.get('https://new-failure.org')).toEqual({ since: '2025-01-05', runs: 1 });
  });

  it('keeps the streak of a URL it could not judge this time, unchanged', () => {
    expect(next.get('https://blocked-now.org')).toEqual({ since: '2025-01-03', runs: 1 });
    expect(next.has('https://never-failed.org')).toBe(false);
  });

  it('forgets a URL that works again', () => {
    expect(next.has('https://recovered.org')).toBe(false);
  });
});

describe('trimHistory', () => {
  it('keeps the longest streaks that fit', () => {
    const full = history(Array.from({ length: 100 }, (_, index) => [`https://example.org/${index}`, '2025-01-01', index + 1] as [string, string, number]));
    const { history: kept, dropped } = trimHistory(full, 2000);
    expect(writeHistory(kept).length).toBeLessThanOrEqual(2000);
    expect(dropped).toBe(100 - kept.size);
    expect(Math.min(...[...kept.values()].map((item) => item.runs))).toBe(100 - kept.size + 1);
  });

  it('keeps everything when it fits', () => {
    const small = history([['https://a.org', '2025-01-01', 1]]);
    expect(trimHistory(small, 10_000)).toEqual({ history: small, dropped: 0 });
  });
});
