import { describe, expect, it } from 'vitest';
import { listInput, parseInputs } from '../../src/action/inputs.js';
import { MedlintError } from '../../src/diagnostics/medlint-error.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('applies the defaults on a push', () => {
    expect(parseInputs(reader({ 'github-token': 't' }), 'push')).toEqual({
      files: ['README.md'],
      config: undefined,
      checkLinks: 'all',
      failOn: 'error',
      githubToken: 't',
      reportIssue: false,
      issueTitle: 'Dead links report',
      issueLabels: ['medlint-report'],
      minFailures: 2,
      cache: undefined,
      allowPrivate: false,
    });
  });

  it.each(['pull_request', 'pull_request_target'])('checks only changed links by default on %s', (event) => {
    expect(parseInputs(reader({}), event).checkLinks).toBe('changed');
  });

  it('reads every input', () => {
    const inputs = parseInputs(
      reader({
        files: 'README.md\nlists/*.md, docs/**/*.md\n# a comment',
        config: '.medlintrc.yml',
        'check-links': 'all',
        'fail-on': 'warning',
        'github-token': 'tok',
        'report-issue': 'true',
        'issue-title': 'Links',
        'issue-labels': 'links, report',
        'min-failures': '3',
        cache: '.medlintcache',
        'allow-private': 'TRUE',
      }),
      'schedule',
    );
    expect(inputs).toMatchObject({
      files: ['README.md', 'lists/*.md', 'docs/**/*.md'],
      config: '.medlintrc.yml',
      failOn: 'warning',
      reportIssue: true,
      issueTitle: 'Links',
      issueLabels: ['links', 'report'],
      minFailures: 3,
      cache: '.medlintcache',
      allowPrivate: true,
    });
  });

  it.each([
    [{ 'check-links': 'some' }, 'push', 'Input `check-links` is `some`, expected one of `all`, `changed`, `none`.'],
    [{ 'fail-on': 'errors' }, 'push', 'Input `fail-on` is `errors`, expected one of `error`, `warning`, `never`.'],
    [{ 'min-failures': '0' }, 'push', 'Input `min-failures` is `0`, expected a whole number from 1 to 100.'],
    [{ 'min-failures': '1.5' }, 'push', 'Input `min-failures` is `1.5`, expected a whole number from 1 to 100.'],
    [{ 'allow-private': 'yes' }, 'push', 'Input `allow-private` is `yes`, expected `true` or `false`.'],
    [{ 'report-issue': 'true', 'github-token': 't' }, 'pull_request', 'Input `report-issue` is for scheduled runs; run it on `schedule` or `workflow_dispatch`, not on pull requests.'],
    [{ 'report-issue': 'true', 'check-links': 'none', 'github-token': 't' }, 'schedule', 'Input `report-issue` needs `check-links: all` (it is `none`): the report covers every link.'],
    [{ 'report-issue': 'true' }, 'schedule', 'Input `github-token` is empty; `report-issue` needs a token with `issues: write`.'],
  ])('refuses %j on %s with one line', (values, event, message) => {
    const attempt = () => parseInputs(reader(values), event);
    expect(attempt).toThrow(MedlintError);
    expect(attempt).toThrow(message);
  });
});

describe('listInput', () => {
  it.each([
    ['', []],
    ['a.md', ['a.md']],
    ['a.md, b.md', ['a.md', 'b.md']],
    ['a.md\r\n\n  b.md  \n#c.md', ['a.md', 'b.md']],
  ])('splits %j into %j', (value, list) => {
    expect(listInput(value)).toEqual(list);
  });
});
