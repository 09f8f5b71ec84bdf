#!/usr/bin/env node
// A dumb wrapper: all logic lives in run(), which returns the exit code.
import { run } from '../lib/cli/run.js';

process.exitCode = await run(process.argv.slice(2));
