/**
 * Politeness: a global limit on requests in flight and one limit per host (anchor: lychee
 * `lychee-lib/src/ratelimit/`). A slot is held for exactly one request attempt, from sending it to
 * the end of reading (or discarding) its body; waits between retries hold no slot. Every hop of a
 * redirect and every retry takes a slot of the host it goes to, so the per-host limit holds
 * whatever the path. A host that answers 429 is paused and its limit halved; each full window of
 * answers that are not 429 gives one place back, up to the configured limit (additive increase,
 * multiplicative decrease, as TCP does), so one rate-limited URL does not slow its host for good.
 *
 * Work already under way goes first: a retry, a redirect hop or the GET after a refused HEAD
 * (`urgent`) is served before the first request of a URL not started yet, so a timeout's retry
 * follows the timeout at once instead of queueing behind the rest of the list.
 */

export interface SchedulerOptions {
  /** Requests in flight, all hosts together. */
  concurrency: number;
  /** Requests in flight per host. */
  perHost: number;
  /** Per-host overrides, by `host:port` or host name. */
  perHostByHost: Record<string, number>;
  /**
   * How to wait out a paused host (default: a timer). The link checker passes its admission's
   * `wait`, so a page waiting for a paused host lets another page start meanwhile.
   */
  wait?: (ms: number) => Promise<void>;
}

export interface Scheduler {
  /**
   * Runs one request attempt to `host` (a URL's `host`: name and port) under both limits;
   * `urgent` for the continuation of a URL already started.
   */
  run<T>(host: string, attempt: () => Promise<T>, urgent?: boolean): Promise<T>;
  /** Rate limited: no new request to `host` for `delayMs`, and half the concurrency from now on. */
  slowDown(host: string, delayMs: number): void;
  /** `host` answered with something other than 429: a step back toward its configured limit. */
  recover(host: string): void;
  /** The limit currently applied to `host`. */
  limitOf(host: string): number;
  /** Milliseconds until `host` may be asked again after a 429 (0 when it is not paused). */
  pausedFor(host: string): number;
}

/** A FIFO that stays O(1) per operation however long it gets. */
class Fifo<T> {
  #items: T[] = [];
  #head = 0;

  get size(): number {
    return this.#items.length - this.#head;
  }

  push(item: T): void {
    this.#items.push(item);
  }

  shift(): T | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const item = this.#items[this.#head++];
    // Drop the consumed prefix once it is most of the array.
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return item;
  }
}

/** A counting semaphore with two lanes: urgent waiters are admitted before normal ones. */
export class Gate {
  #active = 0;
  #limit: number;
  readonly #urgent = new Fifo<() => void>();
  readonly #normal = new Fifo<() => void>();

  constructor(limit: number) {
    this.#limit = Math.max(1, Math.floor(limit));
  }

  get limit(): number {
    return this.#limit;
  }

  set limit(value: number) {
    this.#limit = Math.max(1, Math.floor(value));
    this.#admit();
  }

  get active(): number {
    return this.#active;
  }

  acquire(urgent: boolean): Promise<void> {
    if (this.#active < this.#limit && this.#urgent.size === 0 && this.#normal.size === 0) {
      this.#active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => (urgent ? this.#urgent : this.#normal).push(resolve));
  }

  release(): void {
    this.#active--;
    this.#admit();
  }

  #admit(): void {
    while (this.#active < this.#limit) {
      const next = this.#urgent.shift() ?? this.#normal.shift();
      if (!next) return;
      this.#active++;
      next();
    }
  }
}

interface HostState {
  gate: Gate;
  pausedUntil: number;
  /** The limit from the options, never exceeded. */
  configured: number;
  /** Answers since the limit last changed; a full window of them raises it by one. */
  calm: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createScheduler(options: SchedulerOptions): Scheduler {
  const global = new Gate(options.concurrency);
  const wait = options.wait ?? sleep;
  const hosts = new Map<string, HostState>();

  const configuredLimit = (host: string): number => {
    const name = host.replace(/:\d+$/, '');
    return options.perHostByHost[host] ?? options.perHostByHost[name] ?? options.perHost;
  };

  const stateOf = (host: string): HostState => {
    const key = host.toLowerCase();
    let state = hosts.get(key);
    if (!state) {
      const configured = configuredLimit(key);
      state = { gate: new Gate(configured), pausedUntil: 0, configured, calm: 0 };
      hosts.set(key, state);
    }
    return state;
  };

  return {
    async run(host, attempt, urgent = false) {
      const state = stateOf(host);
      // Host slot first, global slot second: a request waiting for its host holds no global slot,
      // so one slow host cannot starve the others.
      await state.gate.acquire(urgent);
      try {
        for (let pause = state.pausedUntil - Date.now(); pause > 0; pause = state.pausedUntil - Date.now()) {
          await wait(pause);
        }
        await global.acquire(urgent);
        try {
          return await attempt();
        } finally {
          global.release();
        }
      } finally {
        state.gate.release();
      }
    },
    slowDown(host, delayMs) {
      const state = stateOf(host);
      state.pausedUntil = Math.max(state.pausedUntil, Date.now() + delayMs);
      state.gate.limit = Math.floor(state.gate.limit / 2);
      state.calm = 0;
    },
    recover(host) {
      const state = stateOf(host);
      if (state.gate.limit >= state.configured) return;
      if (++state.calm < state.gate.limit) return;
      state.calm = 0;
      state.gate.limit = state.gate.limit + 1;
    },
    limitOf(host) {
      return stateOf(host).gate.limit;
    },
    pausedFor(host) {
      return Math.max(0, stateOf(host).pausedUntil - Date.now());
    },
  };
}
