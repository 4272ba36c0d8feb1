import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Wall time and peak resident memory of one command. */
export interface Measurement {
  seconds: number;
  /** Peak resident set in MB, from GNU time; undefined when /usr/bin/time is not installed. */
  peakRssMb?: number;
  code: number | null;
  output: string;
}

const GNU_TIME = '/usr/bin/time';

/** Runs `node <args>` in `cwd`, timing it and, when GNU time exists, recording its peak RSS. */
export function measureNode(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Measurement {
  const withTime = existsSync(GNU_TIME);
  const command = withTime ? GNU_TIME : process.execPath;
  const commandArgs = withTime ? ['-f', 'PEAK_RSS_KB=%M', process.execPath, ...args] : args;
  const started = process.hrtime.bigint();
  const run = spawnSync(command, commandArgs, {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const output = `${run.stdout}\n${run.stderr}`;
  const rss = /PEAK_RSS_KB=(\d+)/.exec(run.stderr);
  return { seconds, peakRssMb: rss ? Number(rss[1]) / 1024 : undefined, code: run.status, output };
}

/** Cold build: no output, no generated files (Docusaurus' or Portico's API pages), no bundler cache. */
export function clearBuildState(siteDir: string): void {
  for (const dir of ['build', '.docusaurus', '.generated', 'node_modules/.cache']) rmSync(path.join(siteDir, dir), { recursive: true, force: true });
}

/** Warm rebuild: the previous output and bundler cache are gone, Portico's generated inputs stay. */
export function clearOutputOnly(siteDir: string): void {
  for (const dir of ['build', '.docusaurus']) rmSync(path.join(siteDir, dir), { recursive: true, force: true });
}
