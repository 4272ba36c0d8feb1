/**
 * Measures `portal doc-coverage` against a plain `typedoc --emit none` over
 * the same entry points and tsconfig, side by side: for each package of the
 * embedded configuration, and for the whole configuration (one `portal` run
 * against one `typedoc` run per package). Runs alternate, so both commands see
 * the same machine load. For each command it records wall time and CPU time
 * (user + system, from GNU time: steadier than wall time on a shared machine)
 * and prints the medians and their ratios as a Markdown table for
 * docs/performance.md.
 *
 *   npx tsx scripts/measure-doc-coverage.ts [--rounds 5]
 *
 * A third column runs the same command through a CLI that registers only
 * `doc-coverage`: the difference to `portal` is what loading the other
 * commands' modules at startup costs.
 *
 * Needs GNU time (`/usr/bin/time`, Debian package `time`).
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPortalConfig } from '../src/config/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const roundsFlag = process.argv.indexOf('--rounds');
const rounds = roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 5;

const PORTAL = [process.execPath, path.join(root, 'bin/portal.js')];
const TYPEDOC = [process.execPath, path.join(root, 'node_modules/typedoc/bin/typedoc')];
// The doc-coverage command alone, through the same tsx loader as bin/portal.js.
const ALONE = [
  process.execPath,
  '--import',
  'tsx/esm',
  '--input-type=module',
  '-e',
  [
    "import { Command } from 'commander';",
    "import { registerDocCoverageCommand } from './src/cli/commands/doc-coverage/register.ts';",
    "const program = new Command('portal');",
    'registerDocCoverageCommand(program);',
    // With -e there is no script path in argv: everything after the node binary is user input.
    "await program.parseAsync(process.argv.slice(1), { from: 'user' });",
  ].join(' '),
  '--',
];

interface Timing {
  wall: number;
  cpu: number;
}

/** Runs commands one after the other under GNU time; returns summed wall and CPU seconds. */
function time(commands: string[][]): Timing {
  const total = { wall: 0, cpu: 0 };
  for (const command of commands) {
    const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S', ...command], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    if (run.status !== 0) {
      process.stderr.write(run.stdout + run.stderr);
      throw new Error(`${command.join(' ')} exited with ${run.status}`);
    }
    const [wall, user, system] = (run.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    total.wall += wall!;
    total.cpu += user! + system!;
  }
  return total;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const config = await loadPortalConfig(path.join(root, 'portal.config.ts'));
const rel = (file: string) => path.relative(root, file);
const typedocRun = (entryPoints: string[], tsconfig: string) => [...TYPEDOC, '--emit', 'none', '--logLevel', 'Error', ...entryPoints.flatMap((e) => ['--entryPoints', rel(e)]), '--tsconfig', rel(tsconfig)];

const cases = [
  ...config.api.packages.map((pkg) => {
    const args = ['doc-coverage', ...pkg.entryPoints.flatMap((e) => ['--entry', rel(e)]), '--tsconfig', rel(pkg.tsconfig)];
    return {
      name: `${pkg.name} (\`${pkg.entryPoints.map(rel).join(' ')}\`)`,
      typedoc: [typedocRun(pkg.entryPoints, pkg.tsconfig)],
      portal: [[...PORTAL, ...args]],
      alone: [[...ALONE, ...args]],
    };
  }),
  {
    name: 'whole configuration',
    typedoc: config.api.packages.map((pkg) => typedocRun(pkg.entryPoints, pkg.tsconfig)),
    portal: [[...PORTAL, 'doc-coverage']],
    alone: [[...ALONE, 'doc-coverage']],
  },
];

const KINDS = ['typedoc', 'portal', 'alone'] as const;
const rows: string[] = [];
for (const testCase of cases) {
  const samples: Record<(typeof KINDS)[number], Timing[]> = { typedoc: [], portal: [], alone: [] };
  for (let round = 1; round <= rounds; round += 1) {
    // Rotate the order, so no command always runs first (or last) in a round.
    const order = KINDS.map((_, i) => KINDS[(i + round) % KINDS.length]!);
    for (const which of order) {
      const timing = time(testCase[which]);
      samples[which].push(timing);
      console.log(`${testCase.name} round ${round} ${which.padEnd(7)} wall ${timing.wall.toFixed(2)} s  cpu ${timing.cpu.toFixed(2)} s`);
    }
  }
  const med = (which: (typeof KINDS)[number], key: keyof Timing) => median(samples[which].map((t) => t[key]));
  const cell = (which: (typeof KINDS)[number]) =>
    `${med(which, 'wall').toFixed(1)} s / ${med(which, 'cpu').toFixed(1)} s (${(med(which, 'wall') / med('typedoc', 'wall')).toFixed(2)}× / ${(med(which, 'cpu') / med('typedoc', 'cpu')).toFixed(2)}×)`;
  rows.push(`| ${testCase.name} | ${med('typedoc', 'wall').toFixed(1)} s / ${med('typedoc', 'cpu').toFixed(1)} s | ${cell('portal')} | ${cell('alone')} |`);
}

console.log(`\n${rounds} rotating rounds on ${os.cpus().length} cores, Node ${process.version}; medians, wall / CPU (ratio to typedoc):\n`);
console.log('| Package | `typedoc --emit none` | `portal doc-coverage` | `doc-coverage` command alone |');
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(row);
