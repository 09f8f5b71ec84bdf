/**
 * User patterns (`links.exclude`, `--exclude`) run on RE2's linear-time engine (re2js, pure
 * JavaScript), never on the backtracking RegExp engine: a config from a pull request could
 * otherwise hang the run with `(a+)+$` and a crafted URL. RE2 has no look-around and no
 * back-references; a pattern that needs them is refused with one line naming the key.
 */
import { RE2JS } from 're2js';
import { excerpt, MedlintError } from '../diagnostics/medlint-error.js';
import type { UrlPattern } from '../links/types.js';
import { LIMITS } from './limits.js';

/**
 * Compiles a user's pattern on the linear-time engine.
 * @param where the key or flag the pattern came from, for the error (`.medlintrc.json: links.exclude[0]`).
 * @throws MedlintError (`config-invalid`, or `usage` for a flag) naming `where`.
 */
export function compileUserPattern(pattern: string, where: string, code: 'config-invalid' | 'usage'): UrlPattern {
  if (pattern.length > LIMITS.excludePatternLength) {
    throw new MedlintError(code, `${where}: a pattern of ${pattern.length} characters is too long (at most ${LIMITS.excludePatternLength})`);
  }
  try {
    return RE2JS.compile(RE2JS.translateRegExp(pattern));
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp: /, '');
    throw new MedlintError(code, `${where}: invalid regular expression ${JSON.stringify(excerpt(pattern, 80))} (${excerpt(reason, 80)}; patterns run on a linear-time engine without look-around or back-references)`);
  }
}

/**
 * Bounds what a run's patterns may cost. The engine's time per URL character grows with the size
 * of the compiled program (`a{1000}` is a thousand instructions; a 40 KB URL took 0.5 s against
 * one such pattern where RE2's DFA gives up), and every pattern runs on every URL, so both the
 * number of patterns and their total program size are capped (`LIMITS.excludePatterns`,
 * `LIMITS.excludeProgramSize`).
 * @throws MedlintError (`code`) naming `where` and the limit.
 */
export function checkPatternCost(patterns: readonly UrlPattern[], where: string, code: 'config-invalid' | 'usage'): void {
  if (patterns.length > LIMITS.excludePatterns) {
    throw new MedlintError(code, `${where}: ${patterns.length} exclude patterns, at most ${LIMITS.excludePatterns}; join them into fewer`);
  }
  const size = patterns.reduce((sum, pattern) => sum + programSize(pattern), 0);
  if (size > LIMITS.excludeProgramSize) {
    throw new MedlintError(
      code,
      `${where}: the exclude patterns compile to ${size} instructions, at most ${LIMITS.excludeProgramSize}; shorten large repetitions such as {1000}`,
    );
  }
}

/** Instructions of a compiled pattern (re2js's program), or a guess from its source when hidden. */
function programSize(pattern: UrlPattern): number {
  const compiled = pattern as { re2Input?: { prog?: { inst?: unknown[] } }; patternInput?: string };
  return compiled.re2Input?.prog?.inst?.length ?? (compiled.patternInput?.length ?? 0) * 4;
}
