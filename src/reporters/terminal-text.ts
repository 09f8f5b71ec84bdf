/**
 * Text from a list (names, URLs, messages) made safe for a terminal: control characters
 * (ANSI escapes, CR, BEL…, C1 controls such as the one-byte CSI U+009B) and the bidirectional
 * formatting characters of Trojan Source (U+061C, U+200E/F, U+202A–E, U+2066–9) are shown as
 * `\u001b`-style escapes, so a hostile list can neither recolour, rewrite nor reorder the report.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\n/g, '\\n');
}
