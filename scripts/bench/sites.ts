import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copySite } from '../../test/helpers/site.js';
import { REPO_ROOT } from '../../test/helpers/run-portal.js';

/** A site directory prepared for a benchmark build. */
export interface BenchSite {
  kind: 'portico' | 'bare';
  dir: string;
  remove(): void;
}

/**
 * The baseline a team would otherwise pick: `create-docusaurus` classic with the
 * same Markdown pages and Docusaurus' default bundler (webpack), strict links.
 */
export function createBareSite(pagesDir: string): BenchSite {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-bare-'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-docusaurus', private: true }, null, 2));
  writeFileSync(
    path.join(dir, 'docusaurus.config.js'),
    `module.exports = {
  title: 'Bare Docusaurus',
  url: 'https://bare.example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  presets: [['classic', { docs: { path: 'docs', routeBasePath: 'docs' }, blog: false }]],
};
`,
  );
  // The home page create-docusaurus would have; the navbar title links to it.
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(path.join(dir, 'src', 'pages', 'index.md'), '# Bare Docusaurus\n\nThe same pages, with nothing else.\n');
  mkdirSync(path.join(dir, 'docs'));
  cpSync(pagesDir, path.join(dir, 'docs'), { recursive: true });
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { kind: 'bare', dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of the whole Portico portal with the same generated pages added under docs/bench/. */
export function createPorticoSite(pagesDir: string): BenchSite {
  const site = copySite();
  cpSync(pagesDir, path.join(site.dir, 'docs', 'bench'), { recursive: true });
  return { kind: 'portico', dir: site.dir, remove: site.remove };
}
