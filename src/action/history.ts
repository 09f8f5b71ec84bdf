/**
 * Failure history per URL, kept between scheduled runs inside the report issue's body as a
 * hidden HTML comment with JSON, so the Action needs no storage of its own:
 *
 *   <!-- medlint-history {"version":1,"urls":[{"url":"…","since":"2025-01-31","runs":2}]} -->
 *
 * The body can be edited by any maintainer, so reading validates every field and drops what
 * does not fit, and writing escapes `-`, `<` and `>` inside the JSON (`\u002d`, …) so no URL
 * can ever close the comment (`-->`) or open another.
 */

/** One URL's current streak of failing runs. */
export interface UrlHistory {
  /** Date (`YYYY-MM-DD`, UTC) of the first failing run of the streak. */
  since: string;
  /** Failing runs in a row, this one included. */
  runs: number;
}

/** URL (as written in the list) → its streak. */
export type LinkHistory = Map<string, UrlHistory>;

export interface ReadHistoryResult {
  history: LinkHistory;
  /** Why some or all of the stored history was ignored, for the log. */
  problem: string | undefined;
}

const OPEN = '<!-- medlint-history';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Longest URL kept (browsers and servers stop around 8 KB; lists never need more). */
const MAX_URL_LENGTH = 4096;
const MAX_RUNS = 100_000;

/** `YYYY-MM-DD` of a date, in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Reads the history out of an issue body; an absent comment is an empty history, not a problem. */
export function readHistory(body: string): ReadHistoryResult {
  const history: LinkHistory = new Map();
  // indexOf, not a lazy regex: from every unclosed opening a regex would scan to the end of the body.
  const start = body.indexOf(OPEN);
  const end = start === -1 ? -1 : body.indexOf('-->', start + OPEN.length);
  if (end === -1) {
    return { history, problem: start !== -1 ? 'The history comment in the report issue is not closed; starting a new history.' : undefined };
  }
  let data: unknown;
  try {
    data = JSON.parse(body.slice(start + OPEN.length, end));
  } catch {
    return { history, problem: 'The history in the report issue is not valid JSON (edited by hand?); starting a new history.' };
  }
  if (typeof data !== 'object' || data === null || !('version' in data) || data.version !== 1 || !('urls' in data) || !Array.isArray(data.urls)) {
    return { history, problem: 'The history in the report issue is not a medlint history (version 1); starting a new history.' };
  }
  let dropped = 0;
  for (const item of data.urls as unknown[]) {
    if (
      typeof item === 'object' &&
      item !== null &&
      'url' in item &&
      'since' in item &&
      'runs' in item &&
      typeof item.url === 'string' &&
      item.url !== '' &&
      item.url.length <= MAX_URL_LENGTH &&
      typeof item.since === 'string' &&
      DATE.test(item.since) &&
      !Number.isNaN(Date.parse(item.since)) &&
      typeof item.runs === 'number' &&
      Number.isInteger(item.runs) &&
      item.runs >= 1 &&
      item.runs <= MAX_RUNS
    ) {
      history.set(item.url, { since: item.since, runs: item.runs });
    } else {
      dropped += 1;
    }
  }
  return {
    history,
    problem: dropped > 0 ? `Ignored ${dropped} invalid ${dropped === 1 ? 'item' : 'items'} in the report issue's history.` : undefined,
  };
}

/**
 * JSON text that is safe inside an HTML comment. Every `-`, `<` and `>` the JSON holds is inside
 * a string (keys are fixed, numbers are positive), where `\u002d` means the same to a parser.
 */
function commentSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/-/g, '\\u002d').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/** The hidden comment holding `history`, URLs in code-unit order so the text is stable. */
export function writeHistory(history: LinkHistory): string {
  const urls = [...history.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([url, item]) => ({ url, since: item.since, runs: item.runs }));
  return `${OPEN} ${commentSafeJson({ version: 1, urls })} -->`;
}

/** What one run found for each URL it checked. */
export interface RunOutcome {
  /** URLs that failed (dead, unreachable, missing anchor). */
  failing: ReadonlySet<string>;
  /** URLs the run could not judge (blocked, rate-limited): their streak is kept as it was. */
  unknown: ReadonlySet<string>;
}

/**
 * The next history: a failing URL extends its streak (or starts one today), an unknown URL
 * keeps its streak unchanged, every other URL (healthy, or gone from the list) is forgotten.
 */
export function advanceHistory(previous: LinkHistory, outcome: RunOutcome, today: string): LinkHistory {
  const next: LinkHistory = new Map();
  for (const url of outcome.failing) {
    const before = previous.get(url);
    next.set(url, { since: before?.since ?? today, runs: Math.min(MAX_RUNS, (before?.runs ?? 0) + 1) });
  }
  for (const url of outcome.unknown) {
    const before = previous.get(url);
    if (before !== undefined && !next.has(url)) next.set(url, before);
  }
  return next;
}

/**
 * Keeps the longest streaks until the comment fits in `maxLength` characters (an issue body
 * holds at most 65,536). Returns the history that was kept and how many URLs were dropped.
 */
export function trimHistory(history: LinkHistory, maxLength: number): { history: LinkHistory; dropped: number } {
  if (writeHistory(history).length <= maxLength) return { history, dropped: 0 };
  const ranked = [...history.entries()].sort(
    ([urlA, a], [urlB, b]) => b.runs - a.runs || (urlA < urlB ? -1 : urlA > urlB ? 1 : 0),
  );
  // Binary search for the largest prefix that fits.
  let low = 0;
  let high = ranked.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (writeHistory(new Map(ranked.slice(0, middle))).length <= maxLength) low = middle;
    else high = middle - 1;
  }
  return { history: new Map(ranked.slice(0, low)), dropped: ranked.length - low };
}
