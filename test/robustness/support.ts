/**
 * Shared set-up for the robustness tests: the real `medlint` binary compiled into a private
 * folder (lib/ is shared with other work in progress, and absent on a clean clone), a way to
 * run it as a child process, and a check for output that must never reach a user.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** True when the tests run as root, who can read a file of mode 000 anyway. */
export const IS_ROOT = process.getuid?.() === 0;

/** The unprivileged user a root run drops to for permission tests (`nobody`). */
export const NOBODY = 65534;

export interface CompiledCli {
  /** `…/bin/medlint.js`, a copy of the repository's wrapper in front of the compiled sources. */
  bin: string;
  /** `…/measure.mjs`: runs the CLI the same way, then prints its peak memory and time. */
  measure: string;
  dispose(): void;
}

/**
 * Bundles the CLI with scripts/bundle.mjs into a temporary folder laid out like the package
 * (bin/, lib/cli/, package.json): the program users run, self-contained like theirs.
 */
export function compileCli(): CompiledCli {
  const dir = mkdtempSync(path.join(tmpdir(), 'medlint-bin-'));
  const outdir = path.join(dir, 'lib', 'cli');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.mjs'), 'cli', '--outdir', outdir], { encoding: 'utf8' });
  if (!existsSync(path.join(outdir, 'main.js'))) throw new Error(`the CLI did not bundle:\n${result.stdout}${result.stderr}`);
  mkdirSync(path.join(dir, 'bin'));
  copyFileSync(path.join(ROOT, 'bin', 'medlint.js'), path.join(dir, 'bin', 'medlint.js'));
  copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  const measure = path.join(dir, 'measure.mjs');
  writeFileSync(measure, MEASURE_SCRIPT);
  // mkdtemp makes 0700 folders; the permission tests run the binary as another user.
  chmodSync(dir, 0o755);
  return { bin: path.join(dir, 'bin', 'medlint.js'), measure, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

// The bundle runs the command when imported, and sets process.exitCode.
const MEASURE_SCRIPT = `const started = performance.now();
await import('./lib/cli/main.js');
process.stderr.write('MEASURE ' + JSON.stringify({ ms: Math.round(performance.now() - started), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\\n');
`;

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface SpawnOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Run as this user and group (root only). */
  uid?: number;
  /** Kill the child after this long (default: 60 s). */
  timeoutMs?: number;
  /** Extra flags for node itself, e.g. a heap limit. */
  nodeArgs?: string[];
  /** Called with the child's pid once it is started, to watch it from outside. */
  onSpawn?: (pid: number) => void;
}

/** Runs a script with `node` as a child process and collects its output. */
export function spawnNode(script: string, args: readonly string[], options: SpawnOptions): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
      timeout: options.timeoutMs ?? 60_000,
    });
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A stack frame, a Node error banner or an uncaught-exception marker: never for a user's mistake. */
export const STACK_TRACE = /^\s+at |node:internal|Node\.js v\d|Unhandled|Uncaught|^\w*Error: |\n\s*\^\n/m;

/** C0/C1 controls other than tab and LF, and bidirectional formatting characters (Trojan Source). */
export const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Colour sequences (SGR) as picocolors writes them. */
export const SGR = /\u001b\[\d+(?:;\d+)*m/g;

/** A deterministic generator (mulberry32): faults and latencies are random but the same on every run. */
export { prng as random } from '../../scripts/gen-lint-lists.mjs';
