/**
 * An entry's access: what its text states (fields.ts reads the level), else what medlint knows
 * (src/knowledge). A licence line is not read as access terms, except a data use agreement or
 * another access step written there: those are access, not a licence.
 */
import type { AccessKnowledge } from '../knowledge/index.js';
import { extractAccess } from './fields.js';
import type { Access, KnownAccess } from './types.js';

const LICENCE_SEGMENT = /(?:licen[cs]e|licen[cs]ing)\s*[:：]([^\n;|]*)/gi;
/** In a licence line, only these are access terms; "restricted" there qualifies the licence. */
const ACCESS_IN_LICENCE = /\bdata use agreement\b|\bDUA\b|\bcredentialed\b|\bregist(?:er|ration)\b|\bapply\b|\bapplication\b|\brequest\b/i;

/** `Access: …` (or an access column, written so): whatever follows states the terms. */
const ACCESS_LABELLED = /(?:^|[\n;|])[ \t]*(?:access|availability|access type)\s*[:：]([^\n;|]*)/i;
/** Values of an access field that state nothing: a link's text, a dash. */
const NO_TERMS = /^(?:here|link|links|website|download|data|page|url|n\/?a|none|unknown|-+|\?)?$/i;

/**
 * Access terms the entry's text states (fields first, then the description), or null. Terms
 * under an access label that name no level (`Access: Academic`) are stated, with a null level.
 */
export function statedAccess(texts: readonly string[]): Access | null {
  const licenceValues: string[] = [];
  const rest = texts.map((text) =>
    text.replace(LICENCE_SEGMENT, (_, value: string) => {
      licenceValues.push(value.trim());
      return '\n';
    }),
  );
  const stated = extractAccess(rest.join('\n'));
  if (stated) return { ...stated, source: 'text' };
  for (const value of licenceValues) {
    const terms = ACCESS_IN_LICENCE.test(value) ? extractAccess(value) : null;
    if (terms) return { ...terms, source: 'text' };
  }
  for (const text of rest) {
    const value = ACCESS_LABELLED.exec(text)?.[1]?.trim().replace(/[.;]$/, '') ?? '';
    // A link's text (`example.org/larch`, `https://…`) is where, not what the terms are.
    const isLink = !/\s/.test(value) && /[./]/.test(value);
    if (!NO_TERMS.test(value) && !isLink) return { level: null, text: value, source: 'text' };
  }
  return null;
}

/** The entry's access and what medlint knows of it, judged by its own URL and its name. */
export function entryAccess(
  texts: readonly string[],
  url: string | null,
  name: string,
  knowledge: AccessKnowledge,
): { access: Access | null; knownAccess: KnownAccess | null } {
  const knownAccess = knowledge.lookup(url, name);
  const stated = statedAccess(texts);
  const access = stated ?? (knownAccess ? { level: knownAccess.level, text: knownAccess.terms, source: 'knowledge' as const } : null);
  return { access, knownAccess };
}
