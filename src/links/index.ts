/**
 * The link checker. Its parts, in the order they run:
 *
 *   collect   (collect.ts)   dedupe the URLs as written; settle relative, mailto:, excluded, invalid
 *   cache     (cache.ts)     take fresh successes from `.medlintcache`
 *   admit     (admission.ts) `concurrency` pages under way (p-limit), each when its host has room
 *   route                    DOI links → doi.ts (handle API); github.com with a token → github.ts
 *                            (REST API); everything else → page.ts
 *   page      (page.ts)      HEAD, GET when HEAD is refused, redirects by hand, retries (retry.ts),
 *                            each attempt under the scheduler (scheduler.ts: global + per-host
 *                            limits) through client.ts (undici; agent.ts + dns.ts resolve once and
 *                            refuse private addresses; policy.ts)
 *   status    (status.ts)    answer or failure → LinkOutcome (outcome.ts); fragments (fragment.ts)
 *   cache     (cache.ts)     write the successes back, atomically
 *
 * `describe.ts` turns an outcome into a report for a rule of `rules.ts`; the pipeline calls it for
 * every place that cites the URL, in source order.
 */
import type { CacheEntry } from './cache.js';
import { readCache, writeCache } from './cache.js';
import { createAdmission } from './admission.js';
import { createAgent } from './agent.js';
import { collect, type PageInput, type PageTask } from './collect.js';
import { checkDoi, doiOf } from './doi.js';
import { isCheckableFragment } from './fragment.js';
import { checkGithub, githubTargetOf } from './github.js';
import { isSuccess, type LinkOutcome } from './outcome.js';
import { checkPage, type CheckContext, type PageResult } from './page.js';
import { classifyAddress } from './policy.js';
import { createScheduler } from './scheduler.js';
import { fragmentOutcome, pageOutcome } from './status.js';
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
} from './outcome.js';
export { describeOutcome, type LinkReport } from './describe.js';
export { linkRules } from './rules.js';
export { resolveLinkOptions, DEFAULT_USER_AGENT, DEFAULT_CACHE_FILE, LINK_DEFAULTS } from './options.js';
export { CACHE_VERSION, type CacheFile, type CacheEntry } from './cache.js';

/**
 * Checks every URL and returns exactly one outcome for every distinct input string, in order of
 * first appearance. Each page (URL without fragment) is fetched once; fragments are looked for in
 * that page. Never throws for a bad URL or a network fault: those are outcomes.
 */
export async function checkLinks(urls: readonly string[], options: LinkCheckOptions): Promise<Map<string, LinkOutcome>> {
  const plan = collect(urls, options.exclude);
  const outcomes = new Map<string, LinkOutcome>(plan.settled);
  const total = plan.order.length;
  let done = 0;
  const progress = (count: number): void => {
    if (count === 0) return;
    done += count;
    options.onProgress?.(done, total);
  };
  progress(outcomes.size);

  const tasks = await takeFromCache(plan.pages, outcomes, options, progress);
  const fresh = new Map<string, CacheEntry>();
  const admission = createAdmission(options.concurrency);
  const agent = createAgent({
    timeoutMs: options.timeoutMs,
    connectionsPerOrigin: Math.max(options.perHost, ...Object.values(options.perHostByHost)),
    allowPrivate: options.allowPrivate,
    ...(options.lookup ? { lookup: options.lookup } : {}),
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
    wait: admission.wait,
  };

  try {
    // Admission control: `concurrency` pages under way, each only when its host has room; the
    // rest of the list waits as plain data.
    await admission.runAll(tasks, (task) => task.url.host, ctx.scheduler, async (task) => {
      const settled = await settleTask(ctx, task, options);
      const checkedAt = options.cache ? new Date().toISOString() : '';
      for (const [input, outcome] of settled) {
        outcomes.set(input.input, outcome);
        if (options.cache && isSuccess(outcome)) fresh.set(input.url.href, { checkedAt, outcome });
      }
      progress(task.inputs.length);
    });
  } finally {
    await agent.destroy();
  }

  if (options.cache) {
    // The cache is an optimisation: failing to write it must not fail the check.
    await writeCache(options.cache.path, fresh, options.cache.maxAgeMs).catch(() => undefined);
  }
  return new Map(plan.order.map((input) => [input, outcomes.get(input) ?? internalError()]));
}

/** Settles the inputs with a fresh cached success; returns the pages still to request. */
async function takeFromCache(
  pages: ReadonlyMap<string, PageTask>,
  outcomes: Map<string, LinkOutcome>,
  options: LinkCheckOptions,
  progress: (count: number) => void,
): Promise<PageTask[]> {
  if (!options.cache) return [...pages.values()];
  const cached = await readCache(options.cache.path, options.cache.maxAgeMs);
  const remaining: PageTask[] = [];
  let hits = 0;
  for (const task of pages.values()) {
    const inputs = task.inputs.filter((input) => {
      const entry = cached.get(input.url.href);
      if (!entry) return true;
      outcomes.set(input.input, entry.outcome);
      hits++;
      return false;
    });
    if (inputs.length > 0) remaining.push({ ...task, inputs });
  }
  progress(hits);
  return remaining;
}

function internalError(): LinkOutcome {
  return { kind: 'unreachable', reason: 'network', attempts: 0, code: 'EMEDLINT_INTERNAL' };
}

/** One page: routed to the DOI API, the GitHub API or HTTP; then one outcome per input. */
async function settleTask(ctx: CheckContext, task: PageTask, options: LinkCheckOptions): Promise<Array<[PageInput, LinkOutcome]>> {
  let page: LinkOutcome;
  let result: PageResult | null = null;
  const fragments = [
    ...new Set(
      task.inputs.flatMap((input) =>
        input.fragment !== null && isCheckableFragment(input.fragment, task.url) ? [input.fragment] : [],
      ),
    ),
  ];
  try {
    const doi = doiOf(task.url);
    const github = options.githubToken ? githubTargetOf(task.url) : null;
    if (doi !== null) {
      page = await checkDoi(ctx, doi, options.doiApiUrl);
    } else if (github !== null && options.githubToken) {
      page = await checkGithub(ctx, github, { token: options.githubToken, apiUrl: options.githubApiUrl });
    } else {
      result = await checkPage(ctx, task.url, fragments);
      page = pageOutcome(result, ctx.accept, task.url.href);
    }
  } catch {
    // A bug must not sink the whole run: the URL gets an outcome that says something broke.
    page = internalError();
  }
  return task.inputs.map((input): [PageInput, LinkOutcome] => {
    if (input.fragment === null) return [input, page];
    const checkable = fragments.includes(input.fragment);
    return [input, fragmentOutcome(page, checkable ? result : null, input.fragment, input.url.hash)];
  });
}
