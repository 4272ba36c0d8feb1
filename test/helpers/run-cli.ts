import { format } from 'node:util';
import { runCli } from '../../src/cli/main.js';
import type { PortalRun } from './run-portal.js';

/**
 * Runs the `portal` CLI in this process through `runCli` (src/cli/main.ts),
 * capturing what it writes to stdout and stderr, with `cwd` and `env` applied
 * for the run only. Same result shape as `runPortal`, without a Node process
 * and tsx start per call; use `runPortal` where the process boundary itself is
 * under test (the real binary, its exit status, output of a crash).
 * Runs must not overlap: the test files run their tests one after another.
 */
export async function runPortalInProcess(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<PortalRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const saved = {
    cwd: process.cwd(),
    env: { ...process.env },
    stdoutWrite: process.stdout.write,
    stderrWrite: process.stderr.write,
    log: console.log,
    info: console.info,
    warn: console.warn,
    error: console.error,
  };
  const capture =
    (into: string[]) =>
    (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    };
  // GITHUB_ACTIONS would add workflow annotations to the output the tests compare (src/lib/findings).
  Object.assign(process.env, { NO_COLOR: '1', FORCE_COLOR: '0', GITHUB_ACTIONS: '' }, options.env);
  if (options.cwd) process.chdir(options.cwd);
  process.stdout.write = capture(stdout) as typeof process.stdout.write;
  process.stderr.write = capture(stderr) as typeof process.stderr.write;
  // The test runner replaces console with its own; the CLI's console output belongs to the run.
  console.log = console.info = (...values: unknown[]) => void stdout.push(`${format(...values)}\n`);
  console.warn = console.error = (...values: unknown[]) => void stderr.push(`${format(...values)}\n`);
  try {
    const code = await runCli(['node', 'portal', ...args]);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    process.stdout.write = saved.stdoutWrite;
    process.stderr.write = saved.stderrWrite;
    Object.assign(console, { log: saved.log, info: saved.info, warn: saved.warn, error: saved.error });
    process.chdir(saved.cwd);
    for (const key of Object.keys(process.env)) if (!(key in saved.env)) delete process.env[key];
    Object.assign(process.env, saved.env);
  }
}
