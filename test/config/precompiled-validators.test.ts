/**
 * The bundles validate configs with code ajv generated at build time (scripts/bundle.mjs), the
 * sources with validators ajv compiles at run time (src/config/validators.ts): the bundled
 * command must say exactly what the sources say, message for message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate.js';
import { isMedlintError } from '../../src/diagnostics/medlint-error.js';
import { tempDir } from '../helpers/temp-dir.js';
import { type CompiledCli, compileCli, spawnNode } from '../robustness/support.js';

const LIST = '# L\n\n## Imaging\n\n- [CheXpert](https://example.org/chexpert) - 224,316 chest radiographs.\n';

/** What the sources make of a config: the message of the error they throw, or none. */
function fromSources(json: string): string | undefined {
  try {
    validateConfig(JSON.parse(json), '.medlintrc.json');
    return undefined;
  } catch (error) {
    if (isMedlintError(error)) return error.message;
    throw error;
  }
}

describe('the bundled command validates configs as the sources do', () => {
  let cli: CompiledCli;
  beforeAll(() => {
    cli = compileCli();
  }, 120_000);
  afterAll(() => cli.dispose());

  it('carries no ajv compiler, only the validators compiled at build time', () => {
    const outdir = path.join(path.dirname(cli.bin), '..', 'lib', 'cli');
    const files = readdirSync(outdir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    const text = files.map((file) => readFileSync(path.join(outdir, file), 'utf8')).join('\n');
    expect(text).toContain('// precompiled:src/config/validators.ts');
    expect(text).not.toContain('ajv/dist/compile');
  });

  it.each([
    ['an unknown top-level key', '{ "rulez": {} }'],
    ['an unknown key inside links', '{ "links": { "timout": 5 } }'],
    ['links.timeout as text', '{ "links": { "timeout": "soon" } }'],
    ['links.retries below its minimum', '{ "links": { "retries": -1 } }'],
    ['a status code out of range', '{ "links": { "accept": [99] } }'],
    ['an unknown key for one host', '{ "links": { "hosts": { "example.org": { "perhost": 2 } } } }'],
    ['a header that is not text', '{ "links": { "hosts": { "example.org": { "headers": { "X-A": 1 } } } } }'],
    ['extends as a number', '{ "extends": 3 }'],
    ['a rule option of the wrong type', '{ "rules": { "entry-description": ["warn", { "minLength": "long" }] } }'],
    ['a rule option below its minimum', '{ "rules": { "entry-description": ["warn", { "minLength": 0 }] } }'],
    ['an unknown key inside rule options', '{ "rules": { "entry-description": ["warn", { "maxLength": 3 }] } }'],
    ['rule options that are not an object', '{ "rules": { "entry-description": ["warn", 5] } }'],
    ['options for a rule that takes none', '{ "rules": { "entry-link": ["warn", { "x": 1 }] } }'],
    ['a valid config with rule options', '{ "rules": { "entry-description": ["warn", { "minLength": 3 }] }, "links": { "timeout": 5000 } }'],
  ])('%s', async (_name, json) => {
    const message = fromSources(json);
    const result = await spawnNode(cli.bin, ['--offline'], { cwd: tempDir({ '.medlintrc.json': json, 'README.md': LIST }), timeoutMs: 20_000 });
    if (message === undefined) {
      expect(result).toMatchObject({ code: 0, stderr: '' });
    } else {
      expect(message).toContain('.medlintrc.json: invalid configuration: ');
      expect(result).toEqual({ code: 2, signal: null, stdout: '', stderr: `medlint: ${message}\n` });
    }
  });
});
