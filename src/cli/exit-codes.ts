/** Exit codes, as ESLint's. */
export const EXIT_OK = 0;
/** Errors were found, or more warnings than `--max-warnings`. */
export const EXIT_ERRORS = 1;
/** Usage error or a fatal problem (unreadable file, invalid config). */
export const EXIT_FATAL = 2;
