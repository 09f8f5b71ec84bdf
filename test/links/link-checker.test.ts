/**
 * The checker that takes URLs while it runs (createLinkChecker): the pipeline adds a quick guess
 * of a list's URLs before parsing it, then asks for the URLs the parsed tree really cites.
 */
import { describe, expect, it } from 'vitest';
import { createLinkChecker } from '../../src/links/index.js';
import { delayed, hang, html, status } from '../helpers/http-server.js';
import { fastOptions, serve } from './support.js';

/** Resolves once `condition` holds (polled); the test's own timeout bounds it. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('createLinkChecker', () => {
  it('starts the requests of added URLs before anyone waits for them', async () => {
    const server = await serve({ '/a': html('a') });
    const checker = createLinkChecker(fastOptions());
    checker.add([server.url('/a')]);
    await until(() => server.count('/a') === 1);
    const outcomes = await checker.finish();
    expect(outcomes.get(server.url('/a'))).toMatchObject({ kind: 'ok' });
    expect(server.count('/a')).toBe(1);
  });

  it('answers for the needed URLs only, and gives up a guess nobody cites even when its host hangs', async () => {
    const server = await serve({ '/cited': html('ok'), '/in-code': hang() });
    // A 60 s timeout: the test's 5 s limit fails it if finish() waits for the hanging guess.
    const checker = createLinkChecker(fastOptions({ timeoutMs: 60_000 }));
    checker.add([server.url('/in-code'), server.url('/cited')]);
    await until(() => server.count('/in-code') === 1);
    const outcomes = await checker.finish([server.url('/cited')]);
    expect([...outcomes.keys()]).toEqual([server.url('/cited')]);
    expect(outcomes.get(server.url('/cited'))).toMatchObject({ kind: 'ok' });
  });

  it('gives up a guess whose host is paused by a long Retry-After without spinning or waiting', async () => {
    const limited = await serve({ '/limited': status(429, { 'retry-after': '30' }) });
    const other = await serve({ '/cited': html('ok') });
    const checker = createLinkChecker(fastOptions({ maxRetryAfterMs: 60_000 }));
    checker.add([limited.url('/limited')]);
    await until(() => limited.count('/limited') === 1);
    // The test's 5 s limit fails it if finish() waits out (or busy-loops through) the 30 s pause.
    const outcomes = await checker.finish([other.url('/cited')]);
    expect(outcomes.get(other.url('/cited'))).toMatchObject({ kind: 'ok' });
  });

  it('checks a URL that the guess missed once it is asked for', async () => {
    const server = await serve({ '/guessed': html('g'), '/missed': html('m') });
    const checker = createLinkChecker(fastOptions());
    checker.add([server.url('/guessed')]);
    const outcomes = await checker.finish([server.url('/guessed'), server.url('/missed')]);
    expect(outcomes.get(server.url('/missed'))).toMatchObject({ kind: 'ok' });
    expect(server.count('/guessed')).toBe(1);
  });

  it('asks no second time for a page under way or settled, however the later URL spells it', async () => {
    const server = await serve({ '/slow': delayed(150, html('s')), '/fast': html('f') });
    const spelled = (path: string): string => server.url(path).replace('http://', 'HTTP://');
    let settled = 0;
    const counts: Array<[number, number]> = [];
    const checker = createLinkChecker(
      fastOptions({
        onProgress: (done, total) => {
          settled = done;
          counts.push([done, total]);
        },
      }),
    );
    checker.add([spelled('/slow'), spelled('/fast')]);
    // /fast settled, /slow still under way (it answers 150 ms late).
    await until(() => settled === 1 && server.count('/slow') === 1);
    const outcomes = await checker.finish([server.url('/slow'), server.url('/fast')]);
    expect(outcomes.get(server.url('/slow'))).toMatchObject({ kind: 'ok' });
    expect(outcomes.get(server.url('/fast'))).toMatchObject({ kind: 'ok' });
    expect(server.requests).toHaveLength(2);
    // Four distinct URLs (two spellings of two pages), each counted once.
    expect(counts.every(([done, total]) => done <= total)).toBe(true);
    expect(counts.at(-1)).toEqual([4, 4]);
  });

  it('looks for a fragment named after its page was requested without one in a request of its own', async () => {
    const server = await serve({ '/page': html('<h2 id="methods">Methods</h2>') });
    const page = server.url('/page');
    const checker = createLinkChecker(fastOptions());
    checker.add([page]);
    await until(() => server.count('/page') === 1);
    const outcomes = await checker.finish([page, `${page}#methods`, `${page}#missing`]);
    expect(outcomes.get(`${page}#methods`)).toMatchObject({ kind: 'ok', fragment: 'found' });
    expect(outcomes.get(`${page}#missing`)).toMatchObject({ kind: 'fragment-missing' });
    expect(server.count('/page', 'GET')).toBe(1);
  });

  it('stops at once on abort, whatever is under way', async () => {
    const server = await serve({ '/hang': hang() });
    const checker = createLinkChecker(fastOptions({ timeoutMs: 60_000 }));
    checker.add([server.url('/hang')]);
    await until(() => server.count('/hang') === 1);
    await expect(checker.abort()).resolves.toBeUndefined();
  });
});
