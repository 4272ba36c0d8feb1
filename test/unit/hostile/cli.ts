import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPortalInProcess } from '../../helpers/run-cli.js';

/** What an in-process `portal` run returned and printed. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `portal <args>` in-process with `cwd` as the working directory, so
 * messages show paths relative to it, and captures what it prints.
 */
export async function portal(args: readonly string[], cwd: string): Promise<CliRun> {
  const run = await runPortalInProcess([...args], { cwd });
  return { code: run.code ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh temporary directory (real path, so messages show paths relative to it). */
export function scratch(prefix = 'portico-hostile-'): string {
  return realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
}

/** A hash of every file's relative path, type and bytes under `dir`: equal hashes mean the folder is byte-for-byte unchanged. */
export function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const file = path.join(current, name);
      const relative = path.relative(dir, file);
      if (statSync(file).isDirectory()) {
        hash.update(`d ${relative}\n`);
        walk(file);
      } else {
        hash.update(`f ${relative}\n`);
        hash.update(readFileSync(file));
      }
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** True when the output holds a stack trace line (`    at fn (file:1:2)`). */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .*:\d+:\d+/.test(text);
}
