// ESLint flat config: typescript-eslint recommended, plus the pipeline's boundaries (as ESLint's
// own config guards lib/rules): each src/ folder imports only the layers below it (LAYERS), pure
// steps may not reach the file system, the network, the environment or the console, and the link
// checker's stages enter each other through their index.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexpPlugin from 'eslint-plugin-regexp';

const IO_MODULES = ['node:fs', 'node:fs/promises', 'fs', 'fs/promises', 'node:net', 'node:http', 'node:https', 'node:dns', 'node:child_process', 'undici', 'p-limit'];
const IO_GLOBALS = [
  { name: 'process', message: 'Only src/cli and src/action read the process (argv, env, TTY, exit).' },
  { name: 'console', message: 'Only src/cli and src/action write output; return data instead.' },
  { name: 'fetch', message: 'Network access lives in src/links only.' },
];

// The layers of src/, lowest first (README › Contribute): each folder may import only the folders
// listed for it, so an import against the flow fails `npm test`.
const LAYERS = {
  diagnostics: [],
  parse: ['diagnostics'],
  // The datasets issue's data files and their loader (src/knowledge), which extract reads.
  knowledge: ['diagnostics'],
  extract: ['diagnostics', 'parse', 'knowledge'],
  results: ['diagnostics', 'extract'],
  rules: ['diagnostics', 'parse', 'extract', 'knowledge', 'results'],
  links: ['diagnostics', 'parse', 'results'],
  config: ['diagnostics', 'parse', 'knowledge', 'rules', 'links'],
  linter: ['diagnostics', 'parse', 'extract', 'results', 'rules', 'config'],
  reporters: ['diagnostics', 'extract', 'results', 'rules'],
  pipeline: ['diagnostics', 'parse', 'knowledge', 'extract', 'results', 'rules', 'links', 'config', 'linter'],
  cli: ['diagnostics', 'parse', 'knowledge', 'extract', 'results', 'rules', 'links', 'config', 'linter', 'reporters', 'pipeline'],
  // The remark plugin: a shell around one step of the pipeline, as cli is around all of it.
  remark: ['diagnostics', 'parse', 'knowledge', 'extract', 'results', 'rules', 'config', 'linter', 'pipeline'],
  action: ['diagnostics', 'parse', 'knowledge', 'extract', 'results', 'rules', 'links', 'config', 'linter', 'reporters', 'pipeline'],
};
// Pure folders: no file system, network, process or console.
const PURE = new Set(['diagnostics', 'knowledge', 'extract', 'results', 'rules', 'linter', 'reporters']);
// Stages of the link checker: one stage enters another through its index.ts only.
const LINK_STAGES = ['collect', 'cache', 'schedule', 'policy', 'http', 'resolvers', 'outcome'];

/** The import a file of `folder` may not make: any src/ folder its layer does not list. */
function layerPattern(folder) {
  const allowed = LAYERS[folder];
  const denied = Object.keys(LAYERS).filter((other) => other !== folder && !allowed.includes(other));
  const may = allowed.map((name) => `src/${name}`).join(', ') || 'no other src folder';
  return { regex: `^(\\.\\./)+(${denied.join('|')})/`, message: `src/${folder} may import ${may} (README › Contribute › Layers).` };
}

function boundaries() {
  const blocks = Object.keys(LAYERS).map((folder) => {
    const patterns = [layerPattern(folder)];
    if (folder !== 'pipeline' && folder !== 'links' && LAYERS[folder].includes('links')) {
      patterns.push({ regex: '^(\\.\\./)+links/(?!(types|options)\\.js$)', message: 'Only src/pipeline runs the link checker; others may import its options and types.' });
    }
    const pure = PURE.has(folder);
    return {
      files: [`src/${folder}/**`],
      rules: {
        'no-restricted-imports': ['error', { paths: pure ? IO_MODULES.map((name) => ({ name, message: `src/${folder} is pure: no I/O.` })) : [], patterns }],
        ...(pure ? { 'no-restricted-globals': ['error', ...IO_GLOBALS] } : {}),
      },
    };
  });
  const stages = LINK_STAGES.join('|');
  blocks.push(
    {
      files: ['src/links/*/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              layerPattern('links'),
              { regex: `^\\.\\./(${stages})/(?!index\\.js$)`, message: 'Enter another stage of the link checker through its index.ts.' },
              { regex: '^\\.\\./index\\.js$', message: 'A stage does not import the flow (src/links/index.ts).' },
            ],
          },
        ],
      },
    },
    {
      files: ['src/index.ts'],
      rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\./(cli|action)/', message: 'Nothing imports the shells.' }] }] },
    },
  );
  return blocks;
}

export default tseslint.config(
  { ignores: ['lib/', 'lib-all/', 'dist/', 'node_modules/', 'coverage/', 'bench-results/', 'test/**/__snapshots__/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Every regex runs in linear time: a list, a config and a pull request are hostile input.
  regexpPlugin.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
  {
    // Tests read medlint's own output, never hostile text: a scan from every position is harmless there.
    files: ['test/**'],
    rules: { 'regexp/no-super-linear-move': 'off' },
  },
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
      // Escaping control characters from untrusted lists is the point of several regexes.
      'no-control-regex': 'off',
    },
  },
  ...boundaries(),
  {
    files: ['src/**'],
    ignores: ['src/cli/**', 'src/action/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read the environment in src/cli or src/action and pass options down.' }, { object: 'process', property: 'exit', message: 'run() returns an exit code.' }],
    },
  },
);
