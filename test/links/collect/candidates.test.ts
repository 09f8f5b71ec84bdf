import { describe, expect, it } from 'vitest';
import { candidateUrls } from '../../../src/links/collect/candidates.js';

// The guess only has to be close: the parsed tree decides what is checked and reported.
const cases: Array<{ name: string; markdown: string; urls: string[] }> = [
  { name: 'an inline link', markdown: '- [CheXpert](https://example.org/chexpert) - X-rays.', urls: ['https://example.org/chexpert'] },
  { name: 'a link with a title', markdown: '[A](https://example.org/a "Title")', urls: ['https://example.org/a'] },
  { name: 'a destination in angle brackets', markdown: '[A](<https://example.org/a>)', urls: ['https://example.org/a'] },
  { name: 'balanced parentheses in the path', markdown: '[W](https://en.wikipedia.org/wiki/Set_(mathematics))', urls: ['https://en.wikipedia.org/wiki/Set_(mathematics)'] },
  { name: 'an autolink', markdown: 'See <https://example.org/auto>.', urls: ['https://example.org/auto'] },
  { name: 'a bare URL without its closing punctuation', markdown: 'TCGA: https://example.org/tcga, http://example.org/b.', urls: ['https://example.org/tcga', 'http://example.org/b'] },
  { name: 'a definition', markdown: '[ref]: https://example.org/ref "T"', urls: ['https://example.org/ref'] },
  { name: 'raw HTML', markdown: '<a href="https://example.org/h">x</a> <img src=\'https://example.org/i.png\'>', urls: ['https://example.org/h', 'https://example.org/i.png'] },
  { name: 'each URL once, in order', markdown: '[a](https://e.org/1) [b](https://e.org/2) [c](https://e.org/1)', urls: ['https://e.org/1', 'https://e.org/2'] },
  { name: 'no http(s): mailto, relative, fragments', markdown: '[m](mailto:a@b.org) [r](docs/x.md) [f](#top) [ftp](ftp://e.org/f)', urls: [] },
  { name: 'not inside fenced code', markdown: '```sh\ncurl https://example.org/in-code\n```\n[out](https://example.org/out)', urls: ['https://example.org/out'] },
  { name: 'not inside a tilde fence, up to its closing fence', markdown: '~~~~\nhttps://e.org/in\n~~~\nhttps://e.org/still-in\n~~~~\nhttps://e.org/out', urls: ['https://e.org/out'] },
  { name: 'not inside an HTML comment', markdown: '<!-- [old](https://example.org/old)\n-->\n[new](https://example.org/new)', urls: ['https://example.org/new'] },
];

describe('candidateUrls', () => {
  it.each(cases)('finds $name', ({ markdown, urls }) => {
    expect(candidateUrls(markdown)).toEqual(urls);
  });
});
