// ESLint flat config: typescript-eslint recommended, plus the pipeline's boundaries (as ESLint's
// own config guards lib/rules): pure steps may not reach the file system, the network, the
// environment or the console; reporters may not reach back up the pipeline.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexpPlugin from 'eslint-plugin-regexp';

const IO_MODULES = ['node:fs', 'node:fs/promises', 'fs', 'fs/promises', 'node:net', 'node:http', 'node:https', 'node:dns', 'node:child_process', 'undici', 'p-limit'];
const IO_GLOBALS = [
  { name: 'process', message: 'Only src/cli and src/action read the process (argv, env, TTY, exit).' },
  { name: 'console', message: 'Only src/cli and src/action write output; return data instead.' },
  { name: 'fetch', message: 'Network access lives in src/links only.' },
];

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
  {
    files: ['src/extract/**', 'src/rules/**', 'src/linter/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: IO_MODULES.map((name) => ({ name, message: 'Extractors and rules are pure: no I/O.' })) }],
      'no-restricted-globals': ['error', ...IO_GLOBALS],
    },
  },
  {
    files: ['src/reporters/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IO_MODULES.map((name) => ({ name, message: 'Reporters are pure functions of results.' })),
          patterns: [{ group: ['**/links/*', '**/action/*', '**/cli/*', '**/pipeline/*'], message: 'Reporters see only results.' }],
        },
      ],
      'no-restricted-globals': ['error', ...IO_GLOBALS],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/cli/**', 'src/action/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read the environment in src/cli or src/action and pass options down.' }, { object: 'process', property: 'exit', message: 'run() returns an exit code.' }],
    },
  },
);
