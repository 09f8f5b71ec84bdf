/**
 * The link checker: one outcome per URL, each page requested once. A URL passes through the
 * stages in this order, each a folder whose index.ts maps its parts:
 *
 *   collect/    dedupe the URLs as written into page tasks; settle relative, mailto:, excluded
 *               and invalid URLs without a request
 *   cache/      take fresh successes from `.medlintcache`
 *   schedule/   admit `concurrency` pages, each when its host has room; every attempt under a
 *               global and a per-host limit; retries and backoff
 *   resolvers/  DOI and GitHub links → their registry's API; any other URL → http/
 *   http/       one page: HEAD or GET, redirects by hand, the body read for fragments, through
 *               policy/ (schemes, exclusions, private addresses, one pinned DNS lookup per host)
 *   outcome/    the answer or failure → a `LinkOutcome` (src/results/link-outcome.ts), then each
 *               URL's fragment verdict
 *   cache/      write the new successes back, atomically
 *
 * At the top: this file (the flow), `types.ts` (the options' shape) and `options.ts` (defaults).
 * The link rules (src/rules/link-*.ts) turn outcomes into reports; the pipeline calls them for
 * every place that cites the URL, in source order.
 */
import { readCache, writeCache, type CacheEntry } from './cache/index.js';
import { Collector, type PageInput, type PageTask } from './collect/index.js';
import { checkPage, createAgent, isCheckableFragment, type CheckContext, type PageResult } from './http/index.js';
import { fragmentOutcome, pageOutcome } from './outcome/index.js';
import { classifyAddress } from './policy/index.js';
import { admissionKeyOf, createRecordMemo, resolverFor, type RecordMemo } from './resolvers/index.js';
import { createAdmission, createScheduler } from './schedule/index.js';
import { isSuccess, type LinkOutcome } from '../results/link-outcome.js';
import { LINK_DEFAULTS } from './options.js';
import type { LinkCheckOptions } from './types.js';

export type { LinkCheckOptions, LookupAll } from './types.js';
export type {
  LinkOutcome,
  LinkOutcomeKind,
  RedirectHop,
  DeadReason,
  UnverifiedReason,
  UnreachableReason,
  SkippedReason,
  AddressRange,
  CheckedVia,
} from '../results/link-outcome.js';
export { candidateUrls } from './collect/index.js';
export { isRegistryLink } from './resolvers/index.js';
export { resolveLinkOptions, DEFAULT_USER_AGENT, DEFAULT_CACHE_FILE, LINK_DEFAULTS } from './options.js';
export { CACHE_VERSION, type CacheFile, type CacheEntry } from './cache/index.js';

/**
 * Checks every URL and returns exactly one outcome for every distinct input string, in order of
 * first appearance. Each page (URL without fragment) is fetched once; fragments are looked for in
 * that page. Never throws for a bad URL or a network fault: those are outcomes.
 */
export async function checkLinks(urls: readonly string[], options: LinkCheckOptions): Promise<Map<string, LinkOutcome>> {
  const checker = createLinkChecker(options);
  checker.add(urls);
  return checker.finish();
}

export interface LinkChecker {
  /** Queues URLs (repeats welcome); their requests start at once. */
  add(urls: readonly string[]): void;
  /**
   * Waits for every URL added, or, given `needed`, for those only: the requests of the other
   * URLs (guesses added early, see collect/candidates.ts) are then given up. One outcome per distinct
   * input (of `needed`, when given), in order of first appearance.
   */
  finish(needed?: readonly string[]): Promise<Map<string, LinkOutcome>>;
  /** Gives up (the run failed elsewhere): nothing more starts, connections close. */
  abort(): Promise<void>;
}

/**
 * A checker that takes URLs while it runs: the pipeline adds a quick guess of a list's URLs
 * before parsing it, then asks `finish` for the URLs the parsed tree cites.
 */
export function createLinkChecker(options: LinkCheckOptions): LinkChecker {
  const collector = new Collector(options.exclude);
  const outcomes = new Map<string, LinkOutcome>();
  let total = 0;
  let done = 0;
  const progress = (count: number): void => {
    if (count === 0) return;
    done += count;
    options.onProgress?.(done, total);
  };
  const fresh = new Map<string, CacheEntry>();
  const admission = createAdmission(options.concurrency);
  const agent = createAgent({
    timeoutMs: options.timeoutMs,
    connectionsPerOrigin: Object.values(options.perHostByHost).reduce((most, perHost) => Math.max(most, perHost), options.perHost),
    allowPrivate: options.allowPrivate,
    ...(options.lookup ? { lookup: options.lookup } : {}),
    ...(options.trustedCa ? { ca: options.trustedCa } : {}),
    ...(options.privateRange ? { privateRange: options.privateRange } : {}),
  });
  const ctx: CheckContext = {
    client: {
      dispatcher: agent,
      allowPrivate: options.allowPrivate,
      privateRange: options.privateRange ?? classifyAddress,
      timeoutMs: options.timeoutMs,
      userAgent: options.userAgent,
      headersByHost: options.headersByHost,
    },
    scheduler: createScheduler({
      concurrency: options.concurrency,
      perHost: options.perHost,
      perHostByHost: options.perHostByHost,
      wait: admission.wait,
    }),
    retry: {
      retries: options.retries,
      timeoutRetries: options.timeoutRetries,
      maxRetryAfterMs: options.maxRetryAfterMs,
      retryDelayMs: options.retryDelayMs ?? LINK_DEFAULTS.retryDelayMs,
    },
    accept: new Set(options.accept),
    maxRedirects: options.maxRedirects ?? LINK_DEFAULTS.maxRedirects,
    maxBodyBytes: options.maxBodyBytes ?? LINK_DEFAULTS.maxBodyBytes,
    noHead: new Set(),
    hostTimeouts: new Map(),
    wait: admission.wait,
  };
  /** The needed inputs still without an outcome (see `finish`), and who waits for them. */
  let pending: { inputs: Set<string>; resolve: () => void } | null = null;
  // Admission control: `concurrency` pages under way, each only when its host has room; the
  // rest of the list waits as plain data.
  const memo = createRecordMemo();
  const run = admission.open<PageTask>((task) => admissionKeyOf(task.url, options), ctx.scheduler, async (task) => {
    task.state = 'started';
    const settled = await settleTask(ctx, task, options, memo);
    const checkedAt = options.cache ? new Date().toISOString() : '';
    for (const [input, outcome] of settled) {
      outcomes.set(input.input, outcome);
      if (options.cache && isSuccess(outcome)) fresh.set(input.url.href, { checkedAt, outcome });
      pending?.inputs.delete(input.input);
    }
    if (pending?.inputs.size === 0) pending.resolve();
    progress(task.inputs.length);
  });
  // Batches wait for the cache in order, so the pages keep their order of first appearance.
  const cached = options.cache ? readCache(options.cache.path, options.cache.maxAgeMs, Date.now(), options.cache.root) : Promise.resolve(new Map<string, CacheEntry>());
  // A cache that may not be read fails the run where it is awaited, not as an unhandled rejection.
  cached.catch(() => undefined);
  let queued: Promise<void> = Promise.resolve();

  const add = (urls: readonly string[]): void => {
    const batch = collector.add(urls);
    total = collector.order.length;
    for (const [input, outcome] of batch.settled) outcomes.set(input, outcome);
    progress(batch.settled.length);
    if (batch.pages.length === 0) return;
    queued = queued.then(async () => run.push(takeFromCache(batch.pages, await cached, outcomes, progress)));
  };

  return {
    add,
    async finish(needed) {
      const wanted = needed ? new Set(needed) : null;
      if (needed) add(needed);
      try {
        await queued;
        const closed = run.close();
        if (wanted) {
          const waiting = new Set([...wanted].filter((input) => !outcomes.has(input)));
          if (waiting.size > 0) await Promise.race([closed, new Promise<void>((resolve) => (pending = { inputs: waiting, resolve }))]);
          // What is left are guesses nobody cites: stop them rather than wait for a hanging host.
          admission.abort();
          await agent.destroy();
          // A guess's failure is nobody's business; a needed input without outcome shows below.
          await closed.catch(() => undefined);
          progress(total - done);
        } else {
          await closed;
        }
      } finally {
        await agent.destroy();
      }
      if (options.cache) {
        // The cache is an optimisation: failing to write it must not fail the check.
        await writeCache(options.cache.path, fresh, options.cache.maxAgeMs, Date.now(), options.cache.root).catch(() => undefined);
      }
      const inputs = wanted ? collector.order.filter((input) => wanted.has(input)) : collector.order;
      return new Map(inputs.map((input) => [input, outcomes.get(input) ?? internalError()]));
    },
    async abort() {
      admission.abort();
      await agent.destroy();
      await run.close().catch(() => undefined);
    },
  };
}

/** Settles the inputs with a fresh cached success; returns the pages still to request. */
function takeFromCache(
  pages: readonly PageTask[],
  cached: ReadonlyMap<string, CacheEntry>,
  outcomes: Map<string, LinkOutcome>,
  progress: (count: number) => void,
): PageTask[] {
  if (cached.size === 0) return [...pages];
  const remaining: PageTask[] = [];
  let hits = 0;
  for (const task of pages) {
    task.inputs = task.inputs.filter((input) => {
      const entry = cached.get(input.url.href);
      if (!entry) return true;
      outcomes.set(input.input, entry.outcome);
      hits++;
      return false;
    });
    if (task.inputs.length > 0) remaining.push(task);
    // Settled without a request: a later input of this page needs a task of its own.
    else task.state = 'settled';
  }
  progress(hits);
  return remaining;
}

function internalError(): LinkOutcome {
  return { kind: 'unreachable', reason: 'network', attempts: 0, code: 'EMEDLINT_INTERNAL' };
}

/** One page: through the registry that claims it (resolvers/) or over HTTP; then one outcome per input, and the task settled. */
async function settleTask(ctx: CheckContext, task: PageTask, options: LinkCheckOptions, memo: RecordMemo): Promise<Array<[PageInput, LinkOutcome]>> {
  let page: LinkOutcome | null = null;
  let result: PageResult | null = null;
  const fragments = [
    ...new Set(
      task.inputs.flatMap((input) =>
        input.fragment !== null && isCheckableFragment(input.fragment, task.url) ? [input.fragment] : [],
      ),
    ),
  ];
  try {
    const resolver = resolverFor(task.url, options, memo);
    if (resolver !== null) page = await resolver(ctx);
    if (page === null) {
      result = await checkPage(ctx, task.url, fragments);
      page = pageOutcome(result, ctx.accept, task.url.href);
    }
  } catch {
    // A bug must not sink the whole run: the URL gets an outcome that says something broke.
    page = internalError();
  }
  // Read after the request: URLs without a fragment may have joined while it ran. In the same
  // step the task is marked settled, so no URL can join it once its outcomes are taken.
  const checked: LinkOutcome = page;
  const settled = task.inputs.map((input): [PageInput, LinkOutcome] => {
    if (input.fragment === null) return [input, checked];
    const checkable = fragments.includes(input.fragment);
    return [input, fragmentOutcome(checked, checkable ? result : null, input.fragment, input.url.hash)];
  });
  task.state = 'settled';
  task.page = checked;
  return settled;
}

/**
 * Whether `url` would be requested: an http(s) URL that no `exclude` pattern matches (what
 * `medlint --dump` lists). No request, no DNS look-up.
 */
export function wouldRequest(url: string, exclude: LinkCheckOptions['exclude']): boolean {
  return new Collector(exclude).add([url]).pages.length > 0;
}
