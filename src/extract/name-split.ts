/**
 * Where a name written as plain text ends and its description starts. Real lists write it in
 * many ways: `DermNet - Skin disease atlas`, `BioModelX: Improving …`, `LesionBank, a dataset
 * with …`, `Name (` cut at the parenthesis before a URL. Bracketed text (`[Search Engine: …]`)
 * is kept whole: it is a label, not a name and a description.
 */

/** The longest name a split may leave; a longer lead is a sentence, not a name. */
const MAX_NAME = 80;

/** `Name - description`, `Name – description`, `Name — description`. */
const DASH = /\s[-–—]\s/u;
/** `Name, a dataset …`: a comma that opens an apposition. */
const APPOSITION = /,\s+(?=(?:a|an|the|which|containing|consisting|comprising|including|with)\s)/iu;

export interface NameSplit {
  name: string;
  description: string;
}

/**
 * Splits a plain-text lead into a name and a description. Returns the lead as the name, with
 * an empty description, when it has no separator or the part before it is too long to be a name.
 */
export function splitName(lead: string): NameSplit {
  const text = lead.trim();
  if (text.startsWith('[') && text.includes(']')) return { name: text, description: '' };
  for (const separator of [COLON, DASH, APPOSITION]) {
    const at = firstOutsideBrackets(text, separator);
    if (at === null) continue;
    const name = text.slice(0, at.index).trim();
    const description = text.slice(at.index + at.length).trim();
    if (name !== '' && description !== '' && [...name].length <= MAX_NAME && /[\p{L}\p{N}]/u.test(description)) {
      return { name, description };
    }
  }
  return splitParenthesis(text) ?? { name: text, description: '' };
}

/**
 * `Hip Set (200 hip X-rays of adults)`: a closing parenthesis of three words or more describes
 * the name before it. An acronym (`Alzheimer's Disease Neuroimaging Initiative (ADNI)`) or a short
 * qualifier (`Allen Atlas (mouse)`) is part of the name, and a list of kinds (`Radiology (CT, MRI,
 * etc.)`) makes a category label.
 */
export function splitParenthesis(text: string): NameSplit | null {
  const trimmed = text.trim();
  if (!trimmed.endsWith(')')) return null;
  const open = trimmed.lastIndexOf('(');
  if (open <= 0 || trimmed.indexOf(')', open) !== trimmed.length - 1) return null;
  const name = trimmed.slice(0, open).trim();
  const description = trimmed.slice(open + 1, -1).trim();
  if (name === '' || [...name].length > MAX_NAME || /[()]/.test(name) || description.split(/\s+/).length < 3) return null;
  // `Radiology (Ultrasound, X-Ray, CT, etc.)`: a list of kinds under a category label, not a description.
  if (/,[^,]*,/.test(description) || /\betc\.?$/i.test(description)) return null;
  return { name, description };
}

/** `Name: description`; not `http:` or a ratio (`1:2`). */
const COLON = /:\s/u;

/**
 * The first match of `pattern` that is not inside `(…)` or `[…]`, among those that leave a name
 * short enough: only the opening of the text is searched, so a long paragraph costs no more.
 */
function firstOutsideBrackets(text: string, pattern: RegExp): { index: number; length: number } | null {
  const opening = text.slice(0, MAX_NAME + 16);
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  const depths = bracketDepths(opening);
  for (const match of opening.matchAll(global)) {
    if (depths[match.index] === 0) return { index: match.index, length: match[0].length };
  }
  return null;
}

/** The bracket depth before each character. */
function bracketDepths(text: string): number[] {
  const depths: number[] = [];
  let depth = 0;
  for (const character of text) {
    for (let unit = 0; unit < character.length; unit += 1) depths.push(depth);
    if (character === '(' || character === '[') depth += 1;
    else if ((character === ')' || character === ']') && depth > 0) depth -= 1;
  }
  return depths;
}
