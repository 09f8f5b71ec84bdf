/** Every fatal situation a user can cause, each with its own code (like ESLint's messages/). */
export type MedlintErrorCode =
  | 'file-not-found'
  | 'file-is-directory'
  | 'file-unreadable'
  | 'file-binary'
  | 'file-not-utf8'
  | 'file-too-large'
  | 'file-outside-repository'
  | 'file-in-git-directory'
  | 'file-too-complex'
  | 'file-parse-timeout'
  | 'no-files-matched'
  | 'config-not-found'
  | 'config-invalid'
  | 'usage';

/**
 * A fatal user error: one line that names the file and the problem and says what to do next.
 * The shells print `message` alone (no stack) and exit with code 2.
 */
export class MedlintError extends Error {
  override readonly name = 'MedlintError';

  constructor(
    readonly code: MedlintErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isMedlintError(error: unknown): error is MedlintError {
  return error instanceof MedlintError;
}

/** C0 and C1 controls (line breaks included), DEL and bidirectional formatting characters. */
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from an input file as an error message may quote it: at most `max` characters (default:
 * `40`) of one line, controls and bidi overrides shown as `\xNN`, cut with `…`. A message never
 * quotes more of a file than this, so a file that is not what it claims cannot pour into a log.
 */
export function excerpt(text: string, max = 40): string {
  const cut = [...text.slice(0, max * 2)];
  const shown = cut.slice(0, max).join('');
  const safe = shown.replace(UNPRINTABLE, (character) => {
    const code = character.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  });
  return cut.length > max || text.length > max * 2 ? `${safe}…` : safe;
}
