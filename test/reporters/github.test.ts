import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeData, escapeProperty, formatCommand } from '../../src/reporters/github-command.js';
import { formatAnnotation, formatGithub, planAnnotations } from '../../src/reporters/github.js';
import { diagnostic, fileResult, HOSTILE } from '../action/build-results.js';

/** Decodes a workflow command line the way the runner does (ActionCommand.TryParseV2). */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } | null {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith('::')) return null;
  const end = trimmed.indexOf('::', 2);
  if (end < 0) return null;
  const info = trimmed.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(',')) {
      const equals = pair.indexOf('=');
      properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1), true);
    }
  }
  return { command, properties, data: unescape(trimmed.slice(end + 2), false) };
}

function unescape(value: string, property: boolean): string {
  let result = value.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) result = result.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return result.replace(/%25/g, '%');
}

/** Text without the control characters the reporter makes visible (the toolkit passes them on). */
const PRINTABLE = HOSTILE.filter((value) => !/[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F]/.test(value));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('workflow command escaping', () => {
  it.each([
    ['plain text', 'plain text', 'plain text'],
    ['100%', '100%25', '100%25'],
    ['a\nb', 'a%0Ab', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['%0A stays literal', '%250A stays literal', '%250A stays literal'],
    ['key: value, more', 'key: value, more', 'key%3A value%2C more'],
    ['::set-output name=x::y', '::set-output name=x::y', '%3A%3Aset-output name=x%3A%3Ay'],
    ['\u001b[31mred', '\\x1B[31mred', '\\x1B[31mred'],
    ['nul\u0000', 'nul\\x00', 'nul\\x00'],
  ])('escapes %j as data %j and as a property %j', (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });

  it.each(PRINTABLE)('encodes %j exactly as @actions/core does', (value) => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    core.error(value, { title: value });
    vi.restoreAllMocks();
    expect(written.join('').replace(/\r?\n$/, '')).toBe(formatCommand('error', { title: value }, value));
  });

  it('leaves out empty and undefined properties, as the toolkit does', () => {
    expect(formatCommand('warning', { file: 'a.md', line: undefined, title: '' }, 'm')).toBe('::warning file=a.md::m');
    expect(formatCommand('warning', {}, 'm')).toBe('::warning::m');
  });
});

describe('formatAnnotation', () => {
  it('writes file, line, end line, columns and the rule id as title for a one-line span', () => {
    const line = formatAnnotation(
      diagnostic({ ruleId: 'entry-link', line: 12, column: 3, endColumn: 20, message: 'Unexpected bare URL `http://x`' }),
    );
    expect(line).toBe('::error file=README.md,line=12,endLine=12,col=3,endColumn=20,title=entry-link::Unexpected bare URL `http://x`');
  });

  it('leaves the columns out of a span over several lines, as the runner requires', () => {
    const line = formatAnnotation(diagnostic({ ruleId: 'r', line: 3, endLine: 5, column: 2, endColumn: 4, severity: 'warning' }));
    expect(line).toBe('::warning file=README.md,line=3,endLine=5,title=r::Problem found by r');
  });

  it('puts the note on a second, escaped line of the message', () => {
    const line = formatAnnotation(diagnostic({ ruleId: 'link-redirect', line: 1, message: 'Moved', note: 'a → b' }));
    expect(parseCommand(line)?.data).toBe('Moved\na → b');
  });
});

describe('formatGithub against injection', () => {
  it.each(HOSTILE)('keeps %j inside one annotation that decodes back to the text', (value) => {
    const results = [
      fileResult(`docs/${value}.md`, [diagnostic({ ruleId: value, line: 2, message: value, severity: 'warning' })]),
    ];
    const output = formatGithub(results);
    const lines = output.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    const parsed = parseCommand(lines[0] ?? '');
    expect(parsed?.command).toBe('warning');
    const visible = value.replace(/[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    expect(parsed?.data).toBe(visible);
    expect(parsed?.properties['file']).toBe(`docs/${visible}.md`);
    expect(parsed?.properties['title']).toBe(visible);
    expect(output).not.toMatch(/\u001b|\r/);
  });

  it('never prints a line that starts another workflow command', () => {
    const results = [fileResult('README.md', HOSTILE.map((value, index) => diagnostic({ ruleId: 'r', line: index + 1, message: value })))];
    const commands = formatGithub(results, { maxPerKind: Number.POSITIVE_INFINITY })
      .split('\n')
      .filter((line) => line.trimStart().startsWith('::'))
      .map((line) => parseCommand(line)?.command);
    expect(commands).toEqual(HOSTILE.map(() => 'error'));
  });
});

describe('annotation cap', () => {
  const many = fileResult('README.md', [
    ...Array.from({ length: 12 }, (_, index) => diagnostic({ ruleId: 'e', line: index + 1 })),
    ...Array.from({ length: 11 }, (_, index) => diagnostic({ ruleId: 'w', line: index + 1, severity: 'warning' })),
  ]);

  it('emits the first 10 errors and 10 warnings in report order and counts the rest', () => {
    const plan = planAnnotations([many]);
    expect(plan.shown.filter((item) => item.severity === 'error').map((item) => item.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(plan.shown.filter((item) => item.severity === 'warning')).toHaveLength(10);
    expect(plan.omitted).toEqual({ errors: 2, warnings: 1 });
  });

  it('says how many were left out on a plain line that is not a command', () => {
    const lines = formatGithub([many]).trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe(
      'medlint: 2 more errors and 1 more warning not annotated: GitHub shows 10 annotations of each kind per step; the job summary lists every finding.',
    );
  });

  it('takes a smaller error limit when asked (the Action keeps one for its failure message)', () => {
    const plan = planAnnotations([many], { error: 9, warning: 10 });
    expect(plan.omitted).toEqual({ errors: 3, warnings: 1 });
    expect(formatGithub([many], { maxErrors: 9 }).split('\n').filter((line) => line.startsWith('::error'))).toHaveLength(9);
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatGithub([fileResult('README.md', [])])).toBe('');
  });
});

describe('bidirectional formatting characters', () => {
  it('shows them as visible escapes in annotations, so a name cannot reorder the log line', async () => {
    const { showControlCharacters } = await import('../../src/reporters/github-command.js');
    expect(showControlCharacters('TCGA\u202e: x\u2066y\u0085')).toBe('TCGA\\u202E: x\\u2066y\\x85');
  });
});
