import type { Severity } from '../diagnostics/diagnostic.js';
import type { RuleLevel } from '../rules/types.js';

const LEVELS: ReadonlySet<string> = new Set(['off', 'warn', 'error']);

export function isRuleLevel(value: unknown): value is RuleLevel {
  return typeof value === 'string' && LEVELS.has(value);
}

/** The one place a level becomes a diagnostic severity; `off` has none. */
export function severityOf(level: RuleLevel): Severity | null {
  switch (level) {
    case 'off':
      return null;
    case 'warn':
      return 'warning';
    case 'error':
      return 'error';
    default:
      throw new TypeError(`Unknown rule level ${JSON.stringify(level satisfies never)}`);
  }
}
