/**
 * The hostile shapes of issue 10 (items 1 and 6): small inputs that made one regular expression
 * or one scan in medlint super-linear (exponential for the first), and the three that made the
 * Markdown parser itself quadratic until src/parse/defuse-scans.ts. Each takes a size in bytes and
 * returns a list of about that size, so a test can lint it at two sizes and compare the times.
 */
const repeatTo = (unit: string, bytes: number): string => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));

export const HOSTILE_SHAPES: ReadonlyArray<readonly [string, (bytes: number) => string]> = [
  // `no-empty-section`: an empty section, then an HTML block of empty comments and one more character.
  ['empty comments after an empty section (`<!---->` × n + `x`)', (bytes) => `# T\n\n## Empty\n\n${repeatTo('<!---->', bytes)}x\n`],
  // Trailing-separator trimming of an entry name.
  ['an entry name of `-` × n before a bare URL', (bytes) => `# T\n\n## Data\n\n- Name${repeatTo('-', bytes)}x https://example.org/a\n`],
  ['a bold title of `-` × n', (bytes) => `# T\n\n## Data\n\n**A${repeatTo('-', bytes)}x**\n\nText.\n`],
  // HTML comment scanning for anchors.
  ['unclosed `<!--` × n in an HTML block with an id', (bytes) => `# T\n\n<p id="a">${repeatTo('<!--', bytes)}</p>\n`],
  // Counting lines before every directive.
  ['directives on every line of one HTML block', (bytes) => `# T\n\n<div>\n${repeatTo('<!-- medlint-disable no-empty-section -->\n', bytes)}</div>\n`],
  // The directive regex over unclosed directives.
  ['unclosed `<!-- medlint-disable` × n', (bytes) => `# T\n\n<div>\n${repeatTo('<!-- medlint-disable ', bytes)}\n`],
  // The broken-link check before a bare URL.
  ['`[` × n before a bare URL on one line', (bytes) => `# T\n\n${repeatTo('[', bytes)} https://example.org/a\n`],
  ['`[x]( ` × n, each before a bare URL, on one line', (bytes) => `# T\n\n${repeatTo('[x]( https://example.org/a ', bytes)}\n`],
  // Access phrases: many `application` without `access` in one sentence.
  ['`application ` × n in one description', (bytes) => `# T\n\n## Data\n\n- [A](https://example.org/a) - ${repeatTo('application ', bytes)}\n`],
  // Trailing slashes of a path.
  ['a URL path of `/` × n', (bytes) => `# T\n\n## Data\n\n- [A](https://example.org${repeatTo('/', bytes)}x) - A set.\n`],
  // micromark's own scans, broken up by src/parse/defuse-scans.ts.
  ['unclosed `<!--` × n in a paragraph', (bytes) => `# T\n\nx${repeatTo(' <!--', bytes)}\n`],
  ['unclosed `<?` × n in a paragraph', (bytes) => `# T\n\nx${repeatTo(' <?', bytes)}\n`],
  ['a bare URL with `.` × n in its path', (bytes) => `# T\n\nhttp://a${repeatTo('.', bytes)}a\n`],
];

/**
 * The inline markers on which micromark's time grows with the square of their count in one
 * paragraph, capped by src/parse/cap-markers.ts (issue 18 item 6, issue 19 item 10). `[ a_` × n
 * is left out: capped, its text of short words between spaces is still slower than linear in
 * micromark, and only the parse budget bounds it.
 */
export const MARKER_SHAPES: ReadonlyArray<readonly [string, (bytes: number) => string]> = [
  ['`]` × n in a paragraph', (bytes) => `# T\n\nx${repeatTo(']', bytes)}\n`],
  ['`x]` × n in a paragraph', (bytes) => `# T\n\n${repeatTo('x]', bytes)}\n`],
  ['`*a` × n in a paragraph', (bytes) => `# T\n\n${repeatTo('*a', bytes)}\n`],
  ['`~a` × n in a paragraph', (bytes) => `# T\n\n${repeatTo('~a', bytes)}\n`],
  ['`[x](` × n in a paragraph', (bytes) => `# T\n\n${repeatTo('[x](', bytes)}\n`],
  ['`*_` × n in a paragraph', (bytes) => `# T\n\n${repeatTo('*_', bytes)}\n`],
  ['`a*` × n in a paragraph', (bytes) => `# T\n\n${repeatTo('a*', bytes)}\n`],
  ['`[` × n then `]` × n (nested brackets)', (bytes) => `# T\n\n${repeatTo('[', bytes / 2)}${repeatTo(']', bytes / 2)}\n`],
  ['`~~a` × n in a paragraph', (bytes) => `# T\n\n${repeatTo('~~a', bytes)}\n`],
];
