import { trimEndOf } from '../parse/linear-text.js';
import type { AccessLevel, AccessTerms, Count } from './types.js';

/**
 * A number (`224,316`, `2.5`, `81.1M`, `1000+`) and the noun phrase after it: up to three words,
 * the first any word (`chest`, `12-lead`, `ICU`), the next ones lower-case words or acronyms
 * (`MRIs`, `CT`), ending at the first word that ends a phrase (`from`, `of`, `doing`, …).
 */
const COUNT =
  /(?<![\p{L}\p{N}.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?([kKmMbB])?\+?\s+((?:\d+-)?\p{L}[\p{L}'’-]*(?:\s+(?:\p{Ll}[\p{L}'’-]*|\p{Lu}{2}\p{L}*|\p{Lu}-\p{L}[\p{L}'’-]*)){0,2})/gu;

/** Words that end a noun phrase: prepositions, conjunctions, verbs that follow a count. */
const PHRASE_END = new Set([
  'from', 'of', 'with', 'and', 'or', 'in', 'on', 'for', 'by', 'to', 'at', 'per', 'each', 'that',
  'which', 'who', 'were', 'was', 'are', 'is', 'as', 'across', 'over', 'under', 'into', 'out',
  'the', 'a', 'an', 'than', 'including', 'spanning', 'taken', 'associated', 'acquired',
]);

/** After the first word, a verb form (`doing`, `labelled`) ends the phrase too. */
const VERB_FORM = /^\p{Ll}+(?:ing|ed)$/u;

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** `224,316 chest radiographs from 65,240 patients` → two counts. */
export function extractCounts(text: string): Count[] {
  const counts: Count[] = [];
  if (!/\d/.test(text)) return counts;
  for (const match of text.matchAll(COUNT)) {
    const [, digits = '', scale, phrase = ''] = match;
    const words: string[] = [];
    for (const word of phrase.split(/\s+/)) {
      if (PHRASE_END.has(word.toLowerCase()) || (words.length > 0 && VERB_FORM.test(word))) break;
      words.push(word);
    }
    const noun = trimEndOf(words.join(' '), "'’-");
    if (noun === '' || !/\p{L}{2}/u.test(noun)) continue;
    const base = Number(digits.replace(/,/g, ''));
    // A bare four-digit year is not a count ("in 2019 patients were…" is rare; "2019 data" is not a count).
    if (!digits.includes(',') && !scale && /^(?:19|20)\d\d$/.test(digits)) continue;
    const value = scale ? Math.round(base * (SCALE[scale.toLowerCase()] as number)) : base;
    const numberText = match[0].slice(0, match[0].length - phrase.length).trimEnd();
    counts.push({ value, noun, text: `${numberText} ${noun}` });
  }
  return counts;
}

/** Asking for access in so many words; `applicationForAccess` reads `application … access`. */
const APPLICATION =
  /\bapply (?:for|to)\b|\brequest(?:ing)? (?:for )?access\b|\baccess request\b|^application(?: required)?$|\bapproval (?:is )?(?:required|needed)\b|\bdata access committee\b|\bsubmit (?:a|an) (?:research )?(?:proposal|application|request)\b/i;

/**
 * How lists say who may have the data, in plain words. Most restrictive first: when a text names
 * several, the strictest wins. docs/access-phrases.md lists these phrases with their levels;
 * test/extract/access-phrases.test.ts reads each one.
 */
const ACCESS_PATTERNS: ReadonlyArray<readonly [AccessLevel, { test(sentence: string): boolean }]> = [
  ['credentialed', /\bcredentialed\b|\bCITI\b|\bhuman[ -]subjects? (?:research )?training\b/i],
  [
    'restricted',
    /\bdata use agreement\b|\bDUA\b|\brestricted\b|\b(?:upon|by|on) request\b|\brequest only\b|\bcontact (?:the )?(?:authors?|us|owners?|maintainers?)\b|\bnot (?:publicly|freely|openly) (?:available|accessible|released|shared)\b|\bnot available (?:online|for download|to the public)\b|\b(?:members|collaborators|partners) only\b|^(?:private|closed)$/i,
  ],
  [
    'application',
    {
      test: (sentence) =>
        applicationForAccess(sentence) || APPLICATION.test(sentence),
    },
  ],
  [
    'registration',
    /\bregistration\b|\bregister\b|\bsign[ -]?(?:up|in)\b|\blog ?-?in (?:required|needed)\b|\bcreate an account\b|\b(?:needs?|requires?) (?:an? )?(?:\w+ )?(?:account|login)\b|\bafter (?:registering|signing up|logging in)\b/i,
  ],
  [
    'open',
    /\bopen[ -]access\b|\bfreely (?:available|accessible|downloadable)\b|\bpublicly (?:available|accessible|released)\b|\bpublic download\b|\bfree to (?:download|use|access)\b|\bfree (?:for|to) (?:anyone|everyone|all)\b|\bopen to (?:everyone|anyone|all|the public)\b|\bavailable to (?:everyone|anyone|all|the public)\b|\banyone can (?:download|access|use)\b|\bno (?:registration|sign[ -]?up|account|login)\b|\bwithout (?:registration|registering|signing (?:up|in)|an account|a login|logging in)\b|^(?:public|open|free|open data|public domain)$/i,
  ],
];

/**
 * Every pattern above in one: a sentence none of them matches is passed over at once. They all
 * take the `i` flag alone, which the union keeps; a pattern with another flag needs its own look.
 */
const ANY_ACCESS_PATTERN = new RegExp(
  ACCESS_PATTERNS.map(([, pattern]) => (pattern instanceof RegExp ? pattern : APPLICATION).source).join('|'),
  'i',
);

/** `… no sign-up needed`, `without registration`: the sentence says an account is *not* needed. */
const NO_ACCOUNT = /\bno (?:registration|sign[ -]?(?:up|in)|account|login)\b|\bwithout (?:registration|registering|signing (?:up|in)|an account|a login|logging in)\b|\bnot required\b/i;

/**
 * A remark about a platform or about data in general, not about this entry: `Kaggle is a
 * platform for …`, `… which is generally a great source for publicly available data sets`.
 */
const GENERAL_REMARK =
  /\b(?:is|are)\s+(?:generally\s+|usually\s+|often\s+|also\s+)?(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:platform|source|place|site|website|hub|community|marketplace)\b/i;

/**
 * `application … access` within one sentence and no `.` between them. As a loop over the parts
 * between dots: `/\bapplication\b[^.]*\baccess\b/` scans to the next dot from every `application`.
 */
function applicationForAccess(sentence: string): boolean {
  return sentence.split('.').some((part) => {
    const application = /\bapplication\b/i.exec(part);
    return application !== null && /\baccess\b/i.test(part.slice(application.index + application[0].length));
  });
}

/**
 * Access terms from an entry's text: the level and the sentence it came from
 * (`Requires application for access (online form)`).
 */
export function extractAccess(text: string): AccessTerms | null {
  // Most sentences name no terms: one pass of all the patterns together rules them out.
  const sentences = splitSentences(text).filter((sentence) => ANY_ACCESS_PATTERN.test(sentence) || applicationForAccess(sentence));
  if (sentences.length === 0) return null;
  for (const [level, pattern] of ACCESS_PATTERNS) {
    // "No registration required" is open, not registration.
    for (const sentence of sentences) {
      if (!pattern.test(sentence) || GENERAL_REMARK.test(sentence)) continue;
      if (level === 'registration' && NO_ACCOUNT.test(sentence)) continue;
      return { level, text: sentence };
    }
  }
  return null;
}

/** Sentences, without a field label (`Access: Open` → `Open`) or closing punctuation. */
function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d(])|\n+/u)
    .map((sentence) => trimEndOf(sentence.trim().replace(/^(?:access|availability|access type)\s*:\s*/i, ''), '.;').trim())
    .filter((sentence) => sentence !== '');
}
