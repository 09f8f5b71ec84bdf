import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../../src/rules/urls.js';

describe('normaliseUrl: the form two URLs of one dataset share', () => {
  const same: ReadonlyArray<readonly [string, string, string]> = [
    ['drops utm_* parameters', 'https://example.org/data?utm_source=list&utm_medium=readme', 'https://example.org/data'],
    ['drops utm_* parameters and keeps the others in order', 'https://example.org/d?id=7&utm_campaign=x&v=2', 'https://example.org/d?id=7&v=2'],
    ['drops a trailing index.html', 'https://example.org/dynamic/index.html', 'https://example.org/dynamic/'],
    ['drops a trailing INDEX.HTML before the fragment', 'http://www.example.org/dynamic/INDEX.HTML#access', 'https://example.org/dynamic#access'],
    ['drops an index.html at the root', 'https://example.org/index.html', 'https://example.org'],
  ];
  for (const [name, a, b] of same) {
    it(name, () => expect(normaliseUrl(a)).toBe(normaliseUrl(b)));
  }

  const different: ReadonlyArray<readonly [string, string, string]> = [
    ['keeps a parameter that only starts like utm', 'https://example.org/d?utmost=1', 'https://example.org/d'],
    ['keeps other query parameters', 'https://example.org/d?id=1', 'https://example.org/d?id=2'],
    ['keeps an index.html that is not the last segment', 'https://example.org/index.html/a', 'https://example.org/a'],
    ['keeps a page that only ends like index.html', 'https://example.org/myindex.html', 'https://example.org/'],
  ];
  for (const [name, a, b] of different) {
    it(name, () => expect(normaliseUrl(a)).not.toBe(normaliseUrl(b)));
  }

  it('writes the normalised form out', () => {
    expect(normaliseUrl('http://WWW.Example.org:80/a/index.html?utm_source=x&id=3#top')).toBe('https://example.org/a?id=3#top');
  });
});
