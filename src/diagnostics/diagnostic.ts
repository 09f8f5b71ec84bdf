/** How bad a finding is. `off` never reaches a diagnostic: the engine drops it. */
export type Severity = 'error' | 'warning';

/** A 1-based line/column span, as in unist `Position` (end is exclusive, like mdast). */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * One finding, plain JSON data (like vfile-message). Rules report the message and place;
 * the engine stamps `ruleId`, `severity` and the docs `url`.
 */
export interface Diagnostic extends Span {
  file: string;
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  /** Docs page of the rule. */
  url: string;
  /** What was found, when it helps (for example the bad URL). */
  actual?: string;
  /** What was expected or suggested instead. */
  expected?: string;
  /** Extra detail (for example a redirect chain). */
  note?: string;
  /** The machine edit that corrects the finding, applied by `--fix` (ESLint's `fix`). */
  fix?: Fix;
  /** Corrections that need a person's judgement: shown, never applied by `--fix`. */
  suggestions?: Suggestion[];
}

/**
 * One text edit: replace `range` (UTF-16 offsets into the linted text, a leading BOM not
 * counted; end exclusive) with `text`. The span says the same range as lines and columns, for
 * reporters (SARIF) and editors that do not hold the text.
 */
export interface TextEdit extends Span, Edit {}

/** What a rule hands over: an edit as offsets and text; the engine adds lines and columns. */
export interface Edit {
  range: [number, number];
  text: string;
}

/** A fix: edits applied together or not at all. */
export interface Fix {
  edits: TextEdit[];
}

/** A correction offered to a person: what it does, and its edits. */
export interface Suggestion {
  description: string;
  edits: TextEdit[];
}

/** Total order: file, line, column, rule id, message; output never depends on timing. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

/** Code-unit comparison: unlike localeCompare it is the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
