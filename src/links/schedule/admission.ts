/**
 * Admission: which page starts next, and how many are under way at once. The global limit is a
 * p-limit of `concurrency` pages; every request of a page then goes through the scheduler's
 * per-host gate (scheduler.ts), whose urgent lane serves retries and redirect hops first.
 *
 * A page is admitted only when its host has room (fewer of its pages under way than the host's
 * current limit, and not paused after a 429), so a busy, slow or rate-limited host never fills
 * the window with pages that could not start anyway. Among the hosts with room, the one with the
 * most pages left goes first: the busiest host sets the floor of the whole run (its pages ÷ its
 * limit × latency), so it is kept at its limit from the first moment, and the smaller hosts fill
 * the rest of the window around it. A plain round-robin would give the busiest host one place per
 * round and leave it idle most of the run; list order would let one host fill the window.
 */
import { setImmediate } from 'node:timers/promises';
import pLimit from 'p-limit';

/** What admission needs to know of the scheduler. */
export interface HostRoom {
  /** The limit currently applied to `host`. */
  limitOf(host: string): number;
  /** Milliseconds until `host` may be asked again (0 when it is not paused). */
  pausedFor(host: string): number;
}

export interface Admission {
  /**
   * Starts a run: `work` is called for every item pushed, at most `concurrency` at a time (those
   * in `wait` not counted) and at most `room.limitOf(host)` of one host at a time. Items may be
   * pushed while the run is under way (the link checker starts on the first part of a list while
   * the rest is still being parsed).
   */
  open<T>(hostOf: (item: T) => string, room: HostRoom, work: (item: T) => Promise<void>): AdmissionRun<T>;
  /** `open`, push `items`, `close`. */
  runAll<T>(items: readonly T[], hostOf: (item: T) => string, room: HostRoom, work: (item: T) => Promise<void>): Promise<void>;
  /**
   * Waits `ms` (a retry's backoff, a Retry-After, a paused host) without holding a place: another
   * page starts meanwhile. Requests in flight stay bounded by the scheduler's global limit.
   */
  wait(ms: number): Promise<void>;
  /**
   * Starts nothing more and ends every `wait` now; a `wait` called from then on rejects, so the
   * work under way ends on its own.
   */
  abort(): void;
}

export interface AdmissionRun<T> {
  push(items: readonly T[]): void;
  /** No more items: resolves once all are done; rejects with the first error of `work`, after the rest have finished. */
  close(): Promise<void>;
}

interface HostQueue<T> {
  name: string;
  /** Order of first appearance, for ties. */
  rank: number;
  items: T[];
  next: number;
  active: number;
  /** Whether it is in the heap of candidates. */
  queued: boolean;
  /** Whether a timer will bring it back after a pause. */
  sleeping: boolean;
}

const left = <T>(host: HostQueue<T>): number => host.items.length - host.next;

/** Most pages left first; then first seen. */
function before<T>(a: HostQueue<T>, b: HostQueue<T>): boolean {
  return left(a) > left(b) || (left(a) === left(b) && a.rank < b.rank);
}

/** A binary max-heap of hosts; a host's key changes only while it is out of the heap. */
class HostHeap<T> {
  readonly #items: Array<HostQueue<T>> = [];

  get size(): number {
    return this.#items.length;
  }

  clear(): void {
    this.#items.length = 0;
  }

  peek(): HostQueue<T> | undefined {
    return this.#items[0];
  }

  push(host: HostQueue<T>): void {
    const items = this.#items;
    items.push(host);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i] as HostQueue<T>, items[parent] as HostQueue<T>)) break;
      [items[i], items[parent]] = [items[parent] as HostQueue<T>, items[i] as HostQueue<T>];
      i = parent;
    }
  }

  pop(): HostQueue<T> | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && before(items[l] as HostQueue<T>, items[best] as HostQueue<T>)) best = l;
        if (r < items.length && before(items[r] as HostQueue<T>, items[best] as HostQueue<T>)) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best] as HostQueue<T>, items[i] as HostQueue<T>];
        i = best;
      }
    }
    return top;
  }
}

export function createAdmission(concurrency: number): Admission {
  const base = Math.max(1, Math.floor(concurrency));
  const limit = pLimit(base);
  let waiting = 0;
  let aborted = false;
  /** Pending timers (waits, paused hosts) and what each does when it fires: abort fires them all now. */
  const timers = new Map<ReturnType<typeof setTimeout>, () => void>();
  const later = (ms: number, fire: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fire();
    }, ms);
    timers.set(timer, fire);
  };
  /** Wakes the feeder of a run when a place, a host or an item may have become available. */
  let wake: (() => void) | null = null;
  const signal = (): void => {
    const next = wake;
    wake = null;
    next?.();
  };
  const resize = (): void => {
    limit.concurrency = base + waiting;
    signal();
  };

  const open = <T>(hostOf: (item: T) => string, room: HostRoom, work: (item: T) => Promise<void>): AdmissionRun<T> => {
    const hosts = new Map<string, HostQueue<T>>();
    const heap = new HostHeap<T>();
    let remaining = 0;
    let underWay = 0;
    let closed = false;
    let failure: { error: unknown } | null = null;
    const enqueue = (host: HostQueue<T>): void => {
      if (host.queued || host.sleeping || left(host) === 0) return;
      host.queued = true;
      heap.push(host);
      signal();
    };

    /** The next item whose host has room, or null when none has right now. */
    const pick = (): { item: T; host: HostQueue<T> } | null => {
      for (let host = heap.peek(); host; host = heap.peek()) {
        heap.pop();
        host.queued = false;
        // Full: it comes back when one of its pages finishes.
        if (host.active >= room.limitOf(host.name)) continue;
        const paused = room.pausedFor(host.name);
        if (paused > 0) {
          host.sleeping = true;
          later(paused, () => {
            host.sleeping = false;
            enqueue(host);
          });
          continue;
        }
        const item = host.items[host.next] as T;
        // Drop the reference: the task's memory goes once its outcome is stored.
        host.items[host.next] = undefined as T;
        host.next++;
        host.active++;
        enqueue(host);
        return { item, host };
      }
      return null;
    };

    const feed = async (): Promise<void> => {
      for (;;) {
        if (aborted || (closed && remaining === 0)) break;
        // Counted here, not read from p-limit: this count drops before the wake-up below.
        const next = underWay < base + waiting ? pick() : null;
        if (!next) {
          await new Promise<void>((resolve) => (wake = resolve));
          continue;
        }
        remaining--;
        underWay++;
        const { item, host } = next;
        void limit(() => work(item)).then(
          () => undefined,
          (error: unknown) => {
            failure ??= { error };
          },
        ).finally(() => {
          underWay--;
          host.active--;
          enqueue(host);
          signal();
        });
        // One start per turn of the event loop. A start costs CPU (a connection, a write), and a
        // run of a hundred starts would keep the answers already waiting unread: the busiest
        // host's next request would leave late, and that host sets the length of the run.
        await setImmediate();
      }
      while (underWay > 0) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw (failure as { error: unknown }).error;
    };
    const fed = feed();
    // Rejections surface through close(); until then, they must not count as unhandled.
    fed.catch(() => undefined);

    return {
      push(items) {
        for (const item of items) {
          const name = hostOf(item);
          let host = hosts.get(name);
          if (!host) {
            host = { name, rank: hosts.size, items: [], next: 0, active: 0, queued: false, sleeping: false };
            hosts.set(name, host);
          }
          host.items.push(item);
          remaining++;
        }
        // Counts changed, and a key must not change inside the heap: rebuild it.
        heap.clear();
        for (const host of hosts.values()) {
          host.queued = false;
          enqueue(host);
        }
      },
      close() {
        closed = true;
        signal();
        return fed;
      },
    };
  };

  return {
    open,
    runAll(items, hostOf, room, work) {
      const run = open(hostOf, room, work);
      run.push(items);
      return run.close();
    },
    async wait(ms) {
      // A loop that waits (a paused host, a backoff) must end, not spin, once the run is given up.
      if (aborted) throw new Error('the link check was stopped');
      waiting++;
      resize();
      try {
        await new Promise<void>((resolve) => later(ms, resolve));
      } finally {
        waiting--;
        resize();
      }
    },
    abort() {
      aborted = true;
      for (const [timer, fire] of timers) {
        clearTimeout(timer);
        fire();
      }
      timers.clear();
      signal();
    },
  };
}
