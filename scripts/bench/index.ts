/**
 * Portico's benchmark suite: builds the same generated Markdown with Portico
 * and with a bare Docusaurus classic site, interleaved and cold each time, and
 * reports wall time, peak memory and their ratios, plus the JavaScript a docs
 * page loads. Results are printed as a table and written in
 * github-action-benchmark's format, which `portal ingest bench` reads, so the
 * portal can chart its own performance.
 *
 *   npm run bench -- --size small|medium|large [--rounds N] [--quick] [--out file]
 *
 * --quick builds each site once at the chosen size (default small).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import * as cheerio from 'cheerio';
import { REPO_ROOT } from '../../test/helpers/run-portal.js';
import { generateDocPages } from './generate-docs.js';
import { clearBuildState, measureNode, type Measurement } from './measure.js';
import { createBareSite, createPorticoSite, type BenchSite } from './sites.js';

/** Input sizes. Large is the floor the issue sets: 3,000 pages. */
const SIZES = {
  small: { pages: 200 },
  medium: { pages: 1000 },
  large: { pages: 3000 },
} as const;
type Size = keyof typeof SIZES;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const size = (option('size') ?? 'small') as Size;
if (!(size in SIZES)) {
  process.stderr.write(`--size must be one of ${Object.keys(SIZES).join(', ')}; got ${size}\n`);
  process.exit(2);
}
const quick = process.argv.includes('--quick');
const rounds = quick ? 1 : Number(option('rounds') ?? 2);
const out = option('out') ?? path.join(REPO_ROOT, 'bench-results', `bench-${size}.json`);
const DOCUSAURUS = path.join(REPO_ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function build(site: BenchSite): Measurement {
  clearBuildState(site.dir);
  const result = measureNode([DOCUSAURUS, 'build'], site.dir);
  if (result.code !== 0) {
    process.stderr.write(result.output.slice(-4000));
    throw new Error(`${site.kind} build failed (exit ${result.code}) in ${site.dir}`);
  }
  return result;
}

/** Bytes of JavaScript a docs page asks for: its script tags plus preloaded/prefetched scripts. */
function javascriptBytesOfPage(buildDir: string, route: string): number {
  // `trailingSlash` decides between route.html (Portico) and route/index.html (Docusaurus' default).
  const candidates = [`${route}.html`, `${route}/index.html`].map((file) => path.join(buildDir, file));
  const htmlFile = candidates.find((file) => existsSync(file));
  if (!htmlFile) throw new Error(`No HTML for ${route} in ${buildDir}`);
  const $ = cheerio.load(readFileSync(htmlFile, 'utf8'));
  const urls = new Set<string>();
  $('script[src]').each((_, el) => void urls.add($(el).attr('src')!));
  $('link[rel="preload"][as="script"], link[rel="modulepreload"]').each((_, el) => void urls.add($(el).attr('href')!));
  let bytes = 0;
  for (const url of urls) {
    if (/^https?:/.test(url)) continue;
    bytes += statSync(path.join(buildDir, url.replace(/^\//, ''))).size;
  }
  return bytes;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'portico-bench-'));
const pagesDir = path.join(work, 'pages');
mkdirSync(pagesDir);
const generated = generateDocPages(pagesDir, SIZES[size].pages);
console.log(`size ${size}: ${generated.length} generated Markdown pages; ${rounds} round(s), interleaved, cold builds`);

const portico = createPorticoSite(pagesDir);
const bare = createBareSite(pagesDir);
const samples: Record<'portico' | 'bare', Measurement[]> = { portico: [], bare: [] };
try {
  for (let round = 1; round <= rounds; round += 1) {
    // Alternate which goes first so neither always gets the warmer machine.
    const order = round % 2 ? [bare, portico] : [portico, bare];
    for (const site of order) {
      const m = build(site);
      samples[site.kind].push(m);
      console.log(`round ${round} ${site.kind.padEnd(7)} ${m.seconds.toFixed(1)} s  peak RSS ${m.peakRssMb?.toFixed(0) ?? '?'} MB`);
    }
  }
  const jsBytes = javascriptBytesOfPage(path.join(portico.dir, 'build'), `docs/bench/${generated[0]}`);
  const bareJsBytes = javascriptBytesOfPage(path.join(bare.dir, 'build'), `docs/${generated[0]}`);

  const stat = (kind: 'portico' | 'bare') => ({
    seconds: median(samples[kind].map((m) => m.seconds)),
    rss: median(samples[kind].map((m) => m.peakRssMb ?? Number.NaN)),
  });
  const p = stat('portico');
  const b = stat('bare');
  const commit = (() => {
    try {
      return execSync('git rev-parse --short HEAD', { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  })();

  const rows: [string, string, string, string][] = [
    ['build wall time', `${p.seconds.toFixed(1)} s`, `${b.seconds.toFixed(1)} s`, `${(p.seconds / b.seconds).toFixed(2)}x`],
    ['build peak RSS', `${p.rss.toFixed(0)} MB`, `${b.rss.toFixed(0)} MB`, `${(p.rss / b.rss).toFixed(2)}x`],
    ['JS loaded by a docs page', `${(jsBytes / 1024).toFixed(0)} KB`, `${(bareJsBytes / 1024).toFixed(0)} KB`, `${(jsBytes / bareJsBytes).toFixed(2)}x`],
  ];
  console.log(`\n${new Date().toISOString().slice(0, 10)}, commit ${commit}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, size ${size} (${generated.length} pages)`);
  console.log('| measure | Portico (Rspack) | bare Docusaurus (webpack) | Portico / bare |');
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);

  // github-action-benchmark "customSmallerIsBetter": what `portal ingest bench` reads.
  const results = [
    { name: `build time (${size}, Portico)`, unit: 's', value: Number(p.seconds.toFixed(2)) },
    { name: `build time (${size}, bare Docusaurus)`, unit: 's', value: Number(b.seconds.toFixed(2)) },
    { name: `build time ratio (${size}, Portico / bare)`, unit: 'x', value: Number((p.seconds / b.seconds).toFixed(3)) },
    { name: `build peak RSS (${size}, Portico)`, unit: 'MB', value: Number(p.rss.toFixed(0)) },
    { name: `build peak RSS ratio (${size}, Portico / bare)`, unit: 'x', value: Number((p.rss / b.rss).toFixed(3)) },
    { name: 'JS loaded by a docs page', unit: 'KB', value: Number((jsBytes / 1024).toFixed(1)) },
  ];
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), out)} (github-action-benchmark format, commit ${commit})`);
} finally {
  portico.remove();
  bare.remove();
  rmSync(work, { recursive: true, force: true });
}
