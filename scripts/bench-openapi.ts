/**
 * Scale check of the HTTP API pages: generates an OpenAPI 3.1 spec with 500
 * operations and 300 schemas, measures how long Portico takes to lint it and
 * to turn it into page data, then builds a copy of the whole portal with that
 * spec configured and reports the build's wall time and peak memory.
 *
 *   npx tsx scripts/bench-openapi.ts [--operations 500] [--schemas 300] [--keep]
 *
 * Both builds are cold: the copy gets its own bundler cache (the shared
 * node_modules/.cache/rspack of the checkout would make them warm), and
 * `build/` and `.docusaurus/` are removed before each. The portal is first
 * built as configured, then with the large spec added, so the table shows
 * what the spec costs. Node's heap limit is left at its default: NODE_OPTIONS
 * is cleared of any --max-old-space-size. Peak memory is the maximum resident
 * set of the build process as reported by GNU time (`/usr/bin/time -f %M`,
 * Debian package `time`). `--keep` leaves the site copy in place.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { buildOpenApiPages, lintOpenApiSpec } from '../src/lib/openapi/index.js';
import { planOpenApiRoutes } from '../src/plugins/openapi/routes.js';
import { copySite } from '../test/helpers/site.js';
import { generateLargeSpec } from './bench/generate-openapi.js';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const OPERATIONS = flag('operations', 500);
const SCHEMAS = flag('schemas', 300);
const TAGS = 20;
const keep = process.argv.includes('--keep');

const seconds = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;

/**
 * Gives the copy a node_modules of its own that links every package of the
 * checkout's but not `.cache`, so the bundler's persistent cache starts empty.
 */
function isolateBundlerCache(siteDir: string): void {
  const shared = path.join(siteDir, 'node_modules');
  const real = path.resolve(path.dirname(shared), readlinkSync(shared));
  unlinkSync(shared);
  mkdirSync(shared);
  for (const entry of readdirSync(real)) {
    if (entry !== '.cache') symlinkSync(path.join(real, entry), path.join(shared, entry));
  }
}

interface BuildSample {
  seconds: number;
  peakRssMb: number;
}

/** One cold `docusaurus build` of the copy under GNU time, with the default heap limit. */
function coldBuild(siteDir: string): BuildSample {
  // Never clear a cache through the symlink to the checkout's node_modules: it is shared with other builds.
  if (lstatSync(path.join(siteDir, 'node_modules')).isSymbolicLink()) throw new Error('isolateBundlerCache() must run first');
  for (const dir of ['build', '.docusaurus', 'node_modules/.cache']) rmSync(path.join(siteDir, dir), { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  // Default heap limit: no --max-old-space-size may come in from the caller's environment.
  env.NODE_OPTIONS = (env.NODE_OPTIONS ?? '').replace(/--max-old-space-size=\S+/g, '').trim();
  const started = process.hrtime.bigint();
  const docusaurus = path.join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  // GNU time prints the peak resident set (KB) of the build process on its last stderr line.
  const build = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, docusaurus, 'build', '--out-dir', path.join(siteDir, 'build')], {
    cwd: siteDir,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsed = seconds(started);
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout}\n${build.stderr}`);
    throw new Error(`the build failed with exit code ${build.status}`);
  }
  return { seconds: elapsed, peakRssMb: Number(build.stderr.trim().split('\n').at(-1)) / 1024 };
}

async function main(): Promise<void> {
  const site = copySite();
  process.stdout.write(`site copy: ${site.dir}\n`);
  try {
    isolateBundlerCache(site.dir);
    const baseline = coldBuild(site.dir);
    process.stdout.write(`baseline build: ${baseline.seconds.toFixed(1)} s, peak RSS ${baseline.peakRssMb.toFixed(0)} MB\n`);

    let started = process.hrtime.bigint();
    const spec = generateLargeSpec(OPERATIONS, SCHEMAS);
    const specFile = path.join(site.dir, 'bench-openapi.yaml');
    writeFileSync(specFile, stringify(spec, { aliasDuplicateObjects: false }));
    const writeSeconds = seconds(started);

    const configFile = path.join(site.dir, 'portal.config.ts');
    const config = readFileSync(configFile, 'utf8');
    const edited = config.replace(/specs: \[/, `specs: [{ id: 'bench', file: 'bench-openapi.yaml' }, `);
    if (edited === config) throw new Error('could not add the bench spec to openapi.specs of the copied portal.config.ts');
    writeFileSync(configFile, edited);

    // The steps the plugin runs in loadContent, timed apart.
    started = process.hrtime.bigint();
    const lint = await lintOpenApiSpec(specFile);
    const lintSeconds = seconds(started);
    if (lint.errors > 0) throw new Error(`the generated spec has ${lint.errors} lint errors`);
    started = process.hrtime.bigint();
    const plan = planOpenApiRoutes([buildOpenApiPages(lint.spec, { id: 'bench' })], '/http-api');
    const modelSeconds = seconds(started);
    const dataBytes = plan.data.reduce((sum, module) => sum + JSON.stringify(module.content).length, 0);

    const withSpec = coldBuild(site.dir);
    const [load1] = os.loadavg();
    const lines = [
      `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, default heap limit, load average ${load1!.toFixed(1)} at the end`,
      `spec: ${OPERATIONS} operations, ${SCHEMAS} schemas, ${TAGS} tags -> ${plan.routes.length} HTTP API pages, ${(dataBytes / 2 ** 20).toFixed(1)} MiB of page data`,
      '',
      '| Step | Measured |',
      '| --- | --- |',
      `| Generate and write the spec | ${writeSeconds.toFixed(1)} s |`,
      `| Lint (load, bundle, Redocly recommended rules) | ${lintSeconds.toFixed(1)} s |`,
      `| Build the data of every HTTP API page | ${modelSeconds.toFixed(1)} s |`,
      `| Cold build of the portal as configured | ${baseline.seconds.toFixed(1)} s, peak RSS ${baseline.peakRssMb.toFixed(0)} MB |`,
      `| Cold build with the generated spec added | ${withSpec.seconds.toFixed(1)} s, peak RSS ${withSpec.peakRssMb.toFixed(0)} MB |`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    if (!keep) site.remove();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
