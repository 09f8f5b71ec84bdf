/**
 * The process entry of `medlint` (bundled into lib/cli/main.js): run, then exit with its code.
 * `--version` and `--help` alone are answered here, before the command (lib/cli/run.js, with
 * the parser, the rules and the config loader) is loaded: loading it is most of their time.
 */
import { createRequire } from 'node:module';
import { HELP } from './args.js';
import { EXIT_OK } from './exit-codes.js';
import { writeOut } from './write.js';

const argv = process.argv.slice(2);
const answer = argv.length === 1 ? quickAnswer(argv[0] as string) : undefined;

// A write that fails is left to the command, which reports it as it reports any other.
if (answer !== undefined && (await writeOut(process.stdout, answer).then(() => true, () => false))) process.exitCode = EXIT_OK;
else process.exitCode = await (await import('./run.js')).run(argv);

function quickAnswer(arg: string): string | undefined {
  if (arg === '--version' || arg === '-v') return `${(createRequire(import.meta.url)('../../package.json') as { version: string }).version}\n`;
  if (arg === '--help' || arg === '-h') return HELP;
  return undefined;
}
