/**
 * Measures what the history costs as it grows (docs/performance.md, "Dashboards"):
 *
 * 1. ingest time of one benchmark run into a suite of 10,000 runs, in process
 *    (`ingestBenchmarkRun`, median of 5) and through the CLI (`portal ingest
 *    bench`, process start included, median of 3);
 * 2. the size of each dashboard page (its HTML plus its data module) for
 *    the sample project with 10, 1,000 and 10,000 runs per suite, from real
 *    production builds of a copy of the site; next to it, the lines file the
 *    page's charts load (not part of the page, but fetched with it) and the
 *    per-suite downloads the page links to (fetched only on request).
 *
 *   npx tsx scripts/measure-dashboards.ts [--runs 10,1000,10000] [--skip-build]
 *
 * Histories are generated with scripts/dashboards/sample-history.ts (the
 * seeded sample's generator), so they look like the sample: 3 suites, 15
 * benchmark series, 4 coverage totals over 4 files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ingestBenchmarkRun } from '../src/lib/bench/index.js';
import { buildSite, copySite } from '../test/helpers/site.js';
import { writeSampleHistory } from './dashboards/sample-history.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const sizes = (flag('--runs') ?? '10,1000,10000').split(',').map(Number);
const skipBuild = process.argv.includes('--skip-build');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const kbOrMb = (bytes: number) => (bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : kb(bytes));

async function measureIngest(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-ingest-'));
  try {
    await writeSampleHistory({ root, historyDir: dir, syntheticRuns: 9_999 });
    const file = path.join(dir, 'bench/task-client-sdk.json');
    const sample = path.join(root, 'examples/task-service/results/bench/vitest-bench.json');
    process.stdout.write(`Store: ${path.basename(file)} with 10,000 runs, ${kb(statSync(file).size)}\n`);
    const inProcess: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = process.hrtime.bigint();
      const { outcome } = await ingestBenchmarkRun({ file: sample, historyDir: dir, suite: 'task-client-sdk', commit: `feed${String(i).padStart(4, '0')}`, date: '2026-11-21' });
      inProcess.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (outcome.status !== 'added') throw new Error('expected a new run');
    }
    const cli: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = process.hrtime.bigint();
      const run = spawnSync(process.execPath, [path.join(root, 'bin/portal.js'), 'ingest', 'bench', sample, '--suite', 'task-client-sdk', '--history', dir, '--commit', `cafe${i}000`, '--date', '2026-11-21'], { encoding: 'utf8' });
      cli.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (run.status !== 0) throw new Error(run.stderr);
    }
    const startup: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = process.hrtime.bigint();
      spawnSync(process.execPath, [path.join(root, 'bin/portal.js'), '--help'], { encoding: 'utf8' });
      startup.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    process.stdout.write(
      `Ingest one run into 10,000: ${median(inProcess).toFixed(0)} ms in process (median of 5: ${inProcess.map((t) => t.toFixed(0)).join(', ')}), ` +
        `${median(cli).toFixed(0)} ms through the CLI (median of 3; \`portal --help\` alone takes ${median(startup).toFixed(0)} ms)\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The data module a route was given: the `createData` file the dashboards plugin wrote for it. */
function dataModule(siteDir: string, name: string): Buffer {
  const dir = path.join(siteDir, '.docusaurus/portico-dashboards/default');
  const file = readdirSync(dir).find((entry) => entry.startsWith(name.replace(/\.json$/, '')));
  if (!file) throw new Error(`no data module ${name} in ${dir}`);
  return readFileSync(path.join(dir, file));
}

/** HTML and data bytes of a page, raw and gzip-compressed; the lines file its charts `<use>`; the downloads it links to. */
function pageBytes(siteDir: string, route: string, dataName: string) {
  const build = path.join(siteDir, 'build');
  const htmlFile = [path.join(build, `${route}.html`), path.join(build, route, 'index.html')].find(existsSync)!;
  const html = readFileSync(htmlFile);
  const data = dataModule(siteDir, dataName);
  // The minified HTML drops attribute quotes; the theme's own icons `<use href=#…>` have no file.
  const linesHref = /<use\b[^>]*?\bhref="?(\/[^"#\s>]+\.svg)#/.exec(html.toString('utf8'))?.[1];
  const lines = linesHref ? readFileSync(path.join(build, linesHref)) : undefined;
  const dataDir = path.join(build, route, 'data');
  const downloads = existsSync(dataDir) ? readdirSync(dataDir).reduce((sum, file) => sum + statSync(path.join(dataDir, file)).size, 0) : 0;
  return {
    html: html.length,
    data: data.length,
    total: html.length + data.length,
    gzip: gzipSync(html).length + gzipSync(data).length,
    lines: lines?.length,
    linesGzip: lines ? gzipSync(lines).length : undefined,
    downloads,
  };
}

async function measurePages(): Promise<void> {
  const site = copySite();
  try {
    const historyDir = path.join(site.dir, 'examples/task-service/history');
    const rows: string[] = [];
    for (const runs of sizes) {
      rmSync(historyDir, { recursive: true, force: true });
      await writeSampleHistory({ root: site.dir, historyDir, syntheticRuns: runs - 1 });
      const started = Date.now();
      const { code, output } = buildSite(site.dir);
      if (code !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      for (const [route, data] of [
        ['dashboards', 'overview.json'],
        ['dashboards/benchmarks', 'benchmarks.json'],
        ['dashboards/coverage', 'coverage.json'],
      ] as const) {
        const size = pageBytes(site.dir, route, data);
        const lines = size.lines === undefined ? '–' : `${kb(size.lines)} (${kb(size.linesGzip!)} gzip)`;
        const downloads = size.downloads === 0 ? '–' : kbOrMb(size.downloads);
        rows.push(`| ${runs.toLocaleString('en-US')} | \`/${route}\` | ${kb(size.html)} | ${kb(size.data)} | ${kb(size.total)} | ${kb(size.gzip)} | ${lines} | ${downloads} |`);
      }
      process.stdout.write(`built with ${runs} runs per suite in ${seconds} s\n`);
    }
    process.stdout.write(
      [
        '',
        '| Runs per suite | Page | HTML | Data | HTML + data | gzip | Lines file | Downloads |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
        '',
      ].join('\n'),
    );
  } finally {
    site.remove();
  }
}

await measureIngest();
if (!skipBuild) await measurePages();
