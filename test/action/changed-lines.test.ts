import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addedLines, changedFilesFrom, fetchChangedFiles, normalizePath, spanChanged } from '../../src/action/changed-lines.js';
import { createGitHubClient, GitHubApiError } from '../../src/action/github-api.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

describe('addedLines', () => {
  it.each([
    ['one added line', '@@ -1,3 +1,4 @@\n a\n+b\n c\n d', [2]],
    ['a modified line (- then +)', '@@ -5,3 +5,3 @@\n x\n-old\n+new\n y', [6]],
    ['a deletion only', '@@ -5,3 +5,2 @@\n x\n-gone\n y', []],
    [
      'two hunks',
      '@@ -1,2 +1,3 @@\n a\n+b\n c\n@@ -20,2 +21,3 @@ ## Section\n p\n+q\n+r',
      [2, 22, 23],
    ],
    ['a new file', '@@ -0,0 +1,2 @@\n+a\n+b\n\\ No newline at end of file', [1, 2]],
    ['a one-line hunk header', '@@ -3 +3 @@\n-a\n+b', [3]],
    ['CRLF line ends', '@@ -1,2 +1,2 @@\r\n-a\r\n+b\r\n c', [1]],
    ['a moved entry (deleted above, added below)', '@@ -2,5 +2,5 @@\n-- [A](a)\n - [B](b)\n - [C](c)\n+- [A](a)\n - [D](d)', [4]],
  ])('reads %s', (_name, patch, lines) => {
    expect([...addedLines(patch)]).toEqual(lines);
  });
});

describe('changedFilesFrom', () => {
  it('keeps new paths, drops removed files, and treats a file without a patch as wholly changed', () => {
    const changed = changedFilesFrom(
      [
        { filename: 'README.md', status: 'modified', changes: 2, patch: '@@ -1,1 +1,2 @@\n a\n+b' },
        { filename: 'old.md', status: 'removed', changes: 10 },
        { filename: 'lists/new.md', status: 'renamed', previous_filename: 'lists/old.md', changes: 0 },
        { filename: 'big.md', status: 'modified', changes: 5000 },
      ],
      false,
    );
    expect([...changed.files.keys()]).toEqual(['README.md', 'lists/new.md', 'big.md']);
    expect(changed.files.get('lists/new.md')).toEqual({ file: 'lists/new.md', previousFile: 'lists/old.md', status: 'renamed', lines: new Set() });
    expect(changed.files.get('big.md')?.lines).toBe('all');
    expect(changed.notes).toEqual(['GitHub sent no diff for big.md (too large or binary), so every line of it counts as changed.']);
    expect(spanChanged(changed, './README.md', 2, 2)).toBe(true);
    expect(spanChanged(changed, 'README.md', 1, 1)).toBe(false);
    expect(spanChanged(changed, 'big.md', 999, 999)).toBe(true);
    expect(spanChanged(changed, 'lists/new.md', 1, 100)).toBe(false);
    expect(spanChanged(changed, 'other.md', 1, 1)).toBe(false);
  });

  it('says when GitHub cut the list at 3000 files', () => {
    expect(changedFilesFrom([], true).notes).toEqual(['GitHub lists at most 3000 files of a pull request; files beyond that were not checked.']);
  });

  it.each([
    ['./a//b.md', 'a/b.md'],
    ['a\\b.md', 'a/b.md'],
    ['README.md', 'README.md'],
  ])('normalises %j to %j', (input, output) => {
    expect(normalizePath(input)).toBe(output);
  });
});

describe('fetchChangedFiles', () => {
  let server: GitHubServer;
  beforeAll(async () => {
    server = await startGitHubServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('reads every page of the pulls files API without following the Link URLs', async () => {
    server.pulls.set(
      7,
      Array.from({ length: 250 }, (_, index) => ({
        filename: `lists/${String(index).padStart(3, '0')}.md`,
        status: 'modified' as const,
        changes: 1,
        patch: `@@ -1,1 +1,2 @@\n a\n+line ${index}`,
      })),
    );
    const client = createGitHubClient(server.token, server.url);
    const changed = await fetchChangedFiles(client, { owner: server.owner, repo: server.repo }, 7);
    expect(changed.files.size).toBe(250);
    expect(changed.files.get('lists/249.md')?.lines).toEqual(new Set([2]));
    const pages = server.requests.filter((request) => request.path.endsWith('/pulls/7/files'));
    expect(pages.map((request) => [request.query['page'], request.query['per_page']])).toEqual([
      ['1', '100'],
      ['2', '100'],
      ['3', '100'],
    ]);
    expect(pages.every((request) => request.headers.authorization === `token ${server.token}`)).toBe(true);
  });

  it('turns a refusal into one line naming the permission', async () => {
    const client = createGitHubClient(server.token, server.url);
    const attempt = fetchChangedFiles(client, { owner: server.owner, repo: server.repo }, 404);
    await expect(attempt).rejects.toThrow(GitHubApiError);
    await expect(attempt).rejects.toThrow(
      'medlint could not list the files of pull request #404: GitHub answered 404 (Not Found). Give the job `permissions: pull-requests: read` (or a token that has it) and run it again.',
    );
  });
});
