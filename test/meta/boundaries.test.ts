/**
 * The layers of src/ (README › Contribute) are ESLint rules: an import against the flow fails
 * `npm test`. Each case lints one import as if it were written in a file of that folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function importErrors(file: string, specifier: string): Promise<string[]> {
  const code = `import type { X } from '${specifier}';\nexport type Y = X;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

const refused: Array<[string, string, string]> = [
  ['src/rules/link-x.ts', '../links/index.js', 'src/rules may import src/diagnostics, src/parse, src/extract'],
  ['src/rules/x.ts', '../links/types.js', 'src/rules may import'],
  ['src/diagnostics/x.ts', '../extract/types.js', 'src/diagnostics may import no other src folder'],
  ['src/diagnostics/x.ts', '../results/file-result.js', 'src/diagnostics may import no other src folder'],
  ['src/extract/x.ts', '../rules/types.js', 'src/extract may import src/diagnostics'],
  ['src/parse/x.ts', '../extract/types.js', 'src/parse may import src/diagnostics'],
  ['src/results/x.ts', '../links/types.js', 'src/results may import'],
  ['src/links/x.ts', '../rules/link-rules.js', 'src/links may import'],
  ['src/extract/x.ts', '../results/link-outcome.js', 'src/extract may import'],
  ['src/links/http/x.ts', '../../extract/types.js', 'src/links may import'],
  ['src/reporters/x.ts', '../pipeline/index.js', 'src/reporters may import'],
  ['src/pipeline/x.ts', '../cli/run.js', 'src/pipeline may import'],
  ['src/action/x.ts', '../cli/args.js', 'src/action may import'],
  ['src/index.ts', './cli/run.js', 'Nothing imports the shells'],
  ['src/config/x.ts', '../links/index.js', 'Only src/pipeline runs the link checker'],
  ['src/links/http/x.ts', '../schedule/retry.js', 'through its index.ts'],
  ['src/links/outcome/x.ts', '../index.js', 'does not import the flow'],
  ['src/rules/x.ts', 'node:fs', 'src/rules is pure: no I/O.'],
];

const allowed: Array<[string, string]> = [
  ['src/rules/link-x.ts', '../results/link-outcome.js'],
  ['src/extract/x.ts', '../diagnostics/diagnostic.js'],
  ['src/extract/x.ts', '../parse/parse-markdown.js'],
  ['src/links/http/x.ts', '../schedule/index.js'],
  ['src/links/http/x.ts', '../../results/link-outcome.js'],
  ['src/links/collect/x.ts', './collector.js'],
  ['src/config/x.ts', '../links/options.js'],
  ['src/pipeline/x.ts', '../links/index.js'],
  ['src/cli/x.ts', '../pipeline/index.js'],
];

describe('the layers of src/', () => {
  it.each(refused)('refuses in %s an import of %s', async (file, specifier, message) => {
    const errors = await importErrors(file, specifier);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each(allowed)('allows in %s an import of %s', async (file, specifier) => {
    expect(await importErrors(file, specifier)).toEqual([]);
  });
});

describe('the map of src/', () => {
  it('gives every src/ folder a layer in eslint.config.js and a line in the README map', () => {
    const folders = readdirSync(path.join(root, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const config = readFileSync(path.join(root, 'eslint.config.js'), 'utf8');
    const layers = /const LAYERS = \{([^}]*)\}/.exec(config)?.[1] ?? '';
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const folder of folders) {
      expect(layers, `LAYERS has ${folder}`).toMatch(new RegExp(`^\\s*${folder}: \\[`, 'm'));
      expect(readme, `README map has src/${folder}/`).toMatch(new RegExp(`^\\s*src/${folder}/\\s`, 'm'));
    }
  });

  it('opens every folder of the link checker with a map of its parts that names each of them', () => {
    const links = path.join(root, 'src', 'links');
    const stages = readdirSync(links, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(stages.length).toBeGreaterThanOrEqual(4);
    expect(readdirSync(links).filter((name) => name.endsWith('.ts')).length).toBeLessThanOrEqual(5);
    for (const stage of stages) {
      const index = readFileSync(path.join(links, stage.name, 'index.ts'), 'utf8');
      const map = /^\/\*\*[\s\S]*?\*\//.exec(index)?.[0] ?? '';
      const parts = readdirSync(path.join(links, stage.name)).filter((name) => name !== 'index.ts');
      for (const part of parts) expect(map, `${stage.name}/index.ts names ${part}`).toContain(part);
    }
  });
});
