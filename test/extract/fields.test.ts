import { describe, expect, it } from 'vitest';
import { extractAccess, extractCounts } from '../../src/extract/fields.js';

describe('extractCounts', () => {
  it.each([
    ['224,316 chest radiographs from 65,240 patients.', ['224,316 chest radiographs', '65,240 patients']],
    ['over 2.5 petabytes of genomic data', ['2.5 petabytes']],
    ['81.1M English-language academic papers spanning many disciplines.', ['81.1M English-language academic papers']],
    ['Anonymized EHR database on 38,597 patients and 53,423 ICU admissions.', ['38,597 patients', '53,423 ICU admissions']],
    ['800 knee MRIs.', ['800 knee MRIs']],
    ['21,000 12-lead ECGs.', ['21,000 12-lead ECGs']],
    ['109 subjects doing motor imagery.', ['109 subjects']],
    ['hosted on Kaggle during the Summer of 2020.', []],
    ['Several thousand knee MRIs.', []],
  ])('reads %j as %j', (text, expected) => {
    expect(extractCounts(text).map((count) => count.text)).toEqual(expected);
  });

  it('scales M, k and B suffixes and drops thousands separators', () => {
    expect(extractCounts('81.1M papers, 2k images and 1,000 scans').map((count) => count.value)).toEqual([81_100_000, 2000, 1000]);
  });
});

describe('extractAccess', () => {
  it.each([
    ['Several thousand knee MRIs. Requires application for access (online form).', 'application', 'Requires application for access (online form)'],
    ['38,597 patients. Requires registration.', 'registration', 'Requires registration'],
    ['Available to credentialed users who sign a data use agreement.', 'credentialed', 'Available to credentialed users who sign a data use agreement'],
    ['Access requires a data use agreement.', 'restricted', 'Access requires a data use agreement'],
    ['Need to request access', 'application', 'Need to request access'],
    ['Open access.', 'open', 'Open access'],
    ['Access: Open', 'open', 'Open'],
    ['Public', 'open', 'Public'],
    ['No registration required, download directly.', 'open', 'No registration required, download directly'],
  ])('reads %j as %s', (text, level, source) => {
    expect(extractAccess(text)).toEqual({ level, text: source });
  });

  it('returns null when the text says nothing about access', () => {
    expect(extractAccess('10,030 echocardiogram videos.')).toBeNull();
  });
});
