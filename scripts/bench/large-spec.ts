/**
 * The "large spec" scenario of `npm run bench -- --large-spec` (issue 22):
 * GitHub's REST API description (OpenAPI 3.0.3, 1,223 operations, 13 MB,
 * fetched with a pinned version and sha256 by scripts/fetch-real-corpus.ts)
 * built two ways, cold, with Node's default heap limit, one after the other:
 *
 * 1. a Portico site whose portal.config.ts has only that spec, built by
 *    `portal build` (every build check; the spec has 1,630 Redocly errors, so
 *    its `openapiLint` gate is `warn`, as a team publishing it would set);
 * 2. a bare Docusaurus 3.10 classic site with Rspack (`future: { v4: true,
 *    faster: true }`) and docusaurus-plugin-openapi-docs +
 *    docusaurus-theme-openapi-docs: `docusaurus gen-api-docs all`, then
 *    `docusaurus build`.
 *
 * Each reports wall time, peak RSS (GNU time; Portico's own process added, as
 * in the main scenario) and how many HTML pages the spec became.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FETCHED_FILES, REAL_CORPUS_CACHE, fetchCorpusFile } from '../fetch-real-corpus.js';
import { measureNode, type Measurement } from './measure.js';
import { linkNodeModules, REPO_ROOT } from './site-copy.js';

const SPEC_NAME = 'api.github.com.json';
const PORTAL = path.join(REPO_ROOT, 'bin/portal.js');
const DOCUSAURUS = path.join(REPO_ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
/** Node's default heap limit: neither build may raise it. */
const DEFAULT_HEAP = { NODE_OPTIONS: '' };

/** One tool's figures. */
export interface LargeSpecResult {
  tool: string;
  /** Wall time of every step, summed. */
  seconds: number;
  /** Largest peak RSS of its steps, MB. */
  peakRssMb: number;
  /** HTML pages built from the spec. */
  pages: number;
  /** Each step's time and peak, for the table. */
  steps: string[];
}

function countHtml(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) count += 1;
  }
  return count;
}

function checked(m: Measurement, what: string, dir: string): Measurement {
  if (m.code !== 0) {
    process.stderr.write(m.output.slice(-6000));
    throw new Error(`${what} failed (exit ${m.code}) in ${dir}`);
  }
  if (m.peakRssMb === undefined) throw new Error('the large-spec scenario needs GNU time (/usr/bin/time, Debian package "time") for peak RSS');
  return m;
}

function step(name: string, m: Measurement): string {
  return `${name} ${m.seconds.toFixed(1)} s, ${m.peakRssMb!.toFixed(0)} MB`;
}

/**
 * A fresh folder with the spec, a package.json (Docusaurus looks for one) and one
 * docs page: the docs plugin needs a docs/ folder before gen-api-docs fills it,
 * and a portal has one too (`portal init` writes it).
 * Its node_modules links every package of the checkout's but not `.cache`, so
 * the bundler's persistent cache starts empty and the checkout's (with the
 * fetched corpus) is never cleared: both builds are cold.
 */
function siteWithSpec(prefix: string, spec: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cpSync(spec, path.join(dir, SPEC_NAME));
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: prefix.replace(/-$/, ''), private: true }, null, 2)}\n`);
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, 'docs', 'index.md'), '# GitHub REST API\n\nThe reference of each operation is under HTTP API.\n');
  linkNodeModules(dir);
  return dir;
}

function buildWithPortico(spec: string): LargeSpecResult {
  const dir = siteWithSpec('bench-large-spec-portico-', spec);
  try {
    writeFileSync(
      path.join(dir, 'portal.config.ts'),
      `export default {
  site: { title: 'GitHub REST API', url: 'https://large-spec.example.com', baseUrl: '/', repository: 'https://github.com/github/rest-api-description' },
  openapi: { specs: [{ id: 'github', file: '${SPEC_NAME}' }] },
  // The published description has 1,630 Redocly errors (1,493 security-defined): reported, not fatal.
  gates: { openapiLint: 'warn' },
};
`,
    );
    const build = checked(measureNode([PORTAL, 'build', '--config', 'portal.config.ts'], dir, DEFAULT_HEAP), 'portal build', dir);
    // As in the main scenario: GNU time reports the largest process of the tree; portal build's own peak is added.
    const parent = /portal process (\d+) MB/.exec(build.output);
    if (!parent) throw new Error(`portal build did not print its own peak memory in ${dir}`);
    build.peakRssMb! += Number(parent[1]);
    const steps = /\[portico\] built \S+ \((.*)\)/.exec(build.output)?.[1];
    return {
      tool: 'Portico (portal build)',
      seconds: build.seconds,
      peakRssMb: build.peakRssMb!,
      pages: countHtml(path.join(dir, 'build', 'http-api', 'github')),
      steps: [step('portal build', build) + (steps ? ` (${steps})` : '')],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function buildWithOpenApiDocs(spec: string): LargeSpecResult {
  const dir = siteWithSpec('bench-large-spec-openapi-docs-', spec);
  try {
    writeFileSync(
      path.join(dir, 'docusaurus.config.js'),
      `// Bare Docusaurus 3.10 with Rspack and docusaurus-openapi-docs, configured as its README shows.
module.exports = {
  title: 'GitHub REST API',
  url: 'https://large-spec.example.com',
  baseUrl: '/',
  onBrokenLinks: 'warn',
  future: { v4: true, faster: true },
  presets: [['classic', { docs: { path: 'docs', routeBasePath: 'docs', sidebarPath: './sidebars.ts', docItemComponent: '@theme/ApiItem' }, blog: false }]],
  plugins: [
    [
      'docusaurus-plugin-openapi-docs',
      { id: 'api', docsPluginId: 'classic', config: { github: { specPath: '${SPEC_NAME}', outputDir: 'docs/github', sidebarOptions: { groupPathsBy: 'tag' } } } },
    ],
  ],
  themes: ['docusaurus-theme-openapi-docs'],
};
`,
    );
    writeFileSync(path.join(dir, 'sidebars.ts'), "import apiSidebar from './docs/github/sidebar';\n\nexport default { apiSidebar };\n");
    const generate = checked(measureNode([DOCUSAURUS, 'gen-api-docs', 'all'], dir, DEFAULT_HEAP), 'docusaurus gen-api-docs all', dir);
    const build = checked(measureNode([DOCUSAURUS, 'build'], dir, DEFAULT_HEAP), 'docusaurus build', dir);
    return {
      tool: 'docusaurus-plugin-openapi-docs 5.2.0 (gen-api-docs + docusaurus build)',
      seconds: generate.seconds + build.seconds,
      peakRssMb: Math.max(generate.peakRssMb!, build.peakRssMb!),
      pages: countHtml(path.join(dir, 'build', 'docs', 'github')),
      steps: [step('gen-api-docs', generate), step('docusaurus build', build)],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Fetches the spec if needed (pinned, sha256-checked), builds it with both tools and prints the table. */
export function runLargeSpecScenario(): LargeSpecResult[] {
  const entry = FETCHED_FILES.find((file) => file.name === SPEC_NAME)!;
  console.log(fetchCorpusFile(entry));
  const spec = path.join(REAL_CORPUS_CACHE, SPEC_NAME);
  console.log(`large spec: ${SPEC_NAME} from ${entry.spec} (1,223 operations), cold builds, Node's default heap limit`);
  const results: LargeSpecResult[] = [];
  for (const build of [buildWithPortico, buildWithOpenApiDocs]) {
    const result = build(spec);
    console.log(`${result.tool}: ${result.seconds.toFixed(1)} s, peak RSS ${result.peakRssMb.toFixed(0)} MB, ${result.pages} pages (${result.steps.join('; ')})`);
    results.push(result);
  }
  console.log(
    `\n${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, default heap limit`,
  );
  console.log('| tool | build wall time (cold) | peak RSS | HTML pages of the spec | steps |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of results) console.log(`| ${r.tool} | ${r.seconds.toFixed(1)} s | ${r.peakRssMb.toFixed(0)} MB | ${r.pages} | ${r.steps.join('; ')} |`);
  return results;
}
