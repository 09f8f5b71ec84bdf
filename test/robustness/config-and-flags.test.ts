/**
 * Invalid config and command lines that test/config and test/cli do not already cover: each is
 * one line on stderr naming the file (with line and column for syntax errors) or the flag, with
 * the usage line for flags, exit 2 and nothing on stdout.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const LIST = '# L\n\n## Imaging\n\n- [Alpha Chest](https://example.org/alpha-chest) - 224,316 chest radiographs.\n';

describe('invalid config: one line naming the file and the problem, exit 2', () => {
  it.each([
    ['a top level that is a list', '.medlintrc.json', '[]', '.medlintrc.json: invalid configuration: expected an object at the top level, found []'],
    ['a top level that is null', '.medlintrc.json', 'null', '.medlintrc.json: invalid configuration: expected an object at the top level, found null'],
    ['a top level that is a number', '.medlintrc.yaml', '42\n', '.medlintrc.yaml: invalid configuration: expected an object at the top level, found 42'],
    ['bad JSON with CRLF endings, with line and column', '.medlintrc.json', '{\r\n  "rules": {\r\n    "entry-link": "warn",\r\n  }\r\n}', '.medlintrc.json:4:3: invalid JSON'],
    ['bad JSON in package.json, with line and column', 'package.json', '{"name": "x",\n "medlint": {"rules": {"entry-link": "warn",}}}', 'package.json:2:45: invalid JSON'],
    ['text after the JSON value, with line and column', '.medlintrc.json', '{"rules": {}} trailing', '.medlintrc.json:1:15: invalid JSON: Unexpected non-whitespace character after JSON'],
    ['a key given twice in YAML, with line and column', '.medlintrc.yaml', 'rules:\n  entry-link: warn\n  entry-link: off\n', '.medlintrc.yaml:3:3: invalid YAML: Map keys must be unique'],
    ['a negative maxFileSize', '.medlintrc.json', '{ "maxFileSize": -1 }', '.medlintrc.json: invalid configuration: `maxFileSize` must be >= 1'],
    ['a maxFileSize written as text', '.medlintrc.json', '{ "maxFileSize": "10MB" }', '.medlintrc.json: invalid configuration: `maxFileSize` must be integer'],
    ['a maxFileSize too large for a number', '.medlintrc.json', '{ "maxFileSize": 1e400 }', '.medlintrc.json: invalid configuration: `maxFileSize` must be integer'],
    ['an unknown key inside links', '.medlintrc.json', '{ "links": { "timout": 5 } }', '.medlintrc.json: invalid configuration: unknown key `timout` in `links`; expected one of: concurrency,'],
    ['rules given as a list', '.medlintrc.yaml', 'rules: [1, 2]\n', '.medlintrc.yaml: invalid configuration: `rules` must be an object of rule ids, found [1,2]'],
    ['a rule setting with a third element', '.medlintrc.json', '{ "rules": { "entry-link": ["warn", {}, 3] } }', '`rules.entry-link` must be "off", "warn", "error" or ["warn", { …options }], found ["warn",{},3]'],
    ['extends naming another file', '.medlintrc.json', '{ "extends": "./other.json" }', '.medlintrc.json: invalid configuration: `extends` must be one of ["medlint:recommended","medlint:strict"]'],
    ['ignoreSections as a string', '.medlintrc.json', '{ "ignoreSections": "Tools" }', '.medlintrc.json: invalid configuration: `ignoreSections` must be array'],
  ])('refuses %s', async (_name, file, content, message) => {
    const cwd = tempDir({ [file]: content, 'README.md': LIST });
    const result = await runCli(['--offline'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toMatch(/^medlint: /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses an invalid exclude pattern in the config once links are checked, naming the file', async () => {
    const cwd = tempDir({ '.medlintrc.json': '{ "links": { "exclude": ["(unclosed"] } }', 'README.md': '# L\n' });
    const result = await runCli([], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^medlint: \.medlintrc\.json: links\.exclude\[0\]: invalid regular expression "\(unclosed" \(.+\)\n$/);
  });

  it('refuses a look-around or back-reference in an exclude pattern, which the linear-time engine cannot run', async () => {
    const cwd = tempDir({ '.medlintrc.json': '{ "links": { "exclude": ["^https://", "(a)\\\\1"] } }', 'README.md': '# L\n' });
    const result = await runCli([], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^medlint: \.medlintrc\.json: links\.exclude\[1\]: invalid regular expression "\(a\)\\\\1" \(.*linear-time engine.*\)\n$/);
    const flag = await runCli(['--exclude', 'a(?=b)'], { cwd: tempDir({ 'README.md': '# L\n' }) });
    expect(flag.code).toBe(2);
    expect(flag.stderr.split('\n')[0]).toMatch(/^medlint: --exclude: invalid regular expression "a\(\?=b\)" /);
  });

  it('runs an exponential exclude pattern from a config in linear time on a crafted URL', async () => {
    // On the backtracking engine `(a+)+$` against 40 a's and a `!` takes longer than the age of the universe.
    const url = `http://127.0.0.1/${'a'.repeat(40)}!`;
    const cwd = tempDir({ '.medlintrc.json': '{ "links": { "exclude": ["(a+)+$"] } }', 'README.md': `# L\n\n## Data\n\n- [A](${url}) - A set.\n` });
    const started = performance.now();
    const result = await runCli(['--format', 'json'], { cwd });
    expect(performance.now() - started).toBeLessThan(10_000);
    const [file] = JSON.parse(result.stdout) as [{ diagnostics: { ruleId: string }[] }];
    // Not excluded (no match), so the private-address policy speaks for it: nothing was requested.
    expect(file.diagnostics.map((d) => d.ruleId)).toEqual(['link-skipped']);
  });

  it('refuses allowPrivate: true in a config file, which a pull request could change, and names the flag to use', async () => {
    const cwd = tempDir({ '.medlintrc.json': '{ "links": { "allowPrivate": true } }', 'README.md': LIST });
    const result = await runCli(['--offline'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "medlint: .medlintrc.json: invalid configuration: `links.allowPrivate` cannot be turned on in a config file (a pull request could change it); pass --allow-private on the command line or the Action's allow-private input\n",
    );
    const off = tempDir({ '.medlintrc.json': '{ "links": { "allowPrivate": false } }', 'README.md': LIST });
    expect((await runCli(['--offline'], { cwd: off })).code).toBe(0);
  });

  it.each([
    ['timeout', 600_001, 600000],
    ['timeout', 2 ** 31, 600000],
    ['retries', 11, 10],
    ['timeoutRetries', 6, 5],
    ['maxRetryAfter', 600_001, 600000],
    ['concurrency', 1025, 1024],
    ['perHost', 257, 256],
  ])('caps links.%s in a config: %d is refused, naming the key and the maximum', async (key, value, maximum) => {
    const cwd = tempDir({ '.medlintrc.json': JSON.stringify({ links: { [key]: value } }), 'README.md': LIST });
    const result = await runCli(['--offline'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`medlint: .medlintrc.json: invalid configuration: \`links.${key}\` must be <= ${maximum}\n`);
  });

  it('caps maxFileSize and a host\'s own perHost in a config', async () => {
    for (const [config, message] of [
      [{ maxFileSize: 2 ** 40 }, '`maxFileSize` must be <= 67108864'],
      [{ links: { hosts: { 'example.org': { perHost: 1000 } } } }, '`links.hosts.example.org.perHost` must be <= 256'],
    ] as const) {
      const cwd = tempDir({ '.medlintrc.json': JSON.stringify(config), 'README.md': LIST });
      const result = await runCli(['--offline'], { cwd });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`medlint: .medlintrc.json: invalid configuration: ${message}\n`);
    }
  });

  it('takes a config with a UTF-8 BOM, and an empty config file as no config', async () => {
    const bom = tempDir({ '.medlintrc.json': '\ufeff{ "rules": { "entry-link": "off" } }', 'README.md': LIST });
    expect((await runCli(['--offline'], { cwd: bom })).code).toBe(0);
    const empty = tempDir({ '.medlintrc.json': '', 'README.md': LIST });
    expect(await runCli(['--offline'], { cwd: empty })).toEqual({ code: 0, stdout: '✔ No problems (1 file, 1 entry)\n', stderr: '' });
  });
});

describe('unknown or bad command-line flags: the problem and the usage line, exit 2', () => {
  it.each([
    [['--header', 'bad'], '--header expects "host Name: value" (host: example.org for https on port 443, or an origin such as http://example.org:8080), got "bad"'],
    [['--accept', '99'], '--accept expects status codes such as 200,204,429, got "99"'],
    [['--per-host', '0'], '--per-host expects a whole number ≥ 1, got "0"'],
    [['--timeout', '2147483648ms'], '--timeout expects at most 10m, got 2147483648 ms'],
    [['--timeout', '25d'], '--timeout expects at most 10m, got 2160000000 ms'],
    [['--timeout', '601'], '--timeout expects at most 10m, got 601000 ms'],
    [['--parse-timeout', '0'], '--parse-timeout expects a duration above 0, got "0"'],
    [['--parse-timeout', 'never'], '--parse-timeout expects a duration such as 15s, 500ms, 12h or 1d, got "never"'],
    [['--parse-timeout', '1h'], '--parse-timeout expects at most 10m, got 3600000 ms'],
    [['--concurrency', '5000'], '--concurrency expects at most 1024, got 5000'],
    [['--retries', '99'], '--retries expects at most 10, got 99'],
    [['--max-cache-age', '1y'], '--max-cache-age expects a duration such as 15s, 500ms, 12h or 1d, got "1y"'],
    [['--format'], "Option '-f, --format <value>' argument missing"],
    [['--config'], "Option '-c, --config <value>' argument missing"],
    [['--offline=yes'], "Option '--offline' does not take an argument"],
    [['entries'], 'entries expects exactly one file'],
    [['entries', 'a.md', 'b.md'], 'entries expects exactly one file'],
    [['entries', 'README.md', '--format', 'sarif'], 'entries --format expects json, csv or jsonld, got "sarif"'],
  ])('refuses %j', async (argv, message) => {
    const cwd = tempDir({ 'README.md': LIST });
    const result = await runCli(argv, { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const [first, usage, hint, end] = result.stderr.split('\n');
    expect(first).toBe(`medlint: ${message}`);
    expect(usage).toMatch(/^Usage: medlint \[options\] \[files or globs…\]/);
    expect(hint).toBe('Run "medlint --help" for all options.');
    expect(end).toBe('');
  });
});
