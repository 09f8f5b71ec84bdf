/** The process entry of `medlint` (bundled into lib/cli/main.js): run, then exit with its code. */
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2));
