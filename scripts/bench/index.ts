/**
 * Portico's benchmark suite (`npm run bench`). At one input size it:
 *
 * 1. generates Markdown pages, a TypeScript API, an OpenAPI spec and a
 *    benchmark history (deterministic: the same size gives the same inputs);
 * 2. builds a Portico site (the same pages plus API reference, HTTP API pages
 *    and dashboards from the generated inputs, with every build check) and a
 *    bare Docusaurus classic site with the same pages and Docusaurus' default
 *    bundler (the baseline of the targets), plus the same bare site with Rspack
 *    (to tell the bundler's share from Portico's), interleaved and cold each
 *    time, recording wall time and peak RSS;
 * 3. rebuilds the Portico site warm (inputs unchanged) and checks that the API
 *    reference and the HTTP API pages were reused, not regenerated, and says
 *    whether the render step was reused (src/lib/build-cache);
 * 4. times `portal doc-coverage` against plain `typedoc --emit none` on the
 *    generated API, interleaved;
 * 5. times ingests into the generated history and sizes the benchmarks
 *    dashboard's data at 10 runs and at the full history;
 * 6. measures the JavaScript a docs page loads in each build;
 * 7. serves the built Portico site and runs two typical queries in Chromium,
 *    summing the bytes each downloads from the search index (/pagefind/);
 * 8. prints each step's seconds, seconds per built page against bare
 *    Docusaurus with Rspack, the search index's share of the render step and
 *    the mean API page's HTML, and, when the figures of a smaller size are in
 *    bench-results/, how each step grew against the page count (flatness).
 *
 * It prints one table and writes the figures in github-action-benchmark's
 * custom format, which `portal ingest bench` reads, so the portal can chart
 * its own performance.
 *
 *   npm run bench -- [--size small|medium|large] [--rounds N] [--quick] [--persistent-cache] [--out file]
 *   npm run bench -- --large-spec [--out file]
 *
 * --quick: one build of each site, one round of each timing (default size small).
 * --persistent-cache: the Portico site builds with Rspack's persistent cache on
 * (`build.persistentCache`), as the bare Docusaurus site with Rspack does by default
 * (`future.faster: true`): the cold build writes it, the warm rebuild reads it. Without it,
 * Portico's default: off.
 * --large-spec: instead, the 1,223-operation GitHub REST description built by
 * Portico and by docusaurus-plugin-openapi-docs, side by side (large-spec.ts).
 */
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { ingestBenchmarkRun, median } from '../../src/lib/bench/index.js';
import { listFiles } from '../../src/lib/build-cache/index.js';
import { htmlFileOfPage, ScriptSizes } from '../../src/lib/built-site/index.js';
import { planBenchmarksPage } from '../../src/lib/dashboards/index.js';
import { REPO_ROOT } from './site-copy.js';
import { generateApiPackage } from './generate-api.js';
import { generateDocPages } from './generate-docs.js';
import { generateBenchHistory, writeBenchHistory } from './generate-history.js';
import { generateLargeSpec } from './generate-openapi.js';
import { clearBuildState, clearOutputOnly, measureNode, type Measurement } from './measure.js';
import { measureSearchBytes } from './search-bytes.js';
import { BENCH_CONFIG, createBareSite, createPorticoSite, type BenchSite } from './sites.js';

/** Input sizes; large is the floor the benchmark issue sets. */
const SIZES = {
  small: { pages: 200, symbols: 200, operations: 50, schemas: 30, runs: 100 },
  medium: { pages: 1000, symbols: 1000, operations: 200, schemas: 120, runs: 1000 },
  large: { pages: 3000, symbols: 2000, operations: 500, schemas: 300, runs: 10000 },
} as const;
type Size = keyof typeof SIZES;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const USAGE = `npm run bench -- [--size small|medium|large] [--rounds N] [--quick] [--persistent-cache] [--out file]
npm run bench -- --large-spec [--out file]

  --size        input size of the main scenario (default small): ${Object.entries(SIZES)
    .map(([name, s]) => `${name} = ${s.pages} pages, ${s.symbols} symbols, ${s.operations} operations, ${s.runs} history runs`)
    .join('; ')}
  --rounds N    cold builds of each site (default 2)
  --quick       one build of each site, one round of each timing
  --persistent-cache
                build the Portico site with Rspack's persistent cache (build.persistentCache), as
                bare Docusaurus with Rspack builds by default; without it, Portico's default: off
  --large-spec  only the large-spec scenario: GitHub's REST API description (1,223 operations)
                built by portal build and by docusaurus-plugin-openapi-docs, side by side
  --out file    where the figures go, in github-action-benchmark's custom format
                (default bench-results/bench-<size>.json or bench-results/bench-large-spec.json)
`;
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (process.argv.includes('--large-spec')) {
  const { runLargeSpecScenario } = await import('./large-spec.js');
  const results = runLargeSpecScenario();
  const file = option('out') ?? path.join(REPO_ROOT, 'bench-results', 'bench-large-spec.json');
  const [portico, openapiDocs] = results;
  const figures = [
    { name: 'build time (GitHub REST spec, Portico)', unit: 's', value: Number(portico!.seconds.toFixed(2)) },
    { name: 'build peak RSS (GitHub REST spec, Portico)', unit: 'MB', value: Number(portico!.peakRssMb.toFixed(0)) },
    { name: 'build time ratio (GitHub REST spec, Portico / docusaurus-plugin-openapi-docs)', unit: 'x', value: Number((portico!.seconds / openapiDocs!.seconds).toFixed(3)) },
    { name: 'build peak RSS ratio (GitHub REST spec, Portico / docusaurus-plugin-openapi-docs)', unit: 'x', value: Number((portico!.peakRssMb / openapiDocs!.peakRssMb).toFixed(3)) },
  ];
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), file)} (github-action-benchmark format)`);
  process.exit(0);
}

const size = (option('size') ?? 'small') as Size;
if (!(size in SIZES)) {
  process.stderr.write(`--size must be one of ${Object.keys(SIZES).join(', ')}; got ${size}\n`);
  process.exit(2);
}
const quick = process.argv.includes('--quick');
const persistentCache = process.argv.includes('--persistent-cache');
const rounds = quick ? 1 : Number(option('rounds') ?? 2);
const out = option('out') ?? path.join(REPO_ROOT, 'bench-results', `bench-${size}.json`);
const DOCUSAURUS = path.join(REPO_ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const PORTAL = path.join(REPO_ROOT, 'bin/portal.js');
const TYPEDOC = path.join(REPO_ROOT, 'node_modules/typedoc/bin/typedoc');
const input = SIZES[size];

function build(site: BenchSite, warm = false): Measurement {
  if (warm) clearOutputOnly(site.dir);
  else clearBuildState(site.dir);
  // Node's default heap limit: the large size must fit without raising it by hand.
  const env = { NODE_OPTIONS: '', ...(site.kind === 'portico' ? { PORTAL_CONFIG: BENCH_CONFIG } : {}) };
  // Portico is built as its users build it (`npm run build` is `portal build`); the bare sites with Docusaurus' CLI.
  const command = site.kind === 'portico' ? [path.join(site.dir, 'bin/portal.js'), 'build'] : [DOCUSAURUS, 'build'];
  const result = measureNode(command, site.dir, env);
  if (result.code !== 0) {
    process.stderr.write(result.output.slice(-4000));
    throw new Error(`${site.kind} build failed (exit ${result.code}) in ${site.dir}`);
  }
  // GNU time reports the largest process of the tree; `portal build` runs its build processes
  // one after another and stays alive meanwhile, so its own peak is added (an upper bound).
  const parent = /portal process (\d+) MB/.exec(result.output);
  if (site.kind === 'portico' && result.peakRssMb !== undefined) {
    if (!parent) throw new Error(`portal build did not print its own peak memory in ${site.dir}`);
    result.peakRssMb += Number(parent[1]);
  }
  return result;
}

/**
 * Raw bytes of JavaScript a docs page asks for: its script tags plus preloaded scripts, counted
 * as `portal check scripts` counts them (src/lib/built-site), which holds the gzipped figure to a budget.
 */
function javascriptBytesOfPage(buildDir: string, route: string): number {
  // `trailingSlash` decides between route.html (Portico) and route/index.html (Docusaurus' default).
  const htmlFile = htmlFileOfPage(buildDir, route);
  if (!htmlFile) throw new Error(`No HTML for ${route} in ${buildDir}`);
  return new ScriptSizes(buildDir).page(htmlFile).bytes;
}

/** The seconds of each step `portal build` printed in its summary line (`client bundle 93.9 s peak 2870 MB, …`). */
function stepSeconds(output: string): Record<string, number> {
  const summary = /\[portico\] built \S+ \((.*)\)/.exec(output)?.[1] ?? '';
  const steps: Record<string, number> = {};
  for (const match of summary.matchAll(/(client bundle|server bundle|bundle and render|bundle|render) ([\d.]+) s/g)) steps[match[1]!] = Number(match[2]);
  return steps;
}

/** Seconds the search index took, as the render step printed it (src/lib/search/build-index.ts). */
function searchIndexSeconds(output: string): number | undefined {
  const match = /search index: .*, ([\d.]+) s\b/.exec(output);
  return match ? Number(match[1]) : undefined;
}

/** HTML files of a built site (its pages, 404 and redirects included, counted alike for every site). */
function builtPages(buildDir: string): number {
  return listFiles(buildDir).filter((file) => file.endsWith('.html')).length;
}

/** Mean bytes of the API reference's pages (every HTML file under build/api/). */
function meanApiPageHtml(buildDir: string): { pages: number; bytes: number } {
  const files = listFiles(path.join(buildDir, 'api')).filter((file) => file.endsWith('.html'));
  const total = files.reduce((sum, file) => sum + statSync(path.join(buildDir, 'api', file)).size, 0);
  return { pages: files.length, bytes: files.length ? total / files.length : Number.NaN };
}

/** A figure of an earlier run, from its github-action-benchmark file; undefined when it is missing. */
function earlierFigure(file: string, name: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const figures = JSON.parse(readFileSync(file, 'utf8')) as { name: string; value: number }[];
  return figures.find((figure) => figure.name === name)?.value;
}

/** Bytes of a built page's HTML. */
function htmlBytes(buildDir: string, route: string): number {
  return statSync(path.join(buildDir, `${route}.html`)).size;
}

function commitOfCheckout(): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const work = mkdtempSync(path.join(os.tmpdir(), 'portico-bench-'));
const pagesDir = path.join(work, 'pages');
mkdirSync(pagesDir);
const generated = generateDocPages(pagesDir, input.pages);
const api = generateApiPackage(path.join(work, 'api'), input.symbols);
const specFile = path.join(work, 'openapi.yaml');
writeFileSync(specFile, stringify(generateLargeSpec(input.operations, input.schemas)));
const historyDir = path.join(work, 'history');
const history = generateBenchHistory(input.runs);
const historyFile = writeBenchHistory(historyDir, history);
console.log(
  `size ${size}: ${generated.length} Markdown pages, ${api.symbols} exported symbols, ${input.operations} operations and ${input.schemas} schemas, ` +
    `${input.runs} history runs; ${rounds} round(s), interleaved, cold builds`,
);

const portico = createPorticoSite(pagesDir, { apiDir: path.join(work, 'api'), specFile, historyDir }, { persistentCache });
const bare = createBareSite(pagesDir);
const bareRspack = createBareSite(pagesDir, 'rspack');
const samples: Record<BenchSite['kind'], Measurement[]> = { portico: [], bare: [], 'bare-rspack': [] };
try {
  for (let round = 1; round <= rounds; round += 1) {
    // Alternate which goes first so neither always gets the warmer machine.
    const order = round % 2 ? [bare, portico, bareRspack] : [bareRspack, portico, bare];
    for (const site of order) {
      const m = build(site);
      samples[site.kind].push(m);
      // portal build's own summary says which of its steps set the peak.
      const steps = site.kind === 'portico' ? /\[portico\] built \S+ \((.*)\)/.exec(m.output)?.[1] : undefined;
      // How soon a failing input gate would stop the build: `portal build` times its preflight.
      const gates = site.kind === 'portico' ? /\[portico\] input gates: (.*)/.exec(m.output)?.[1] : undefined;
      console.log(`round ${round} ${site.kind.padEnd(11)} ${m.seconds.toFixed(1)} s  peak RSS ${m.peakRssMb?.toFixed(0) ?? '?'} MB${steps ? `  (${steps})` : ''}`);
      if (gates) console.log(`        input gates ${gates}`);
    }
  }
  const warm = build(portico, true);
  const apiReused = /API reference: .*\(inputs unchanged, pages reused\)/.test(warm.output);
  const httpApiReused = /HTTP API: .*\(inputs unchanged, pages reused\)/.test(warm.output);
  // The render step (pages, search index, feeds, link check) is reused when both bundles and the route data are byte-identical (src/lib/build-cache).
  const renderReused = /\[portico\] render step reused/.test(warm.output);
  const reused = apiReused && httpApiReused;
  const warmSteps = /\[portico\] built \S+ \((.*)\)/.exec(warm.output)?.[1];
  // On a miss, portal build names the render inputs that changed since the cold build.
  const renderMiss = /\[portico\] rendering again: (.*)/.exec(warm.output)?.[1];
  if (renderMiss) console.log(`        render inputs changed: ${renderMiss}`);
  console.log(
    `warm    portico ${warm.seconds.toFixed(1)} s  API reference ${apiReused ? 'reused' : 'REGENERATED'}, HTTP API ${httpApiReused ? 'reused' : 'REGENERATED'}, ` +
      `render ${renderReused ? 'reused' : 'RENDERED AGAIN'}${warmSteps ? `  (${warmSteps})` : ''}`,
  );

  const jsBytes = javascriptBytesOfPage(path.join(portico.dir, 'build'), `docs/bench/${generated[0]}`);
  const bareJsBytes = javascriptBytesOfPage(path.join(bare.dir, 'build'), `docs/${generated[0]}`);
  const dashboardHtml = htmlBytes(path.join(portico.dir, 'build'), 'dashboards/benchmarks');

  // Two typical first searches on a docs page: a word of the Markdown pages, an API symbol (present at every size).
  const searches = await measureSearchBytes(path.join(portico.dir, 'build'), `/docs/bench/${generated[0]}`, ['webhooks', 'Client00101']);
  for (const s of searches) console.log(`search  "${s.query}": ${s.results} results, ${(s.bytes / 1024).toFixed(1)} KB in ${s.files} files under /pagefind/`);
  const searchBytes = Math.max(...searches.map((s) => s.bytes));

  // Per page and per step: what must stay flat from one size to the next (issue 27).
  const pages = { portico: builtPages(path.join(portico.dir, 'build')), bare: builtPages(path.join(bare.dir, 'build')), 'bare-rspack': builtPages(path.join(bareRspack.dir, 'build')) };
  const coldSteps = samples.portico.map((m) => stepSeconds(m.output));
  const steps: Record<string, number> = {};
  for (const name of Object.keys(coldSteps[0] ?? {})) steps[name] = median(coldSteps.map((c) => c[name] ?? Number.NaN));
  const indexSeconds = median(samples.portico.map((m) => searchIndexSeconds(m.output) ?? Number.NaN));
  const apiHtml = meanApiPageHtml(path.join(portico.dir, 'build'));

  // doc-coverage against TypeDoc's own conversion with no output, interleaved.
  const docCoverage: number[] = [];
  const typedoc: number[] = [];
  for (let round = 0; round < (quick ? 1 : 3); round += 1) {
    const t = measureNode([TYPEDOC, '--emit', 'none', '--tsconfig', api.tsconfig, api.entryPoint, '--logLevel', 'Error'], work);
    const d = measureNode([PORTAL, 'doc-coverage', '--entry', api.entryPoint, '--tsconfig', api.tsconfig], work);
    if (t.code !== 0 || d.code !== 0) throw new Error(`doc-coverage (exit ${d.code}) or typedoc (exit ${t.code}) failed:\n${d.output.slice(-2000)}\n${t.output.slice(-2000)}`);
    typedoc.push(t.seconds);
    docCoverage.push(d.seconds);
  }

  // Ingest into the full history (a copy: the build used the original), one run after another.
  const ingestDir = path.join(work, 'ingest');
  mkdirSync(path.join(ingestDir, 'bench'), { recursive: true });
  copyFileSync(historyFile, path.join(ingestDir, 'bench', path.basename(historyFile)));
  const newRun = path.join(work, 'new-run.json');
  const ingestMs: number[] = [];
  for (let i = 0; i < (quick ? 3 : 5); i += 1) {
    writeFileSync(newRun, JSON.stringify([{ name: 'GET /tasks p95', unit: 'ms', value: 40 + i }]));
    const started = process.hrtime.bigint();
    await ingestBenchmarkRun({ file: newRun, historyDir: ingestDir, suite: history.suite, commit: `beef${i}000` });
    ingestMs.push(Number(process.hrtime.bigint() - started) / 1e6);
  }

  // The dashboard's page data at 10 runs and at the full history: it must not grow with the history.
  const settings = { baseline: { kind: 'median', runs: 5 } as const, threshold: 10, overrides: [], repository: 'https://github.com/portico-dev/portico' };
  const dataBytes = (runs: number) => Buffer.byteLength(JSON.stringify(planBenchmarksPage([{ ...history, runs: history.runs.slice(-runs) }], settings)));
  const [data10, dataFull] = [dataBytes(10), dataBytes(history.runs.length)];

  const stat = (kind: BenchSite['kind']) => ({
    seconds: median(samples[kind].map((m) => m.seconds)),
    rss: median(samples[kind].map((m) => m.peakRssMb ?? Number.NaN)),
  });
  const p = stat('portico');
  const b = stat('bare');
  const r = stat('bare-rspack');
  const dc = median(docCoverage);
  const td = median(typedoc);
  const ingest = median(ingestMs);
  const commit = commitOfCheckout();

  const rows: [string, string, string, string][] = [
    ['build wall time (cold)', `${p.seconds.toFixed(1)} s`, `${b.seconds.toFixed(1)} s`, `${(p.seconds / b.seconds).toFixed(2)}x`],
    ['build peak RSS', `${p.rss.toFixed(0)} MB`, `${b.rss.toFixed(0)} MB`, `${(p.rss / b.rss).toFixed(2)}x`],
    ['build wall time against bare with Rspack', `${p.seconds.toFixed(1)} s`, `${r.seconds.toFixed(1)} s (Rspack)`, `${(p.seconds / r.seconds).toFixed(2)}x`],
    ['build peak RSS against bare with Rspack', `${p.rss.toFixed(0)} MB`, `${r.rss.toFixed(0)} MB (Rspack)`, `${(p.rss / r.rss).toFixed(2)}x`],
    [
      'warm rebuild, inputs unchanged',
      `${warm.seconds.toFixed(1)} s (API pages ${reused ? 'reused' : 'regenerated'}, render ${renderReused ? 'reused' : 'rendered again'})`,
      '–',
      `${(warm.seconds / p.seconds).toFixed(2)}x of cold`,
    ],
    ['JS loaded by a docs page', `${(jsBytes / 1024).toFixed(0)} KB`, `${(bareJsBytes / 1024).toFixed(0)} KB`, `${(jsBytes / bareJsBytes).toFixed(2)}x`],
    [`doc-coverage vs typedoc --emit none (${api.symbols} symbols)`, `${dc.toFixed(1)} s`, `${td.toFixed(1)} s (typedoc)`, `${(dc / td).toFixed(2)}x`],
    [`ingest into ${input.runs.toLocaleString('en')} runs`, `${ingest.toFixed(0)} ms per run`, '–', '–'],
    [`dashboard data, 10 vs ${input.runs.toLocaleString('en')} runs`, `${(data10 / 1024).toFixed(1)} KB / ${(dataFull / 1024).toFixed(1)} KB`, '–', `${(dataFull / data10).toFixed(2)}x`],
    [`benchmarks dashboard HTML (${input.runs.toLocaleString('en')} runs)`, `${(dashboardHtml / 1024).toFixed(1)} KB`, '–', '–'],
    ['built pages (HTML files)', pages.portico.toLocaleString('en'), `${pages.bare.toLocaleString('en')} (${pages['bare-rspack'].toLocaleString('en')} with Rspack)`, `${(pages.portico / pages.bare).toFixed(2)}x`],
    [
      'seconds per built page, against bare with Rspack',
      `${((p.seconds / pages.portico) * 1000).toFixed(1)} ms`,
      `${((r.seconds / pages['bare-rspack']) * 1000).toFixed(1)} ms (Rspack)`,
      `${(p.seconds / pages.portico / (r.seconds / pages['bare-rspack'])).toFixed(2)}x`,
    ],
    ...Object.entries(steps).map(([name, seconds]): [string, string, string, string] => [`step: ${name} (cold)`, `${seconds.toFixed(1)} s`, '–', `${((seconds / pages.portico) * 1000).toFixed(1)} ms per page`]),
    ['search index, share of the render step', `${indexSeconds.toFixed(1)} s of ${(steps.render ?? Number.NaN).toFixed(1)} s`, '–', `${((indexSeconds / (steps.render ?? Number.NaN)) * 100).toFixed(1)}%`],
    ['search: bytes of a first query (max of 2)', `${(searchBytes / 1024).toFixed(1)} KB`, '–', searches.map((s) => `${s.query} ${(s.bytes / 1024).toFixed(0)} KB`).join(', ')],
    [`mean API page HTML (${apiHtml.pages} pages)`, `${(apiHtml.bytes / 1024).toFixed(1)} KB`, '–', '–'],
  ];
  // Flatness: each step's growth from the next smaller size's run (its file in the same folder) against the page count's.
  const smaller = size === 'large' ? 'medium' : size === 'medium' ? 'small' : undefined;
  const smallerFile = smaller ? path.join(path.dirname(out), `bench-${smaller}.json`) : undefined;
  const smallerPages = smaller && smallerFile ? earlierFigure(smallerFile, `built pages (${smaller}, Portico)`) : undefined;
  if (smaller && smallerFile && smallerPages) {
    const pageRatio = pages.portico / smallerPages;
    for (const [name, seconds] of [['whole build', p.seconds], ...Object.entries(steps)] as [string, number][]) {
      const before = name === 'whole build' ? earlierFigure(smallerFile, `build time (${smaller}, Portico)`) : earlierFigure(smallerFile, `step time (${smaller}, ${name})`);
      if (before === undefined) continue;
      rows.push([`flatness: ${name}, ${smaller} → ${size}`, `${before.toFixed(1)} s → ${seconds.toFixed(1)} s (${(seconds / before).toFixed(2)}x)`, `pages ${pageRatio.toFixed(2)}x`, `${(seconds / before / pageRatio).toFixed(2)}x of the page ratio`]);
    }
    const apiBefore = earlierFigure(smallerFile, `mean API page HTML (${smaller})`);
    if (apiBefore !== undefined) rows.push([`flatness: mean API page HTML, ${smaller} → ${size}`, `${apiBefore.toFixed(1)} KB → ${(apiHtml.bytes / 1024).toFixed(1)} KB`, '–', `${((apiHtml.bytes / 1024 / apiBefore - 1) * 100).toFixed(1)}%`]);
  }
  console.log(
    `\n${new Date().toISOString().slice(0, 10)}, commit ${commit}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, size ${size} ` +
      `(${generated.length} pages, ${api.symbols} symbols, ${input.operations} operations, ${input.runs} runs), ${rounds} round(s), ` +
      `Portico with Rspack's persistent cache ${persistentCache ? 'on' : 'off'}`,
  );
  console.log('| measure | Portico (Rspack) | bare Docusaurus (webpack) | ratio |');
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);

  // github-action-benchmark "customSmallerIsBetter": what `portal ingest bench` reads.
  const results = [
    { name: `build time (${size}, Portico)`, unit: 's', value: Number(p.seconds.toFixed(2)) },
    { name: `build time (${size}, bare Docusaurus)`, unit: 's', value: Number(b.seconds.toFixed(2)) },
    { name: `build time ratio (${size}, Portico / bare)`, unit: 'x', value: Number((p.seconds / b.seconds).toFixed(3)) },
    { name: `build peak RSS (${size}, Portico)`, unit: 'MB', value: Number(p.rss.toFixed(0)) },
    { name: `build peak RSS ratio (${size}, Portico / bare)`, unit: 'x', value: Number((p.rss / b.rss).toFixed(3)) },
    { name: `build peak RSS ratio (${size}, Portico / bare Rspack)`, unit: 'x', value: Number((p.rss / r.rss).toFixed(3)) },
    { name: `warm rebuild (${size}, Portico)`, unit: 's', value: Number(warm.seconds.toFixed(2)) },
    { name: `warm rebuild ratio (${size}, warm / cold)`, unit: 'x', value: Number((warm.seconds / p.seconds).toFixed(3)) },
    { name: `doc-coverage / typedoc ratio (${size})`, unit: 'x', value: Number((dc / td).toFixed(3)) },
    { name: `ingest into history (${size})`, unit: 'ms', value: Number(ingest.toFixed(1)) },
    { name: `dashboard data ratio (${size}, full / 10 runs)`, unit: 'x', value: Number((dataFull / data10).toFixed(3)) },
    { name: 'JS loaded by a docs page', unit: 'KB', value: Number((jsBytes / 1024).toFixed(1)) },
    { name: `built pages (${size}, Portico)`, unit: 'pages', value: pages.portico },
    { name: `seconds per page ratio (${size}, Portico / bare Rspack)`, unit: 'x', value: Number((p.seconds / pages.portico / (r.seconds / pages['bare-rspack'])).toFixed(3)) },
    ...Object.entries(steps).map(([name, seconds]) => ({ name: `step time (${size}, ${name})`, unit: 's', value: Number(seconds.toFixed(2)) })),
    { name: `search index share of render (${size})`, unit: '%', value: Number(((indexSeconds / (steps.render ?? Number.NaN)) * 100).toFixed(1)) },
    { name: `search bytes per query (${size}, max)`, unit: 'KB', value: Number((searchBytes / 1024).toFixed(1)) },
    { name: `mean API page HTML (${size})`, unit: 'KB', value: Number((apiHtml.bytes / 1024).toFixed(1)) },
  ];
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), out)} (github-action-benchmark format, commit ${commit}); record it with`);
  console.log(`  npx portal ingest bench ${path.relative(process.cwd(), out)} --format customSmallerIsBetter --suite portico-bench-${size} --commit <sha>`);
  if (!reused) process.exitCode = 1;
} finally {
  portico.remove();
  bare.remove();
  bareRspack.remove();
  rmSync(work, { recursive: true, force: true });
}
