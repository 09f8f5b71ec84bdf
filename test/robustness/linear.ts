/**
 * The benchmark-style check of issue 18: a cost measured at a size `n` (the faster of two runs,
 * after a warm-up at a sixteenth of it) and at `factor × n` in one run (default: 4). The larger
 * input may take at most three times `factor` as long (four times the input: linear is four,
 * quadratic sixteen), with a floor, so a busy 2-core machine cannot fail a run of a few hundred
 * milliseconds: what the bound catches is the minutes a quadratic cost took at the larger size.
 * A factor of 8 (linear 8, quadratic 64) tells a cost apart that is already partly quadratic at
 * the smaller size.
 */
import { expect } from 'vitest';

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** `make(n)` builds an input of size n once per run, outside the timing; `run` is timed. */
export function expectLinear<T>(make: (n: number) => T, run: (input: T) => void, n: number, floorMs = 2_000, factor = 4): { smallMs: number; largeMs: number } {
  run(make(Math.max(1, Math.floor(n / 16))));
  const small = make(n);
  const smallMs = Math.min(timed(() => run(small)), timed(() => run(small)));
  const large = make(factor * n);
  const largeMs = timed(() => run(large));
  expect(largeMs, `${n}: ${smallMs.toFixed(0)} ms, ${factor * n}: ${largeMs.toFixed(0)} ms`).toBeLessThan(Math.max(floorMs, smallMs * factor * 3));
  return { smallMs, largeMs };
}

/** The same for an asynchronous cost. */
export async function expectLinearAsync<T>(make: (n: number) => T, run: (input: T) => Promise<void>, n: number, floorMs = 2_000, factor = 4): Promise<void> {
  const timedAsync = async (input: T): Promise<number> => {
    const started = performance.now();
    await run(input);
    return performance.now() - started;
  };
  await run(make(Math.max(1, Math.floor(n / 16))));
  const small = make(n);
  const smallMs = Math.min(await timedAsync(small), await timedAsync(small));
  const largeMs = await timedAsync(make(factor * n));
  expect(largeMs, `${n}: ${smallMs.toFixed(0)} ms, ${factor * n}: ${largeMs.toFixed(0)} ms`).toBeLessThan(Math.max(floorMs, smallMs * factor * 3));
}
