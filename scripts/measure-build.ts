/**
 * Measures cold production builds of this portal with the Rspack/SWC bundler
 * (`future.faster`, the default) and with webpack + Babel (PORTAL_FASTER=0),
 * interleaved so both see the same machine load. Prints wall time and peak
 * resident memory per build and the ratio of the medians.
 *
 *   npx tsx scripts/measure-build.ts [--rounds 2]
 *
 * Peak memory is the maximum resident set of the build process as reported
 * by GNU time (`/usr/bin/time`, Debian package `time`).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const roundsFlag = process.argv.indexOf('--rounds');
const rounds = roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 2;

interface Sample {
  mode: string;
  seconds: number;
  peakRssMb: number;
}

function coldBuild(mode: 'faster' | 'webpack'): Sample {
  // Cold: no build output, no generated files, no bundler cache.
  for (const dir of ['build', '.docusaurus', 'node_modules/.cache']) {
    rmSync(path.join(root, dir), { recursive: true, force: true });
  }
  const started = process.hrtime.bigint();
  // GNU time prints the peak resident set (KB) of the build process on its last stderr line.
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, PORTAL_FASTER: mode === 'faster' ? '1' : '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error(`${mode} build failed with exit code ${run.status}`);
  }
  const lastLine = run.stderr.trim().split('\n').at(-1) ?? '';
  return { mode, seconds, peakRssMb: Number(lastLine) / 1024 };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const samples: Sample[] = [];
for (let round = 1; round <= rounds; round += 1) {
  for (const mode of ['webpack', 'faster'] as const) {
    const sample = coldBuild(mode);
    samples.push(sample);
    console.log(`round ${round} ${mode.padEnd(8)} ${sample.seconds.toFixed(1)} s  peak RSS ${sample.peakRssMb.toFixed(0)} MB`);
  }
}

console.log(`\n${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log('| bundler | median wall time | median peak RSS |');
console.log('| --- | --- | --- |');
const summary: Record<string, { s: number; mb: number }> = {};
for (const mode of ['webpack', 'faster']) {
  const ofMode = samples.filter((s) => s.mode === mode);
  summary[mode] = { s: median(ofMode.map((s) => s.seconds)), mb: median(ofMode.map((s) => s.peakRssMb)) };
  console.log(`| ${mode === 'faster' ? 'Rspack + SWC (faster)' : 'webpack + Babel'} | ${summary[mode]!.s.toFixed(1)} s | ${summary[mode]!.mb.toFixed(0)} MB |`);
}
console.log(`\nfaster / webpack: time ${(summary.faster!.s / summary.webpack!.s).toFixed(2)}x, memory ${(summary.faster!.mb / summary.webpack!.mb).toFixed(2)}x`);
