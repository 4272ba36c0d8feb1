import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copySite, linkNodeModules } from './site-copy.js';

/** A site directory prepared for a benchmark build. */
export interface BenchSite {
  kind: 'portico' | 'bare' | 'bare-rspack';
  dir: string;
  remove(): void;
}

/**
 * The baseline a team would otherwise pick: `create-docusaurus` classic with the
 * same Markdown pages and Docusaurus' default bundler (webpack), strict links.
 * With `rspack`, the same site with `future.faster` (what Portico builds with), so
 * the bundler's own share of time and memory can be told from Portico's.
 */
export function createBareSite(pagesDir: string, bundler: 'webpack' | 'rspack' = 'webpack'): BenchSite {
  const dir = mkdtempSync(path.join(tmpdir(), `bench-bare-${bundler}-`));
  const future = bundler === 'rspack' ? "\n  future: { v4: true, faster: true }," : '';
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-docusaurus', private: true }, null, 2));
  writeFileSync(
    path.join(dir, 'docusaurus.config.js'),
    `module.exports = {
  title: 'Bare Docusaurus',
  url: 'https://bare.example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',${future}
  presets: [['classic', { docs: { path: 'docs', routeBasePath: 'docs' }, blog: false }]],
};
`,
  );
  // The home page create-docusaurus would have; the navbar title links to it.
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(path.join(dir, 'src', 'pages', 'index.md'), '# Bare Docusaurus\n\nThe same pages, with nothing else.\n');
  mkdirSync(path.join(dir, 'docs'));
  cpSync(pagesDir, path.join(dir, 'docs'), { recursive: true });
  linkNodeModules(dir);
  return { kind: bundler === 'rspack' ? 'bare-rspack' : 'bare', dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Generated inputs besides the Markdown pages, for the Portico site. */
export interface PorticoBenchInputs {
  /** Folder of the generated TypeScript package (src/index.ts, tsconfig.json). */
  apiDir: string;
  /** The generated OpenAPI spec. */
  specFile: string;
  /** History store with the generated suite. */
  historyDir: string;
}

/** Configuration file of the Portico bench site, next to its portal.config.ts. */
export const BENCH_CONFIG = 'portal.bench.config.ts';

/**
 * A copy of the Portico portal (its theme, plugins, own docs, RFCs, runbooks
 * and changelogs) with the generated pages added under docs/bench/, and a
 * configuration whose API reference, HTTP API and dashboards are made of the
 * generated inputs only, so the site holds the same Markdown as the bare one
 * plus what Portico adds: API pages, OpenAPI pages, dashboards and checks.
 * `persistentCache` is its `build.persistentCache` (Rspack's persistent cache).
 */
export function createPorticoSite(pagesDir: string, inputs: PorticoBenchInputs, options: { persistentCache: boolean }): BenchSite {
  const site = copySite();
  cpSync(pagesDir, path.join(site.dir, 'docs', 'bench'), { recursive: true });
  const benchDir = path.join(site.dir, 'bench-inputs');
  cpSync(inputs.apiDir, path.join(benchDir, 'api'), { recursive: true });
  cpSync(inputs.specFile, path.join(benchDir, 'openapi.yaml'));
  cpSync(inputs.historyDir, path.join(benchDir, 'history'), { recursive: true });
  writeFileSync(
    path.join(site.dir, BENCH_CONFIG),
    `import base from './portal.config.ts';
import { definePortalConfig } from './src/config/index.js';

export default definePortalConfig({
  ...base,
  api: { packages: [{ name: 'bench-api', title: 'Bench API', entryPoints: ['bench-inputs/api/src/index.ts'], tsconfig: 'bench-inputs/api/tsconfig.json' }] },
  openapi: { specs: [{ id: 'bench-api', file: 'bench-inputs/openapi.yaml' }] },
  dashboards: { ...base.dashboards, historyDir: 'bench-inputs/history' },
  build: { ...base.build, persistentCache: ${options.persistentCache} },
});
`,
  );
  return { kind: 'portico', dir: site.dir, remove: site.remove };
}
