/**
 * Workflow command encoding, as the Actions toolkit does it (`packages/core/src/command.ts`):
 * the runner reads every stdout line that starts with `::` as a command, so text from a list
 * must never be able to end a command line or open a new one.
 *
 * - data (after the second `::`): `%`, CR and LF are percent-encoded;
 * - properties (`key=value` pairs): additionally `:` and `,`.
 *
 * The runner decodes exactly these sequences back, so a literal `%0A` in a list is written as
 * `%250A` and shows up as `%0A`, never as a line break. Other control characters (ANSI escapes,
 * NUL, …) are shown as visible `\x1B`-style text on top of that: they cannot end a line, but
 * they have no business in a log either.
 */

/** C0 and C1 control characters other than tab, LF and CR, DEL, and bidirectional formatting characters. */
const CONTROL = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Replaces control characters (except tab, CR and LF) with visible `\xNN` text. */
export function showControlCharacters(value: string): string {
  return value.replace(CONTROL, (character) => {
    const code = character.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  });
}

/** Escapes the message part of a workflow command (toolkit `escapeData`). */
export function escapeData(value: string): string {
  return showControlCharacters(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (toolkit `escapeProperty`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Property values of one command; `undefined` and empty values are left out, as the toolkit does. */
export type CommandProperties = Readonly<Record<string, string | number | undefined>>;

/**
 * One workflow command line, without the trailing newline:
 * `::name key=value,key=value::message`.
 */
export function formatCommand(name: string, properties: CommandProperties, message: string): string {
  const pairs = Object.entries(properties)
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined && pair[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}
