import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { builtInFacts, builtInKnowledge, compileKnowledge } from '../../src/knowledge/index.js';

const folder = path.resolve(import.meta.dirname, '../../src/knowledge');
const readJson = (name: string): unknown => JSON.parse(readFileSync(path.join(folder, name), 'utf8'));

describe('the knowledge file', () => {
  it('is valid against its own JSON Schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(readJson('access.schema.json') as object);
    const valid = validate(readJson('access.json'));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a fact without a source, as its schema says', () => {
    const validate = new Ajv().compile(readJson('access.schema.json') as object);
    expect(validate({ facts: [{ name: 'X', level: 'open', terms: 'free', urls: ['example.org'] }] })).toBe(false);
    expect(validate({ facts: [{ name: 'X', level: 'open', terms: 'free', source: 'http://example.org/', urls: ['example.org'] }] })).toBe(false);
  });

  it('gives every fact a public https source page', () => {
    expect(builtInFacts.length).toBeGreaterThanOrEqual(30);
    for (const fact of builtInFacts) expect(fact.source, fact.name).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
  });

  it('knows what the issue asks for, at the levels their pages state', () => {
    const level = (url: string | null, name = ''): string | undefined => builtInKnowledge.lookup(url, name)?.level;
    expect(level('https://physionet.org/content/mimiciii/1.4/')).toBe('credentialed');
    expect(level('https://physionet.org/content/mimic-cxr-jpg/2.1.0/')).toBe('credentialed');
    expect(level(null, 'eICU-CRD')).toBe('credentialed');
    expect(level('https://www.ukbiobank.ac.uk/enable-your-research')).toBe('application');
    expect(level('https://www.ncbi.nlm.nih.gov/projects/gap/cgi-bin/study.cgi?study_id=phs000424')).toBe('application');
    expect(level('https://ega-archive.org/studies/EGAS00001000001')).toBe('application');
    expect(level('https://ida.loni.usc.edu/login.jsp')).toBe('application');
    expect(level('https://nda.nih.gov/abcd')).toBe('application');
    expect(level('https://biolincc.nhlbi.nih.gov/studies/framcohort/')).toBe('application');
    expect(level('https://fastmri.med.nyu.edu/')).toBe('application');
    expect(level('https://covid.cd2h.org/enclave')).toBe('application');
    expect(level('https://www.kaggle.com/competitions/rsna-2024-lumbar-spine-degenerative-classification')).toBe('registration');
    expect(level('https://www.synapse.org/#!Synapse:syn3193805')).toBe('registration');
    expect(level('https://zenodo.org/records/10519652')).toBe('open');
    expect(level('https://springernature.figshare.com/articles/dataset/x/1')).toBe('open');
    expect(level('https://openneuro.org/datasets/ds000001')).toBe('open');
    expect(level('https://archive.ics.uci.edu/dataset/45/heart+disease')).toBe('open');
    expect(level('https://www.cancerimagingarchive.net/collection/lidc-idri/')).toBe('open');
  });
});

describe('the most specific fact wins', () => {
  it('tells MIMIC-IV from the open MIMIC-IV-ECG-Demo, by path and by whole name', () => {
    expect(builtInKnowledge.lookup('https://physionet.org/content/mimic-iv-ecg-demo/0.1/', 'MIMIC-IV-ECG-Demo')?.level).toBe('open');
    expect(builtInKnowledge.lookup(null, 'MIMIC-IV-ECG-Demo')?.level).toBe('open');
    expect(builtInKnowledge.lookup(null, 'MIMIC-IV')?.level).toBe('credentialed');
    expect(builtInKnowledge.lookup(null, 'MIMIC-IV Waveform Database')).toBeNull();
  });

  it('reads a path prefix in any version, on the www. form and the old PhysioBank path', () => {
    expect(builtInKnowledge.lookup('https://www.physionet.org/content/mimiciv/', '')?.match).toBe('physionet.org/content/mimiciv/');
    expect(builtInKnowledge.lookup('https://physionet.org/content/mimiciv', '')?.level).toBe('credentialed');
    expect(builtInKnowledge.lookup('http://physionet.org/physiobank/database/mimic3cdb/', '')?.level).toBe('credentialed');
    expect(builtInKnowledge.lookup('https://physionet.org/content/mimiciv-x/', '')).toBeNull();
  });

  it('puts a path over a name, and a name over a host', () => {
    expect(builtInKnowledge.lookup('https://physionet.org/content/mimiciii-demo/1.4/', 'MIMIC-III')?.level).toBe('open');
    expect(builtInKnowledge.lookup('https://zenodo.org/records/1', 'MIMIC-CXR')?.level).toBe('credentialed');
    expect(builtInKnowledge.lookup('https://kits19.grand-challenge.org/', 'KiTS19')?.match).toBe('grand-challenge.org');
  });

  it('matches whole names without case, spacing or a closing parenthesis', () => {
    expect(builtInKnowledge.lookup(null, 'uk  biobank')?.level).toBe('application');
    expect(builtInKnowledge.lookup(null, 'MIMIC-III (Medical Information Mart for Intensive Care)')?.level).toBe('credentialed');
    expect(builtInKnowledge.lookup(null, 'MIMIC-III Waveform Database')?.level).toBe('open');
  });

  it('ignores URLs that are not http(s) and links that do not parse', () => {
    expect(builtInKnowledge.lookup('ftp://zenodo.org/x', '')).toBeNull();
    expect(builtInKnowledge.lookup('https://[zenodo.org/x', '')).toBeNull();
    expect(builtInKnowledge.lookup('./local.md', '')).toBeNull();
  });
});

describe('facts from the config', () => {
  const knowledge = compileKnowledge({
    hosts: {
      'data.example.edu': 'application',
      'zenodo.org/records/42': { level: 'restricted', terms: 'our IRB approval', source: 'https://example.edu/irb' },
    },
    datasets: { 'Our Cohort': 'credentialed', 'MIMIC-IV': 'open' },
  });

  it('adds hosts, paths and names, and overrides built-in facts', () => {
    expect(knowledge.lookup('https://lab.data.example.edu/x', '')).toMatchObject({ level: 'application', match: 'data.example.edu', source: 'medlint config' });
    expect(knowledge.lookup('https://zenodo.org/records/42', '')).toMatchObject({ level: 'restricted', terms: 'our IRB approval', source: 'https://example.edu/irb' });
    expect(knowledge.lookup('https://zenodo.org/records/43', '')?.level).toBe('open');
    expect(knowledge.lookup(null, 'our cohort')?.level).toBe('credentialed');
    expect(knowledge.lookup(null, 'MIMIC-IV')?.level).toBe('open');
  });

  it('leaves the built-in knowledge untouched', () => {
    expect(builtInKnowledge.lookup(null, 'MIMIC-IV')?.level).toBe('credentialed');
  });
});
