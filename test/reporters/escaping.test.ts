/**
 * Issue 10, item 9: text from a hostile list (entry names, headings, descriptions, URLs) reaches
 * no output as a terminal control, a bidirectional override or a workflow command, whatever the
 * format. Runs the real command on a real list, in-process.
 */
import { describe, expect, it } from 'vitest';
import { escapeCsvCell } from '../../src/reporters/csv.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/** ESC (colour, OSC 8 hyperlink), BEL, a C1 CSI, and the Trojan Source overrides. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const HOSTILE_NAME = '::add-mask::x\u001b[31mRED\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\u009b2J\u202Egnp.exe';

const LIST = [
  '# Hostile',
  '',
  '## \u202Eseliforp\u202C Images',
  '',
  `- [${HOSTILE_NAME}](http://example.org/a) - Has \u001b[2Jcleared \u2066the\u2069 screen.`,
  '- [::warning::y](https://example.org/b) - =HYPERLINK("https://evil.example") 10 scans.',
  '',
].join('\n');

describe('escaping in every output format (item 9)', () => {
  it('writes entries as CSV with no control, no bidi override and no line that starts with ::', async () => {
    const cwd = tempDir({ 'README.md': LIST });
    const result = await runCli(['entries', 'README.md', '--format', 'csv'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.replace(/\r\n/g, '\n')).not.toMatch(UNSAFE);
    for (const line of result.stdout.split('\r\n')) expect(line.startsWith('::')).toBe(false);
    expect(result.stdout).toContain('\\u001b[31mRED\\u001b]8');
    expect(result.stdout).toContain('\\u009b2J\\u202egnp.exe');
    expect(result.stdout).toContain('\r\n"::warning::y",');
    expect(result.stdout).toContain(`'=HYPERLINK`);
  });

  it.each(['stylish', 'junit', 'markdown', 'github', 'json', 'sarif'])('writes the %s report with no control and no bidi override', async (format) => {
    const cwd = tempDir({ 'README.md': LIST });
    const result = await runCli(['--offline', '--format', format, 'README.md'], { cwd });
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.code);
    expect(result.stdout).toContain('no-http-link'); // the report is there (an http:// link) …
    expect(result.stdout.replace(/\r?\n/g, '\n')).not.toMatch(UNSAFE); // … and safe
    for (const line of result.stdout.split(/\r?\n/)) {
      if (format !== 'github') expect(line.startsWith('::')).toBe(false);
      else if (line !== '') expect(line).toMatch(/^::(?:warning|error|notice) /);
    }
  });

  it('escapes one CSV cell for the terminal, the spreadsheet and the Actions log', () => {
    expect(escapeCsvCell('plain')).toBe('plain');
    expect(escapeCsvCell('a,b "c"')).toBe('"a,b ""c"""');
    expect(escapeCsvCell('::warning::x')).toBe('"::warning::x"');
    expect(escapeCsvCell('=1+1')).toBe("'=1+1");
    expect(escapeCsvCell('x\n::add-mask::y')).toBe('x\\n::add-mask::y');
    expect(escapeCsvCell('\u001b[31m\u0007\u009b\u202E')).toBe('\\u001b[31m\\u0007\\u009b\\u202e');
  });
});

/** A name that ends a `<script>` and opens a comment, listed twice (a finding that quotes it). */
const MARKUP_NAME = '</script><!--x & y';
const MARKUP_ITEM = '- [\\</script\\>\\<!--x \\& y](https://example.org/a) - A set of 10 scans.\n';
const MARKUP_LIST = `# Markup\n\n## Data\n\n${MARKUP_ITEM}${MARKUP_ITEM}`;

describe('markup from a list in outputs embedded in web pages (issue 18, item 11)', () => {
  it.each([['entries', 'json'], ['entries', 'jsonld'], ['lint', 'json'], ['lint', 'sarif']])('writes %s --format %s with no raw <, > or & (as \\u003c, \\u003e, \\u0026), the same JSON value', async (command, format) => {
    const cwd = tempDir({ 'README.md': MARKUP_LIST });
    const argv = command === 'entries' ? ['entries', 'README.md', '--format', format] : ['--offline', '--format', format, 'README.md'];
    const result = await runCli(argv, { cwd });
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/[<>&]/);
    expect(result.stdout).toContain('\\u003c/script\\u003e\\u003c!--');
    // Escapes, not changes: the value parses back to the name as written.
    expect(JSON.stringify(JSON.parse(result.stdout))).toContain(MARKUP_NAME);
  });

  it('writes the junit and markdown reports with the markup as text, never as a tag', async () => {
    const cwd = tempDir({ 'README.md': MARKUP_LIST });
    const junit = await runCli(['--offline', '--format', 'junit', 'README.md'], { cwd });
    expect(junit.stdout).not.toContain('</script>');
    expect(junit.stdout).not.toContain('<!--');
    expect(junit.stdout).toContain('&lt;/script&gt;');
    const markdown = await runCli(['--offline', '--format', 'markdown', 'README.md'], { cwd });
    expect(markdown.stdout).toContain('no-duplicate-entry');
    // In text, remark-stringify escapes `<` (`\<`); in code spans markup is never parsed.
    for (const raw of markdown.stdout.matchAll(/(?<!\\)<\/?[a-z!]/gi)) {
      const before = markdown.stdout.slice(0, raw.index);
      expect((before.match(/`/g) ?? []).length % 2).toBe(1);
    }
  });
});
