import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';

function names(markdown: string): Array<[string, string | null]> {
  const document = extractDocument('test.md', markdown, parseMarkdown(markdown));
  return document.entries.map((entry) => [entry.name, entry.url]);
}

describe('what starts an entry', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    ['a linked name', '## D\n\n- [Alder](https://example.org/a) - x.\n', [['Alder', 'https://example.org/a']]],
    ['a linked name in bold', '## D\n\n- **[Alder](https://example.org/a)** – x.\n', [['Alder', 'https://example.org/a']]],
    ['a generic link before a bold title', '## D\n\n- [[pdf](https://example.org/p.pdf)] - **Deep EHR**, A. B. 2018.\n', [['Deep EHR', 'https://example.org/p.pdf']]],
    ['a bold name with a link later', '## D\n\n- **Alder**: chest X-rays. [Site](https://example.org/a)\n', [['Alder', 'https://example.org/a']]],
    ['a name before a bare URL', '## D\n\n* Alder Archive (CT) https://example.org/a\n', [['Alder Archive (CT)', 'https://example.org/a']]],
    ['a bare URL item (no name)', '## D\n\n1. https://example.org/a - EEG data\n', [['', 'https://example.org/a']]],
    ['a lead-in before a generic link', '## D\n\n- Jane Doe: imaging data on [github](https://example.org/j)\n', [['Jane Doe', 'https://example.org/j']]],
    ['a lead-in before a named link', '## D\n\n- Jane Doe: [openMorph](https://example.org/o) (MRI list)\n', [['openMorph', 'https://example.org/o']]],
    ['a quoted name', '## D\n\n| Paper | Link |\n|---|---|\n| "Alder: a dataset" | [arXiv](https://example.org/a) |\n', [['Alder: a dataset', 'https://example.org/a']]],
  ])('reads %s', (_name, markdown, expected) => {
    expect(names(markdown)).toEqual(expected);
  });

  it.each([
    ['a badge line', '# L\n\n[![Stars](https://img.example.org/s.svg)](https://example.org/repo)\n'],
    ['a link in the middle of a sentence', '## About\n\n- Contributions welcome. Please [open a pull request](https://example.org/pr).\n'],
    ['a table of contents', '## Contents\n\n- [Imaging](#imaging)\n- [Text](#text)\n\n## Imaging\n'],
    ['a bold label with no link', '## Notes\n\n- **Privacy**: never share identifiable data.\n'],
    ['a list in a Contributing section', '## Contributing\n\n- [Guide](https://example.org/guide) - how to help.\n'],
    ['a score table', '## Results\n\n| Method | AUC |\n|---|---|\n| [ResNet](https://example.org/r) | 0.9 |\n'],
  ])('does not take %s for an entry', (_name, markdown) => {
    expect(names(markdown)).toEqual([]);
  });

  it.each([
    ['a note in bold', '**Note:** see [the server](https://example.org/s) for a copy.'],
    ['a stray field line', 'Access: https://example.org/s'],
  ])('does not take %s after an entry for another entry', (_name, paragraph) => {
    expect(names(`## D\n\n[Alder](https://example.org/a): chest X-rays.\n\n${paragraph}\n`)).toEqual([['Alder', 'https://example.org/a']]);
  });
});
