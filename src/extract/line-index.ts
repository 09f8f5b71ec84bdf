/** Converts string offsets to 1-based line/column and back (raw HTML positions, fix edits). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    // Lines end as the parser ends them: LF, CRLF, and a lone CR.
    for (let index = 0; index < source.length; index += 1) {
      const code = source.charCodeAt(index);
      if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) this.starts.push(index + 1);
    }
  }

  /** Where a 1-based line starts, or undefined past the last line. */
  lineStart(line: number): number | undefined {
    return this.starts[line - 1];
  }

  /** The offset of a 1-based line and column (a column past the line's end is clamped to it). */
  offset(line: number, column: number): number {
    const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1] as number;
    const at = start + Math.max(column, 1) - 1;
    const next = this.starts[line];
    return next === undefined ? at : Math.min(at, next - 1);
  }

  point(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] as number) + 1 };
  }
}
