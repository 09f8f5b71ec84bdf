import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/run.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `medlint` in-process with captured stdout/stderr (not a TTY, so no colour, no progress bar). */
/** `input` is standard input (empty when not given). */
export async function runCli(argv: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await run(argv, {
    cwd: options.cwd,
    env: options.env ?? {},
    stdin: Readable.from([Buffer.from(options.input ?? '')]),
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
  });
  return { code, stdout: out, stderr: err };
}
