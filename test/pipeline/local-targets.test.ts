import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { lintFiles } from '../../src/pipeline/index.js';
import { tempDir } from '../helpers/temp-dir.js';

const LOCAL_RULES = new Set(['no-missing-file', 'no-link-outside-repository', 'no-missing-fragment']);

/** Lints `file` under `repo` offline; the local-target reports as `line ruleId actual`. */
async function lintLocal(repo: string, file = 'README.md'): Promise<string[]> {
  const [result] = await lintFiles([file], { config: resolveConfig({}, null), cwd: repo, links: null });
  return (result?.diagnostics ?? []).filter((d) => LOCAL_RULES.has(d.ruleId)).map((d) => `${d.line} ${d.ruleId} ${d.actual}`);
}

/** A repository folder beside an `outside` folder, with links from README.md (one per line). */
function repository(links: string[], files: Record<string, string> = {}): { root: string; repo: string } {
  const root = tempDir({
    'outside/secret.md': '# Secret\n',
    'repo/README.md': `# List\n\n${links.map((link) => `[x](${link})`).join('\n\n')}\n`,
    ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`repo/${name}`, text])),
  });
  return { root, repo: path.join(root, 'repo') };
}

describe('relative link targets through the pipeline', () => {
  it('reports a missing file however the link is written: fragment, query, percent-encoding', async () => {
    const { repo } = repository(
      ['docs/missing.md#intro', 'docs/missing.md?plain=1', 'docs/a%20b.md', 'docs/no%20such.md', './docs/present.md#top', 'docs/present.md?plain=1'],
      { 'docs/a b.md': '# A b\n', 'docs/present.md': '# Present\n' },
    );
    expect(await lintLocal(repo)).toEqual([
      '3 no-missing-file docs/missing.md#intro',
      '5 no-missing-file docs/missing.md?plain=1',
      '9 no-missing-file docs/no%20such.md',
    ]);
  });

  it('checks a fragment into another Markdown file against its headings and HTML anchors', async () => {
    const other = '# Other\n\n## Setup <!-- keep -->\n\n- ## Nested heading\n\n<a name="legacy"></a>\n\n<!-- <a id="hidden"></a> -->\n';
    const { repo } = repository(
      ['docs/other.md#setup-', 'docs/other.md#nested-heading', 'docs/other.md#legacy', 'docs/other.md#Setup-', 'docs/other.md#setup', 'docs/other.md#hidden', 'docs/other.md?plain=1#L3', 'docs/other.md#L3', 'README.md#list'],
      { 'docs/other.md': other },
    );
    const [result] = await lintFiles(['README.md'], { config: resolveConfig({}, null), cwd: repo, links: null });
    const reports = (result?.diagnostics ?? []).filter((d) => d.ruleId === 'no-missing-fragment');
    expect(reports.map((d) => [d.line, d.messageId, d.actual, d.expected])).toEqual([
      [11, 'missingInFileWithSuggestion', 'docs/other.md#setup', 'docs/other.md#setup-'],
      [13, 'missingInFile', 'docs/other.md#hidden', undefined],
    ]);
    expect(reports[0]?.message).toBe(
      'Unexpected link `docs/other.md#setup` to no heading or anchor in `docs/other.md`, expected an existing one; did you mean `docs/other.md#setup-`?',
    );
  });

  it('checks a fragment into an HTML file against its ids, not against commented or scripted ones', async () => {
    const page = '<h2 id="intro">Intro</h2><p name="para">x</p><script>"<a id=scripted>"</script><a name="caf&eacute;"></a>';
    const { repo } = repository(['docs/page.html#intro', 'docs/page.html#caf%C3%A9', 'docs/page.html#para', 'docs/page.html#scripted'], {
      'docs/page.html': page,
    });
    expect(await lintLocal(repo)).toEqual([
      '7 no-missing-fragment docs/page.html#para',
      '9 no-missing-fragment docs/page.html#scripted',
    ]);
  });

  it('reports links out of the repository alike whether their target exists or not', async () => {
    const { repo } = repository(['../outside/secret.md', '../outside/nothing.md', '../outside/secret.md#secret', './docs/../../outside/x.md']);
    expect(await lintLocal(repo)).toEqual([
      '3 no-link-outside-repository ../outside/secret.md',
      '5 no-link-outside-repository ../outside/nothing.md',
      '7 no-link-outside-repository ../outside/secret.md#secret',
      '9 no-link-outside-repository ./docs/../../outside/x.md',
    ]);
  });

  it('takes a symlink whose real path leaves the repository as outside, and follows one that stays in', async () => {
    const { root, repo } = repository(
      ['docs/ext/secret.md', 'docs/ext/nothing.md', 'docs/secret-link.md#secret', 'docs/inner-link.md#setup', 'docs/inner-link.md#nowhere', 'docs/loop.md'],
      { 'docs/other.md': '# Other\n\n## Setup\n' },
    );
    symlinkSync(path.join(root, 'outside'), path.join(repo, 'docs/ext'));
    symlinkSync('../../outside/secret.md', path.join(repo, 'docs/secret-link.md'));
    symlinkSync('other.md', path.join(repo, 'docs/inner-link.md'));
    symlinkSync('loop.md', path.join(repo, 'docs/loop.md'));
    expect(await lintLocal(repo)).toEqual([
      '3 no-link-outside-repository docs/ext/secret.md',
      '5 no-link-outside-repository docs/ext/nothing.md',
      '7 no-link-outside-repository docs/secret-link.md#secret',
      '11 no-missing-fragment docs/inner-link.md#nowhere',
      '13 no-missing-file docs/loop.md',
    ]);
  });

  it('measures the boundary from the repository root, not from the linted file', async () => {
    const { repo } = repository([], { 'docs/list.md': '# List\n\n[up](../README.md#list) [out](../../outside/secret.md)\n' });
    expect(await lintLocal(repo, 'docs/list.md')).toEqual(['3 no-link-outside-repository ../../outside/secret.md']);
  });

  it('does not look up the links of a file outside the repository that the user named', async () => {
    const root = tempDir({ 'outside/list.md': '# List\n\n[a](missing.md) [b](../x.md)\n', 'repo/README.md': '# Repo\n' });
    expect(await lintLocal(path.join(root, 'repo'), '../outside/list.md')).toEqual([]);
  });
});

describe('reading local targets for their anchors', () => {
  it('leaves the anchors of a target above maxFileSize unknown, and reads one at the limit', async () => {
    const repo = tempDir({
      'README.md': '# L\n\n[a](big.md#nope) [b](small.md#nope)\n',
      'big.md': `# Big\n\n${'x'.repeat(200)}\n`,
      'small.md': '# Small\n',
    });
    const [result] = await lintFiles(['README.md'], { config: resolveConfig({ maxFileSize: 100 }, null), cwd: repo, links: null });
    expect((result?.diagnostics ?? []).filter((d) => LOCAL_RULES.has(d.ruleId)).map((d) => d.actual)).toEqual(['small.md#nope']);
  });

  it('reads targets for anchors up to maxFileSize in all, in source order', async () => {
    const target = `# T\n\n${'x'.repeat(54)}\n`;
    expect(target.length).toBe(60);
    const repo = tempDir({ 'README.md': '# L\n\n[a](a.md#x) [b](b.md#x) [c](c.md#x)\n', 'a.md': target, 'b.md': target, 'c.md': target });
    const [result] = await lintFiles(['README.md'], { config: resolveConfig({ maxFileSize: 150 }, null), cwd: repo, links: null });
    expect((result?.diagnostics ?? []).filter((d) => LOCAL_RULES.has(d.ruleId)).map((d) => d.actual)).toEqual(['a.md#x', 'b.md#x']);
  });

  it('does not block on a named pipe named like a Markdown file', async () => {
    const repo = tempDir({ 'README.md': '# L\n\n[a](pipe.md#intro)\n' });
    execFileSync('mkfifo', [path.join(repo, 'pipe.md')]);
    expect(await lintLocal(repo)).toEqual([]);
  }, 5_000);
});
