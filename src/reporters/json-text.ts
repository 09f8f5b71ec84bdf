/**
 * `JSON.stringify` escapes C0 controls only. C1 controls (the one-byte CSI U+009B) and the
 * bidirectional formatting characters of Trojan Source pass through raw, and reach a terminal
 * that prints the JSON; `<`, `>` and `&` pass through too, and JSON is embedded in web pages
 * (a JSON-LD catalogue in `<script type="application/ld+json">`, where a name holding
 * `</script>` or `<!--` would end or hide the script). All become `\uXXXX` escapes here: the
 * same JSON value, safe to print and to embed. Every JSON output (json, sarif, entries json and
 * jsonld) goes through this one function.
 */
const UNSAFE_IN_JSON = /[&<>\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function stringifySafe(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
