/**
 * Politeness: a global limit on requests in flight and one limit per host (anchor: lychee
 * `lychee-lib/src/ratelimit/`). A slot is held for exactly one request attempt, from sending it to
 * the end of reading (or discarding) its body; waits between retries hold no slot. Every hop of a
 * redirect and every retry takes a slot of the host it goes to, so the per-host limit holds
 * whatever the path. A host that answers 429 is paused and its limit halved.
 */
import pLimit, { type LimitFunction } from 'p-limit';

export interface SchedulerOptions {
  /** Requests in flight, all hosts together. */
  concurrency: number;
  /** Requests in flight per host. */
  perHost: number;
  /** Per-host overrides, by `host:port` or host name. */
  perHostByHost: Record<string, number>;
}

export interface Scheduler {
  /** Runs one request attempt to `host` (a URL's `host`: name and port) under both limits. */
  run<T>(host: string, attempt: () => Promise<T>): Promise<T>;
  /** Rate limited: no new request to `host` for `delayMs`, and half the concurrency from now on. */
  slowDown(host: string, delayMs: number): void;
  /** The limit currently applied to `host`. */
  limitOf(host: string): number;
}

interface HostState {
  limit: LimitFunction;
  pausedUntil: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createScheduler(options: SchedulerOptions): Scheduler {
  const global = pLimit(Math.max(1, Math.floor(options.concurrency)));
  const hosts = new Map<string, HostState>();

  const configuredLimit = (host: string): number => {
    const name = host.replace(/:\d+$/, '');
    const value = options.perHostByHost[host] ?? options.perHostByHost[name] ?? options.perHost;
    return Math.max(1, Math.floor(value));
  };

  const stateOf = (host: string): HostState => {
    const key = host.toLowerCase();
    let state = hosts.get(key);
    if (!state) {
      state = { limit: pLimit(configuredLimit(key)), pausedUntil: 0 };
      hosts.set(key, state);
    }
    return state;
  };

  return {
    run(host, attempt) {
      const state = stateOf(host);
      // Host slot first, global slot second: a request waiting for its host holds no global slot,
      // so one slow host cannot starve the others.
      return state.limit(async () => {
        for (let wait = state.pausedUntil - Date.now(); wait > 0; wait = state.pausedUntil - Date.now()) {
          await sleep(wait);
        }
        return global(attempt);
      });
    },
    slowDown(host, delayMs) {
      const state = stateOf(host);
      state.pausedUntil = Math.max(state.pausedUntil, Date.now() + delayMs);
      state.limit.concurrency = Math.max(1, Math.floor(state.limit.concurrency / 2));
    },
    limitOf(host) {
      return stateOf(host).limit.concurrency;
    },
  };
}
