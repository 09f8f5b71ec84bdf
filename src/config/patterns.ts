/**
 * User patterns (`links.exclude`, `--exclude`) run on RE2's linear-time engine (re2js, pure
 * JavaScript), never on the backtracking RegExp engine: a config from a pull request could
 * otherwise hang the run with `(a+)+$` and a crafted URL. RE2 has no look-around and no
 * back-references; a pattern that needs them is refused with one line naming the key.
 */
import { RE2JS } from 're2js';
import { MedlintError } from '../diagnostics/medlint-error.js';
import type { UrlPattern } from '../links/types.js';

/**
 * Compiles a user's pattern on the linear-time engine.
 * @param where the key or flag the pattern came from, for the error (`.medlintrc.json: links.exclude[0]`).
 * @throws MedlintError (`config-invalid`, or `usage` for a flag) naming `where`.
 */
export function compileUserPattern(pattern: string, where: string, code: 'config-invalid' | 'usage'): UrlPattern {
  try {
    return RE2JS.compile(RE2JS.translateRegExp(pattern));
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp: /, '');
    throw new MedlintError(code, `${where}: invalid regular expression ${JSON.stringify(pattern)} (${reason}; patterns run on a linear-time engine without look-around or back-references)`);
  }
}
