/** Every fatal situation a user can cause, each with its own code (like ESLint's messages/). */
export type MedlintErrorCode =
  | 'file-not-found'
  | 'file-is-directory'
  | 'file-unreadable'
  | 'file-binary'
  | 'file-not-utf8'
  | 'file-too-large'
  | 'file-outside-repository'
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
