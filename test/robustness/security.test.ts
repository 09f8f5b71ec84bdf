/**
 * An attacker's pull request, through the real command: hostile text in names, URLs, headings
 * and file names never reaches the terminal raw; `--format github` output cannot start another
 * workflow command; configs never run code; private addresses are never requested unless
 * allowed. Unit-level escaping is tested in test/reporters/github.test.ts and test/action/.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../action/run-action.js';
import { startHttpServer, status, type TestServer } from '../helpers/http-server.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { SGR, TERMINAL_UNSAFE } from './support.js';

const ESC = '\u001b';

/** Terminal attacks: clear screen, set the window title, one-byte CSI, backspace, bidi overrides. */
const HOSTILE = [`${ESC}[2J`, `${ESC}]0;pwned\u0007`, '\u009b31m', '\u0008\u0008', '\u202e', '\u2066', '\u061c', '\u200f', `${ESC}[31m`];
const payload = HOSTILE.join('x');
/** The payload in Markdown source: its brackets escaped, so they do not open or close a link. */
const mdPayload = payload.replace(/[[\]]/g, '\\$&');

/** A list whose findings quote hostile names, URLs (CR and LF through character references) and headings. */
const HOSTILE_LIST = [
  '# Evil',
  '',
  '## Imaging',
  '',
  `TCGA${mdPayload}: https://example.org/tcga${ESC}[0m`,
  `- [Name${mdPayload}](https://example.org/a&#13;&#10;b) - a description.`,
  `- [Silent${mdPayload}](https://example.org/silent)`,
  '',
  `#### Skipped ${mdPayload} level`,
  '',
].join('\n');

function unsafeCharacters(text: string): string[] {
  return [...text].filter((char) => TERMINAL_UNSAFE.test(char)).map((char) => `U+${char.codePointAt(0)?.toString(16).padStart(4, '0')}`);
}

describe('text from the list never reaches the terminal raw', () => {
  it('escapes ANSI sequences, CR, LF, BEL, C1 controls and bidi overrides from names, URLs and headings in stylish output', async () => {
    const cwd = tempDir({ 'list.md': HOSTILE_LIST });
    const result = await runCli(['--offline', 'list.md'], { cwd });
    expect(result.code).toBe(1);
    expect(unsafeCharacters(result.stdout)).toEqual([]);
    // The text is still there, visibly escaped.
    expect(result.stdout).toContain('\\u001b[2J');
    expect(result.stdout).toContain('\\u202e');
    expect(result.stdout).toContain('\\u061c');
    expect(result.stdout).toContain('https://example.org/a\\u000d\\nb');
    expect(result.stdout).toContain('`Silent\\u001b[2Jx\\u001b]0;pwned\\u0007x\\u009b31mx\\u0008\\u0008x\\u202ex\\u2066x\\u061cx\\u200fx\\u001b[31m`');
    expect(result.stdout.split('\n').filter((line) => /^\s+\d+:\d+ /.test(line)).length).toBeGreaterThanOrEqual(5);
  });

  it('adds only its own colour sequences when colour is on', async () => {
    const cwd = tempDir({ 'list.md': HOSTILE_LIST });
    const plain = await runCli(['--offline', '--no-color', 'list.md'], { cwd });
    const coloured = await runCli(['--offline', '--color', 'list.md'], { cwd });
    expect(coloured.stdout).toMatch(SGR);
    // Strip the reporter's colour codes: what is left is the plain report, which holds no raw control.
    expect(coloured.stdout.replace(SGR, '')).toBe(plain.stdout);
    expect(unsafeCharacters(coloured.stdout.replace(SGR, ''))).toEqual([]);
  });

  it('escapes a hostile file name in the report and in a fatal message on stderr', async () => {
    const evil = `list${ESC}]0;pwned\u0007\r\n${ESC}[2J\u202e.md`;
    const cwd = tempDir({ [evil]: '# A\n\n## B\n\nTCGA: https://example.org/tcga\n', [`bin${ESC}[31m.md`]: Buffer.from([0x23, 0x00]) });
    const report = await runCli(['--offline', 'list*.md'], { cwd });
    expect(report.code).toBe(1);
    expect(unsafeCharacters(report.stdout)).toEqual([]);
    expect(report.stdout).toContain('list\\u001b]0;pwned\\u0007\\u000d\\n\\u001b[2J\\u202e.md\n');
    const fatal = await runCli(['--offline', 'bin*.md'], { cwd });
    expect(fatal.code).toBe(2);
    expect(fatal.stderr).toBe('medlint: bin\\u001b[31m.md: looks binary (NUL byte at line 1, byte 2); medlint reads Markdown text\n');
  });
});

/** Decodes a workflow command the way the runner does (the inverse of @actions/core's escaping). */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } | null {
  const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) return null;
  const decode = (value: string, property: boolean): string => {
    let text = value.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
    if (property) text = text.replace(/%3A/g, ':').replace(/%2C/g, ',');
    return text.replace(/%25/g, '%');
  };
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    properties[pair.slice(0, at)] = decode(pair.slice(at + 1), true);
  }
  return { command: match[1] ?? '', properties, message: decode(match[3] ?? '', false) };
}

describe('workflow commands cannot be injected through --format github', () => {
  it('keeps every finding in one ::error or ::warning line whose file and message decode back to the hostile text', async () => {
    const injection = '%0A::error::pwned ::set-output name=x::y %25 ::add-mask::z';
    const file = 'a,line=99::warning::x%0A\r\n::error file=evil.md::pwned.md';
    const list = [
      '# Lists',
      '',
      '## Imaging',
      '',
      `${injection}: https://example.org/x`,
      `- [Name&#13;&#10;::error::pwned](https://example.org/a&#13;&#10;::error::pwned) - described.`,
      '',
    ].join('\n');
    const cwd = tempDir({ [file]: list });
    const result = await runCli(['--offline', '--format', 'github', 'a,*'], { cwd });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n').filter(Boolean);
    const commands = lines.map(parseCommand);
    expect(commands.every((command) => command !== null && ['error', 'warning'].includes(command.command))).toBe(true);
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const command of commands) expect(command?.properties.file).toBe(file);
    const messages = commands.map((command) => command?.message ?? '');
    expect(messages.some((message) => message.includes(injection))).toBe(true);
    expect(messages.some((message) => message.includes('https://example.org/a\r\n::error::pwned'))).toBe(true);
    // Raw, no line carries a second command, a CR, or an unescaped percent sign from the list.
    for (const line of lines) {
      expect(line.indexOf('::', 2)).toBeGreaterThan(0);
      expect(line).not.toMatch(/\r/);
      expect(line.slice(line.indexOf('::', 2) + 2)).not.toMatch(/%(?!25|0D|0A)/);
    }
  });
});

describe('config never executes code', () => {
  const LIST = '# L\n\n## Imaging\n\nTCGA: https://example.org/tcga - an atlas.\n';
  const PWN = (marker: string): string =>
    `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { rules: { 'entry-link': 'off' } };`;

  it.each(['.medlintrc.js', '.medlintrc.cjs', '.medlintrc.mjs', '.medlintrc.ts', 'medlint.config.js', '.medlintrc'])(
    'ignores a %s next to the list and never runs it',
    async (name) => {
      const cwd = tempDir({ 'README.md': LIST });
      const marker = path.join(cwd, 'ran.txt');
      writeFileSync(path.join(cwd, name), PWN(marker));
      const result = await runCli(['--offline', '-f', 'json'], { cwd });
      expect(existsSync(marker)).toBe(false);
      // The config did not apply: entry-link, which it turned off, still reports.
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('"ruleId": "entry-link"');
    },
  );

  it.each(['.medlintrc.cjs', '.medlintrc.mjs', 'medlint.config.ts', '.medlintrc'])('refuses --config %s without running it', async (name) => {
    const cwd = tempDir({ 'README.md': LIST });
    const marker = path.join(cwd, 'ran.txt');
    writeFileSync(path.join(cwd, name), PWN(marker));
    const result = await runCli(['--offline', '--config', name], { cwd });
    expect(existsSync(marker)).toBe(false);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `medlint: ${name}: configs must be .json, .yaml or .yml files; medlint never runs code from a config\n` });
  });

  it('reads the "medlint" key of package.json and never runs its scripts', async () => {
    const cwd = tempDir({ 'README.md': LIST });
    const marker = path.join(cwd, 'ran.txt');
    const script = `node -e "require('fs').writeFileSync('${marker}', 'ran')"`;
    const scripts = Object.fromEntries(['preinstall', 'install', 'postinstall', 'prepare', 'pretest', 'test', 'medlint', 'lint'].map((name) => [name, script]));
    writeFileSync(path.join(cwd, 'package.json'), JSON.stringify({ name: 'evil', scripts, medlint: { rules: { 'entry-link': 'off' } } }));
    const result = await runCli(['--offline', '-f', 'json'], { cwd });
    expect(existsSync(marker)).toBe(false);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('"ruleId": "entry-link"');
  });

  it('treats a YAML !!js/function tag as data, never as code', async () => {
    const cwd = tempDir({ 'README.md': LIST, '.medlintrc.yaml': 'ignoreSections: !!js/function "function () { require(\'fs\').writeFileSync(\'ran.txt\', \'x\') }"\n' });
    const result = await runCli(['--offline'], { cwd });
    expect(existsSync(path.join(cwd, 'ran.txt'))).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^medlint: \.medlintrc\.yaml/);
  });

  it('does not let a "__proto__" key in a config reach the prototype of other objects', async () => {
    const cwd = tempDir({ 'README.md': LIST, '.medlintrc.json': '{ "__proto__": { "polluted": true }, "rules": { "__proto__": { "polluted": true } } }' });
    const result = await runCli(['--offline'], { cwd });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('__proto__');
  });
});

describe('the Action never runs code from the pull request', () => {
  it('lints a workspace holding .medlintrc.js, .medlintrc.cjs and package.json scripts without running any of them', async () => {
    const workspace = tempDir({ 'README.md': '# L\n\n## Imaging\n\nTCGA: https://example.org/tcga - an atlas.\n' });
    const marker = path.join(workspace, 'ran.txt');
    const code = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { rules: { 'entry-link': 'off' } };`;
    writeFileSync(path.join(workspace, '.medlintrc.js'), code);
    writeFileSync(path.join(workspace, '.medlintrc.cjs'), code);
    const script = `node -e "require('fs').writeFileSync('${marker}', 'ran')"`;
    writeFileSync(path.join(workspace, 'package.json'), JSON.stringify({ name: 'evil', scripts: { preinstall: script, postinstall: script, prepare: script, test: script } }));
    const result = await runAction({ workspace, inputs: { 'check-links': 'none' } });
    expect(existsSync(marker)).toBe(false);
    // The planted config did not apply: entry-link, which it turned off, still reports.
    expect(result.commands.some((line) => line.startsWith('::error ') && line.includes('title=entry-link'))).toBe(true);
  });

  it('refuses a config input that names a JavaScript file, without running it', async () => {
    const workspace = tempDir({ 'README.md': '# L\n' });
    const marker = path.join(workspace, 'ran.txt');
    writeFileSync(path.join(workspace, 'medlint.config.js'), `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');`);
    const result = await runAction({ workspace, inputs: { 'check-links': 'none', config: 'medlint.config.js' } });
    expect(existsSync(marker)).toBe(false);
    expect(result.exitCode).toBe(1);
    expect(result.failure).toContain('medlint never runs code from a config');
  });
});

describe('private addresses are never requested without --allow-private', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function privateList(): Promise<{ cwd: string; urls: string[] }> {
    server = await startHttpServer({ '/a': status(200), '/b': status(200), '/c': status(200) });
    const urls = [server.url('/a'), `http://localhost:${server.port}/b`, `http://[::ffff:127.0.0.1]:${server.port}/c`];
    const list = ['# L', '', '## Imaging', '', ...urls.map((url, i) => `- [Data ${i}](${url}) - a data set.`), ''].join('\n');
    return { cwd: tempDir({ 'README.md': list }), urls };
  }

  it('skips loopback URLs with the link-skipped reason, and the server sees no request', async () => {
    const { cwd, urls } = await privateList();
    const result = await runCli(['-f', 'json', '--timeout', '2s'], { cwd });
    expect(server?.requests).toEqual([]);
    expect(result.code).toBe(0);
    const [file] = JSON.parse(result.stdout) as Array<{ diagnostics: Array<{ ruleId: string; actual: string; message: string }> }>;
    const skipped = (file?.diagnostics ?? []).filter((d) => d.ruleId === 'link-skipped');
    expect(skipped.map((d) => d.actual)).toEqual(urls);
    for (const d of skipped) expect(d.message).toMatch(/^Unexpected \S+ address `[^`]+` for `[^`]+`, expected a public host; pass `--allow-private` to check it$/);
  });

  it('requests them with --allow-private (so the test above could have seen a request)', async () => {
    const { cwd } = await privateList();
    const result = await runCli(['-f', 'json', '--timeout', '2s', '--allow-private'], { cwd });
    expect(result.code).toBe(0);
    expect(server?.count('/a')).toBeGreaterThan(0);
    expect(result.stdout).not.toContain('link-skipped');
  });
});
