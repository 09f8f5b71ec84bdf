#!/usr/bin/env node
/**
 * Bundles medlint's two programs with esbuild, each with everything it imports:
 *
 *   node scripts/bundle.mjs action [--outfile x.js]   → dist/index.js and the parse thread
 *                                                       dist/lint-worker.js beside it
 *   node scripts/bundle.mjs cli [--outdir dir]        → lib/cli/{main,run,lint-worker}.js + chunks/
 *   node scripts/bundle.mjs remark [--outfile x.js]   → lib/remark.js (one file)
 *
 * action: the GitHub Action, `src/action/index.ts`, which `action.yml` runs with `node24`. The
 *   bundle is committed, because `uses: owner/medlint@v1` runs what is in the tag;
 *   `test/action/bundle.test.ts` rebuilds it and fails on any difference.
 * cli: the `medlint` command, `src/cli/main.ts`, which `bin/medlint.js` imports (it answers
 *   `--version` and `--help` and loads `run.js`, `src/cli/run.ts`, for the rest), and the parser
 *   thread `src/pipeline/lint-worker.ts`. One file loads in a fraction of the time of the few
 *   hundred small ES modules of unified and micromark (about 0.2 s of every run). The link
 *   checker goes into a chunk of its own, loaded only when links are checked, as in the sources.
 *   Built by `npm run build` (and so by `npm pack`), and committed, with lib/remark.js: installing
 *   from git (pre-commit's `language: node`, `npm install <git url>`) runs no build, so the
 *   command must be there already. `test/package/committed-build.test.ts` rebuilds both and
 *   fails on any difference.
 * remark: the unified plugin `medlint/remark`, `src/remark/index.ts`, with everything it imports
 *   (it uses the vfile and tree it is given, so it bundles no unified of its own). The package's
 *   `./remark` export; its types come from tsc (lib/remark/index.d.ts).
 *
 * Deterministic: no timestamps, no source maps, paths in comments relative to the repository,
 * so the same sources give the same bytes on every machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { outfile: { type: 'string' }, outdir: { type: 'string' } },
});
const target = positionals[0];

// Some bundled CommonJS dependencies call require() for Node built-ins; an ES module has none.
const banner = [
  "import { createRequire as __medlintCreateRequire } from 'node:module';",
  'const require = __medlintCreateRequire(import.meta.url);',
].join('\n');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  sourcemap: false,
  legalComments: 'eof',
  banner: { js: banner },
  logLevel: 'warning',
  plugins: [precompiledValidators(), deferredEvaluation(['spdx-correct']), tokenizerOnly()],
};

/**
 * Puts in place of src/config/validators.ts the same validators compiled now, with ajv's
 * standalone code: no ajv compiler in the bundle and no compile at start-up (some 60 ms).
 * The schemas and options come from the sources themselves, bundled on the fly.
 */
function precompiledValidators() {
  const replaced = path.join(root, 'src', 'config', 'validators.ts');
  let generated;
  return {
    name: 'medlint-precompiled-validators',
    setup(plugin) {
      plugin.onResolve({ filter: /\/validators\.js$/ }, (args) =>
        path.resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts') === replaced
          ? { path: path.relative(root, replaced).split(path.sep).join('/'), namespace: 'precompiled' }
          : undefined,
      );
      plugin.onLoad({ filter: /.*/, namespace: 'precompiled' }, async () => ({ contents: await (generated ??= standaloneValidators(replaced)), loader: 'js', resolveDir: root }));
    },
  };
}

/**
 * Evaluates the CommonJS packages `names` (each a function, as its default export) on their
 * first call instead of when the bundle loads. spdx-correct sorts its tables with
 * `localeCompare` as it loads, which starts ICU's collator: 10 ms of every run, although only an
 * entry with an unusual licence name needs it. Our sources import it as usual (lib/ keeps the
 * plain import); in the bundles the import resolves to a stand-in whose `require` esbuild turns
 * into the package's initialiser, run on the first call.
 */
function deferredEvaluation(names) {
  return {
    name: 'medlint-deferred-evaluation',
    setup(plugin) {
      plugin.onResolve({ filter: /^[^./]/ }, (args) =>
        names.includes(args.path) && args.namespace !== 'deferred' ? { path: args.path, namespace: 'deferred' } : undefined,
      );
      plugin.onLoad({ filter: /.*/, namespace: 'deferred' }, (args) => ({
        contents: `module.exports = function deferred(...args) { return require(${JSON.stringify(args.path)})(...args); };`,
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}

/**
 * Our sources take only htmlparser2's `Tokenizer` (src/parse/html-anchors.ts), but its index
 * also re-exports DomUtils as a namespace, which keeps domhandler, domutils and dom-serializer
 * (with entities' encode tables, built as it loads) in the bundle and evaluated at every start.
 * In the bundles the import resolves to the Tokenizer's own module; the sources import as usual.
 */
function tokenizerOnly() {
  const tokenizer = path.join(root, 'node_modules', 'htmlparser2', 'dist', 'esm', 'Tokenizer.js');
  return {
    name: 'medlint-tokenizer-only',
    setup(plugin) {
      plugin.onResolve({ filter: /^htmlparser2$/ }, () => ({ path: 'htmlparser2', namespace: 'tokenizer-only' }));
      plugin.onLoad({ filter: /.*/, namespace: 'tokenizer-only' }, () => ({
        contents: `export { default as Tokenizer } from ${JSON.stringify(tokenizer)};`,
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}

async function standaloneValidators(source) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'medlint-validators-'));
  try {
    const { outputFiles } = await build({ ...common, plugins: [], entryPoints: [source], write: false, outfile: path.join(scratch, 'validators.mjs') });
    writeFileSync(outputFiles[0].path, outputFiles[0].contents);
    const { AJV_OPTIONS, validatorSchemas } = await import(pathToFileURL(outputFiles[0].path).href);
    const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
    const { config, options } = validatorSchemas();
    const ruleExports = [...options.keys()].map((id, index) => [id, `options${index}`]);
    ajv.addSchema(config, 'config');
    for (const [id, name] of ruleExports) ajv.addSchema(options.get(id), name);
    const exports = Object.fromEntries(['config', ...ruleExports.map(([, name]) => name)].map((name) => [name, name]));
    return [
      standaloneCode(ajv, exports),
      `const byRule = new Map([${ruleExports.map(([id, name]) => `[${JSON.stringify(id)}, ${name}]`).join(', ')}]);`,
      'export function configValidator() { return config; }',
      'export function optionsValidator(ruleId) { return byRule.get(ruleId); }',
      '',
    ].join('\n');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (target === 'action') {
  const outfile = path.resolve(values.outfile ?? path.join(root, 'dist', 'index.js'));
  await build({ ...common, entryPoints: ['src/action/index.ts'], outfile });
  // The parse thread (src/pipeline/lint-off-thread.ts starts ./lint-worker.js beside the bundle):
  // without it the Action would parse on its main thread, where the parse budget cannot stop a
  // parse under way.
  await build({ ...common, entryPoints: ['src/pipeline/lint-worker.ts'], outfile: path.join(path.dirname(outfile), 'lint-worker.js') });
} else if (target === 'cli') {
  // lib/cli/, as deep in the package as src/cli/ is in the repository: main.ts and run.ts find
  // package.json (for --version) at ../../package.json in both. main.js answers --version and
  // --help alone and imports run.js (the command) for anything else.
  const outdir = path.resolve(values.outdir ?? path.join(root, 'lib', 'cli'));
  const { metafile } = await build({
    ...common,
    entryPoints: { main: 'src/cli/main.ts', run: 'src/cli/run.ts', 'lint-worker': 'src/pipeline/lint-worker.ts' },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
  });
  // lint-off-thread.ts starts ./lint-worker.js from its own folder: it must land in run.js.
  const run = Object.entries(metafile.outputs).find(([file]) => file.endsWith('/run.js'))?.[1];
  if (!run?.inputs['src/pipeline/lint-off-thread.ts']) throw new Error('src/pipeline/lint-off-thread.ts is not in run.js: the worker would not be found');
  const main = Object.entries(metafile.outputs).find(([file]) => file.endsWith('/main.js'))?.[1];
  if (!main || main.bytes > 64 * 1024) throw new Error(`main.js should hold only the quick answers, not ${main?.bytes} bytes`);
  if (values.outdir === undefined) {
    const version = execFileSync(process.execPath, [path.join(outdir, 'main.js'), '--version'], { encoding: 'utf8' }).trim();
    const expected = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    if (version !== expected) throw new Error(`the bundled CLI says version ${version}, package.json says ${expected}`);
  }
} else if (target === 'remark') {
  await build({ ...common, entryPoints: ['src/remark/index.ts'], outfile: path.resolve(values.outfile ?? path.join(root, 'lib', 'remark.js')) });
} else {
  process.stderr.write('usage: node scripts/bundle.mjs action [--outfile file] | cli [--outdir dir] | remark [--outfile file]\n');
  process.exitCode = 2;
}
