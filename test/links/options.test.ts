import { describe, expect, it } from 'vitest';
import { resolveLinkOptions } from '../../src/links/index.js';

describe('resolveLinkOptions', () => {
  it('fills in the documented defaults', () => {
    const options = resolveLinkOptions({});
    expect(options).toMatchObject({
      concurrency: 128,
      perHost: 8,
      perHostByHost: {},
      headersByHost: {},
      timeoutMs: 15_000,
      retries: 2,
      timeoutRetries: 1,
      maxRetryAfterMs: 60_000,
      allowPrivate: false,
      exclude: [],
      accept: [],
      githubToken: null,
      githubApiUrl: 'https://api.github.com',
      doiApiUrl: 'https://doi.org/api/handles/',
      cache: null,
      retryDelayMs: 1_000,
      maxBodyBytes: 4 * 1024 * 1024,
      maxRedirects: 10,
    });
    expect(options.userAgent).toMatch(/^Mozilla\/5\.0 /);
    expect(options.onProgress).toBeUndefined();
    expect(options.lookup).toBeUndefined();
  });

  it('keeps what is given', () => {
    const onProgress = () => undefined;
    const options = resolveLinkOptions({ perHost: 2, allowPrivate: true, exclude: [/x/], onProgress, cache: { path: '.medlintcache', maxAgeMs: 5 } });
    expect(options.perHost).toBe(2);
    expect(options.allowPrivate).toBe(true);
    expect(options.exclude).toEqual([/x/]);
    expect(options.onProgress).toBe(onProgress);
    expect(options.cache).toEqual({ path: '.medlintcache', maxAgeMs: 5 });
  });
});
