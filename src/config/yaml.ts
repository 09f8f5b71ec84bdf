import { parseDocument } from 'yaml';
import { excerpt, MedlintError } from '../diagnostics/medlint-error.js';

/**
 * A YAML config's data; a syntax error, or an alias bomb (`a: &a [x, x]`, `b: [*a, *a]`, …) that
 * YAML refuses to expand, is a one-line `config-invalid` naming the file (and the line).
 */
export function parseYamlConfig(content: string, file: string): unknown {
  const document = parseDocument(content);
  const error = document.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const reason = (error.message.split('\n')[0] ?? 'syntax error').replace(/ at line \d+, column \d+:?$/, '');
    throw new MedlintError('config-invalid', `${file}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${excerpt(reason, 80)}`);
  }
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    throw new MedlintError('config-invalid', `${file}: invalid YAML: ${excerpt((cause as Error).message, 80)}`);
  }
}
