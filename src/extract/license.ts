/**
 * The licence an entry names: `License: CC BY 4.0` labels and table cells, licence badges
 * (`img.shields.io/badge/license-…`), and phrases ("released under the MIT license",
 * "CC-BY-NC"). The SPDX id comes from the SPDX packages (`spdx-license-ids`, `spdx-correct`);
 * only the short forms they do not correct are spelled out here.
 */
import spdxCorrect from 'spdx-correct';
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import type { License } from './types.js';

const ID_BY_LOWER_CASE = new Map((spdxIds as string[]).map((id) => [id.toLowerCase(), id]));

/**
 * Short forms the SPDX packages leave alone. A Creative Commons licence without a version is
 * read as the current one, 4.0; the Open Data Commons licences have only 1.0.
 */
const SHORT_FORMS = new Map<string, string>([
  ['odbl', 'ODbL-1.0'],
  ['odc-by', 'ODC-By-1.0'],
  ['odc-odbl', 'ODbL-1.0'],
  ['odc-pddl', 'PDDL-1.0'],
  ['open data commons open database license', 'ODbL-1.0'],
  ['open data commons attribution license', 'ODC-By-1.0'],
  ['open data commons public domain dedication and license', 'PDDL-1.0'],
]);

/** Creative Commons elements, written out, as their short codes. */
const CC_ELEMENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^attribution$/, 'BY'],
  [/^non-?commercial$/, 'NC'],
  [/^share-?alike$/, 'SA'],
  [/^no-?deriv(?:ative)?s$/, 'ND'],
];

/** Dataset licences, named in full: whatever their version, they have no SPDX id. */
const DATASET_LICENCE = String.raw`PhysioNet (?:Credentialed|Restricted|Contributor Review) Health Data Licen[cs]e(?: v?\d+(?:\.\d+){0,2})?`;
const CC_SHORT = String.raw`CC[- ]?(?:BY(?:[- ](?:NC|SA|ND)){0,2}|0|Zero)(?:[- ]v?\d\.\d)?`;
const CC_LONG = String.raw`Creative Commons (?:Attribution(?:[- ](?:Non-?Commercial|Share-?Alike|No-?Deriv(?:ative)?s)){0,2}|Zero)(?: v?\d\.\d)?(?: International)?(?: Public)?(?: Licen[cs]e)?`;
const ODC = String.raw`Open Data Commons (?:Open Database|Attribution|Public Domain Dedication and) Licen[cs]e(?: v?1\.0)?|ODbL(?:[- ]v?1\.0)?|ODC[- ](?:By|ODbL|PDDL)(?:[- ]v?1\.0)?|PDDL(?:[- ]v?1\.0)?|CDLA-(?:Permissive|Sharing)-[12]\.0`;
/** Software licences are named only with "under" before or "license" after: "MIT" alone is an institute. */
const SOFTWARE = String.raw`MIT|Apache(?:[- ]License)?(?:[- ]v?2\.0)?|[AL]?GPL[- ]?v?[23](?:\.0)?(?:[- ]only|[- ]or[- ]later)?|BSD[- ][23][- ]Clause|MPL[- ]2\.0`;

const DATA_LICENCE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${DATASET_LICENCE}|${CC_LONG}|${CC_SHORT}|${ODC})(?![\p{L}\p{N}])`, 'iu');
const SOFTWARE_LICENCE = new RegExp(
  String.raw`\bunder (?:the )?(?:terms of (?:the )?)?((${SOFTWARE})(?:[- ]licen[cs]e)?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}-])((${SOFTWARE})[- ]licen[cs]ed?)\b`,
  'iu',
);

/**
 * A word each phrase above holds (`CC` at a word's start, `Commons`, `ODbL`, `under`,
 * `licen…`): one quick look rules out the many texts that name no licence.
 */
const MAY_NAME_LICENCE = /cc(?<![\p{L}\p{N}-]cc)|commons|odbl|odc|pddl|cdla|physionet|under|licen/iu;

/** `License: …`, `Licence - …`, `Terms: …`, `Usage: …` at the start of a line or after `;`/`|`. */
const LABELLED = /(?:^|[\n;|]|[.!?](?=\s))[ \t]*(?:licen[cs]e|licen[cs]ing|terms of use|terms|usage)\s*[:：]([^\n;|]*)/gi;
const LICENCE_LABEL = /(?:^|[\n;|]|[.!?](?=\s))[ \t]*(?:licen[cs]e|licen[cs]ing)\s*[:：]/i;

/** Values of a licence field that name no licence. */
const NO_LICENCE = /^(?:n\/?a|none|unknown|not specified|unspecified|restricted|various|varies|mixed|other|tbd|\?|-+)$/i;
/** Access terms written where a licence was expected: a data use agreement is access, not a licence. */
const ACCESS_WORDS = /\bdata use agreement\b|\bDUA\b|\bcredentialed\b|\bregist(?:er|ration)\b|\bsign[ -]?up\b|\blog ?in\b|\bapply\b|\bapplication\b|\brequest\b|\baccount\b|\bcontact\b|\bopen access\b|\bpublicly available\b|\bfree(?:ly)? (?:available|to download)\b/i;

/**
 * The licence an entry names, from its text (description and fields, one per line) and the URLs
 * of its images (badges); null when it names none.
 */
export function extractLicense(text: string, imageUrls: readonly string[] = []): License | null {
  for (const match of text.matchAll(LABELLED)) {
    const value = sentenceStart(match[1] ?? '');
    const found = licenceIn(value);
    if (found) return found;
    // A licence field may name a licence no SPDX id covers ("custom research licence").
    if (LICENCE_LABEL.test(match[0]) && value !== '' && !NO_LICENCE.test(value) && !ACCESS_WORDS.test(value)) {
      return { id: spdxId(value), text: value };
    }
  }
  for (const url of imageUrls) {
    const badge = badgeLicence(url);
    if (badge) return licenceIn(badge) ?? { id: spdxId(badge), text: badge };
  }
  return licenceIn(text);
}

/** The value up to the end of its sentence, without closing punctuation. */
function sentenceStart(value: string): string {
  const end = value.search(/[.!?]\s/);
  return (end === -1 ? value : value.slice(0, end)).trim().replace(/[.,]$/, '').trim();
}

/** The first licence named in a text. */
function licenceIn(text: string): License | null {
  if (!MAY_NAME_LICENCE.test(text)) return null;
  const data = DATA_LICENCE.exec(text);
  const software = SOFTWARE_LICENCE.exec(text);
  const first = data && software ? (data.index <= software.index ? data : software) : (data ?? software);
  if (!first) return null;
  if (first === software) return { id: spdxId((software[2] ?? software[4]) as string), text: ((software[1] ?? software[3]) as string).trim() };
  return { id: spdxId(first[0]), text: first[0].trim() };
}

/** The SPDX id of a licence as written, or null when it has none (or none is certain). */
export function spdxId(written: string): string | null {
  const text = written.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  const exact = ID_BY_LOWER_CASE.get(lower) ?? SHORT_FORMS.get(lower.replace(/ v?1\.0$/, '').replace(/ /g, lower.startsWith('odc ') ? '-' : ' '));
  if (exact) return exact;
  const creativeCommons = creativeCommonsId(lower);
  if (creativeCommons !== undefined) return creativeCommons;
  if (/health data licen[cs]e|custom|research|proprietary/i.test(text)) return null;
  try {
    const corrected = spdxCorrect(text, { upgrade: true });
    return corrected !== null && ID_BY_LOWER_CASE.has(corrected.toLowerCase()) ? corrected : null;
  } catch {
    return null;
  }
}

/**
 * `cc by-nc-nd`, `cc-by 4.0`, `creative commons attribution-noncommercial 4.0 international` →
 * `CC-BY-NC-ND-4.0`, …; undefined when the text is not a Creative Commons licence.
 */
function creativeCommonsId(lower: string): string | null | undefined {
  const short = lower.startsWith('creative commons ') ? shortCreativeCommons(lower) : lower;
  const match = /^cc[- ]?(by(?:[- ](?:nc|sa|nd)){0,2}|0|zero)(?:[- ]v?(\d\.\d))?$/.exec(short);
  if (!match) return lower.startsWith('creative commons ') ? null : undefined;
  const [, elements = '', version = ''] = match;
  if (elements === '0' || elements === 'zero') return 'CC0-1.0';
  return ccId(elements.toUpperCase().split(/[- ]/), version);
}

/** `creative commons attribution-sharealike 4.0 international` → `cc by-sa 4.0`. */
function shortCreativeCommons(lower: string): string {
  const words = lower
    .slice('creative commons '.length)
    .replace(/ (?:international|public|licen[cs]e)\b/g, '')
    .replace(/non-commercial/g, 'noncommercial')
    .replace(/share-alike/g, 'sharealike')
    .replace(/no-deriv/g, 'noderiv');
  const codes = words.replace(/[a-z]+/g, (word) => CC_ELEMENTS.find(([pattern]) => pattern.test(word))?.[1].toLowerCase() ?? word);
  return `cc ${codes}`;
}

function ccId(parts: readonly string[], version: string): string | null {
  const id = `CC-${parts.join('-')}-${version === '' ? '4.0' : version}`;
  return ID_BY_LOWER_CASE.get(id.toLowerCase()) ?? null;
}

/** `https://img.shields.io/badge/license-CC%20BY--NC%204.0-blue.svg` → `CC BY-NC 4.0`. */
function badgeLicence(url: string): string | null {
  const match = /^https?:\/\/img\.shields\.io\/badge\/([^/?#]+)/i.exec(url);
  if (!match) return null;
  let path: string;
  try {
    path = decodeURIComponent(match[1] as string);
  } catch {
    return null;
  }
  // Shields: `-` separates label, message and colour; `--` is a dash and `_` a space (`__` an underscore).
  const parts = path
    .replace(/\.(?:svg|png)$/i, '')
    .replace(/--/g, '\0')
    .replace(/__/g, '\u0001')
    .split('-')
    .map((part) => part.replace(/_/g, ' ').replace(/\0/g, '-').replace(/\u0001/g, '_').trim());
  if (parts.length < 3 || !/^licen[cs]e$/i.test(parts[0] as string)) return null;
  const message = parts.slice(1, -1).join('-');
  return message === '' ? null : message;
}
