#!/usr/bin/env node
/**
 * Generates large curated lists of medical datasets for the lint benchmark (bench-lint.mjs),
 * in the shapes the real lists use (../shared/corpus): a badge line and a table of contents,
 * then sections of `<details>`-wrapped tables with padded cells (openmedlab), bullet items
 * `- [Name](url) - description [[Paper](…)]` with nested sub-datasets and labelled fields,
 * link-less bold items with an `Access:` line, raw HTML `<ul>`/`<table>` blocks, items that open
 * with inline HTML and icon images, bare-URL resource lists, and prose paragraphs.
 *
 *   node scripts/gen-lint-lists.mjs [--out dir]   → dir/generated-200k.md (LF),
 *                                                   dir/generated-250k-crlf.md (CRLF)
 *
 * Deterministic: a seeded PRNG, so the same script gives the same bytes on every machine.
 * Only reserved example hosts and a few well-known ones appear; nothing is fetched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The lists the benchmark uses: name, size in bytes (about), line ending, seed. */
export const GENERATED_LISTS = [
  { name: 'generated-200k.md', bytes: 200_000, eol: '\n', seed: 200 },
  { name: 'generated-250k-crlf.md', bytes: 246_000, eol: '\r\n', seed: 250 },
];

/** mulberry32: a small, fast, seeded PRNG (the tests' deterministic faults use it too). */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['Bra', 'Car', 'Der', 'Ecg', 'Eeg', 'Fun', 'Gli', 'Hep', 'Iso', 'Kid', 'Lun', 'Med', 'Neu', 'Onc', 'Pat', 'Ret', 'Ski', 'Thy', 'Uro', 'Vas'];
const SUFFIXES = ['Net', 'Set', 'DB', 'Bank', '-CT', '-MR', 'Seg', 'Path', 'X', '2019', '2021', 'Challenge'];
const MODALITIES = ['3D CT', '3D MR', '2D X-ray', 'Fundus photography', 'Dermoscopy', 'Histopathology WSI', 'Endoscopy video', 'Ultrasound', 'PET-CT', 'ECG signals', 'EEG recordings', 'Clinical notes'];
const TASKS = ['Organ Segmentation', 'Tumor Segmentation', 'Disease Classification', 'Lesion Detection', 'Report Generation', 'Sleep Staging', 'Arrhythmia Detection', 'Visual Question Answering'];
const HOSTS = ['example.org', 'data.example.com', 'github.com', 'zenodo.org', 'physionet.org', 'www.kaggle.com', 'grand-challenge.org', 'arxiv.org', 'figshare.com', 'example.net'];
const ACCESS = ['Open', 'Registration required', 'Data use agreement', 'On request', 'Credentialed access'];
const LICENSES = ['CC BY 4.0', 'CC BY-NC 4.0', 'CC0 1.0', 'ODbL', 'custom licence'];
const WORDS = ['multi-centre', 'cohort', 'annotated', 'expert', 'labels', 'scans', 'patients', 'studies', 'benchmark', 'public', 'volumes', 'slides', 'with', 'and', 'of', 'for', 'from', 'the', 'hospital', 'screening', 'follow-up', 'longitudinal'];

/** Generates one list of about `bytes` bytes with line ending `eol`. */
export function generateList({ bytes, eol = '\n', seed = 1 }) {
  const random = prng(seed);
  const pick = (array) => array[Math.floor(random() * array.length)];
  const int = (low, high) => low + Math.floor(random() * (high - low + 1));
  let serial = 0;
  const name = () => `${pick(SYLLABLES)}${pick(SYLLABLES).toLowerCase()}${pick(SUFFIXES)}${++serial % 7 === 0 ? ` V${int(2, 4)}` : ''}`;
  const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const url = (text) => {
    const host = pick(HOSTS);
    if (host === 'arxiv.org') return `https://arxiv.org/abs/${int(1500, 2412)}.${String(int(0, 99999)).padStart(5, '0')}`;
    if (host === 'github.com') return `https://github.com/${slug(pick(SYLLABLES))}-lab/${slug(text)}`;
    if (host === 'zenodo.org') return `https://zenodo.org/records/${int(100000, 9999999)}`;
    return `${random() < 0.12 ? 'http' : 'https'}://${host}/${slug(text)}${random() < 0.2 ? '/' : ''}`;
  };
  const sentence = (low, high) => {
    const words = Array.from({ length: int(low, high) }, () => pick(WORDS));
    return `${words.join(' ')}`.replace(/^./, (c) => c.toUpperCase());
  };
  const facts = () => `${pick(MODALITIES)}, ${int(20, 90000)} Cases, ${int(1, 120)} Categories of ${pick(TASKS)}`;

  const lines = [];
  const toc = [];
  const sections = [];
  const shapes = [detailsTable, bulletList, boldItems, htmlList, htmlTable, inlineHtmlItems, nestedArchive, urlList];
  let size = 0;
  let index = 0;
  const section = (out) => {
    const heading = `${pick(MODALITIES)} ${pick(TASKS).split(' ')[0]} ${++index}`;
    toc.push(`  - [${heading}](#${slug(heading).replace(/^-|-$/g, '')})`);
    const body = [`### ${heading}`, '', sentence(8, 30) + '.', ''];
    shapes[index % shapes.length](body);
    out.push(...body, '');
    return body.reduce((sum, line) => sum + line.length + eol.length, 0);
  };
  while (size < bytes - 3000) size += section(sections);

  function detailsTable(out) {
    const width = [80, 96, 44, 40];
    const cell = (text, w) => text.padEnd(w);
    out.push('<details>', '', '<summary> </summary>', '');
    out.push(`| ${cell('Dataset', width[0])} | ${cell('Description', width[1])} | ${cell('Official Website', width[2])} | ${cell('Paper', width[3])} |`);
    out.push(`|:${'-'.repeat(width[0] + 1)}|:${'-'.repeat(width[1] + 1)}|:${'-'.repeat(width[2] + 1)}|:${'-'.repeat(width[3] + 1)}|`);
    for (let row = int(8, 30); row > 0; row--) {
      const n = name();
      const paper = random() < 0.8 ? `[${pick(['Paper', 'arXiv', 'Nature'])}](${url(n)})` : '';
      out.push(`| ${cell(`[${n}](./resources/${slug(n)}.md)`, width[0])} | ${cell(facts(), width[1])} | ${cell(`[${pick(['Github', 'Project Homepage', 'Grand Challenge', 'Kaggle'])}](${url(n)})`, width[2])} | ${cell(paper, width[3])} |`);
    }
    out.push('', '</details>');
  }
  function bulletList(out) {
    for (let item = int(10, 30); item > 0; item--) {
      const n = name();
      const paper = random() < 0.5 ? ` [[Paper](${url(n)})]` : '';
      const badge = random() < 0.15 ? ` ![licence](https://img.shields.io/badge/license-${slug(pick(LICENSES))}-blue)` : '';
      out.push(`- [${n}](${url(n)}) - ${facts()}. ${sentence(4, 16)}.${paper}${badge}`);
    }
  }
  function boldItems(out) {
    for (let item = int(6, 16); item > 0; item--) {
      const n = name();
      out.push(`- __${n}__`, `  ${sentence(6, 20)}.`, `  Access: ${pick(ACCESS)}; licence ${pick(LICENSES)}`, '');
    }
  }
  function htmlList(out) {
    out.push('<ul>');
    for (let item = int(6, 20); item > 0; item--) {
      const n = name();
      out.push(`<li><a href="${url(n)}">${n}</a> ${facts()}. ${sentence(3, 10)}.</li>`);
    }
    out.push('</ul>');
  }
  function htmlTable(out) {
    out.push('<table>', '  <tr><th>Name</th><th>Description</th><th>Access</th></tr>');
    for (let row = int(6, 20); row > 0; row--) {
      const n = name();
      out.push(`  <tr><td><a href="${url(n)}">${n}</a></td><td>${facts()}</td><td>${pick(ACCESS)}</td></tr>`);
    }
    out.push('</table>');
  }
  function inlineHtmlItems(out) {
    for (let item = int(6, 16); item > 0; item--) {
      const n = name();
      out.push(
        `- <a href="${url(n)}"> **${n}**</a><br>`,
        `  ${facts()}. ${sentence(4, 12)}. <a href="${url(n)}"><img src="https://img.shields.io/badge/paper-${int(2015, 2024)}-green" alt="paper"></a>`,
      );
    }
  }
  function nestedArchive(out) {
    for (let item = int(3, 8); item > 0; item--) {
      const n = name();
      out.push(`- [${n} Archive](${url(n)}) ${sentence(4, 12)}.`);
      for (let sub = int(2, 5); sub > 0; sub--) {
        const s = name();
        out.push(`  - [${s}](${url(s)}) - ${facts()}.`);
      }
      out.push(`  - Paper: [${pick(['MICCAI', 'Nature', 'arXiv'])}](${url(n)})`, `  - Code: [GitHub](https://github.com/${slug(n)}/${slug(n)})`);
    }
  }
  function urlList(out) {
    out.push(`Related resources: ${sentence(4, 10)}.`, '');
    for (let item = int(4, 10); item > 0; item--) {
      const n = name();
      out.push(random() < 0.5 ? `- ${url(n)}` : `- <${url(n)}>`);
    }
  }

  lines.push(
    '# Awesome Generated Medical Datasets [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)',
    '',
    `${sentence(20, 50)}.`,
    '',
    '## Contents',
    '',
    '- [Datasets](#datasets)',
    ...toc,
    '',
    '## Datasets',
    '',
    ...sections,
    '## License',
    '',
    `${sentence(10, 20)}.`,
  );
  return lines.join(eol) + eol;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { values } = parseArgs({ options: { out: { type: 'string', default: path.join(root, 'bench-results', 'lint-lists') } } });
  fs.mkdirSync(values.out, { recursive: true });
  for (const list of GENERATED_LISTS) {
    const text = generateList(list);
    fs.writeFileSync(path.join(values.out, list.name), text);
    process.stdout.write(`${path.join(values.out, list.name)}: ${text.length} bytes\n`);
  }
}
