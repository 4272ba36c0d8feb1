import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the Portico repository. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What a finished `portal` process left behind. */
export interface PortalRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `portal` executable as a user would (a child process through
 * bin/portal.js), so exit codes and output are tested end to end.
 */
export function runPortal(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number; portico?: string } = {}): PortalRun {
  // `portico`: another copy of Portico to run (test/helpers/site.ts copySite), by default this checkout.
  const result = spawnSync(process.execPath, [path.join(options.portico ?? REPO_ROOT, 'bin/portal.js'), ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
