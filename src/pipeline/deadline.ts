/**
 * A deadline on synchronous work on this thread: Node's `vm` timeout, whose watchdog stops the
 * JavaScript running when the time is up, wherever it is (inside micromark too), and throws
 * `ERR_SCRIPT_EXECUTION_TIMEOUT` out of the script. Nothing else can stop a synchronous parse
 * without a thread to terminate, and starting one costs an offline lint more than its rules.
 */
import vm from 'node:vm';

/** Where the script finds the task: a registered symbol, so no name is added to the global scope. */
const TASK = Symbol.for('medlint.deadline.task');
let script: vm.Script | undefined;

/** The largest timeout `vm` takes (a 32-bit count of ms, about 49 days). */
const MAX_TIMEOUT_MS = 2 ** 32 - 1;

export const TIMED_OUT = Symbol('the deadline passed');

/** Runs `task` here and returns its value, or `TIMED_OUT` once it has run `ms` of wall time. */
export function withinDeadline<T>(ms: number, task: () => T): T | typeof TIMED_OUT {
  const global = globalThis as unknown as Record<symbol, unknown>;
  let value: T | typeof TIMED_OUT = TIMED_OUT;
  global[TASK] = (): void => {
    value = task();
  };
  try {
    script ??= new vm.Script(`globalThis[Symbol.for(${JSON.stringify(TASK.description)})]()`);
    script.runInThisContext({ timeout: Math.min(MAX_TIMEOUT_MS, Math.max(1, Math.round(ms))), displayErrors: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return TIMED_OUT;
    throw error;
  } finally {
    delete global[TASK];
  }
  return value;
}
