import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the Portico repository. The benchmark keeps its own helpers: scripts do not import the tests' helpers. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Top-level folders a copy leaves out (outputs, caches, the tests); nested folders of the same name are source. */
const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.generated', '.git', 'test-results', 'playwright-report', 'test', 'bench-results']);

/** A throw-away copy of the real site (same config, content and theme) sharing node_modules. */
export interface SiteCopy {
  dir: string;
  remove(): void;
}

/** Copies the portal into a temp dir, node_modules linked, so the benchmark can add generated inputs and build it. */
export function copySite(): SiteCopy {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-bench-site-'));
  cpSync(REPO_ROOT, dir, { recursive: true, filter: (src) => !SKIP.has(path.relative(REPO_ROOT, src)) });
  linkNodeModules(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Gives a bench site a node_modules of its own that links every package of the
 * checkout's but not `.cache`: the bundler's persistent cache of the site starts
 * empty, and clearing it (clearBuildState) never reaches the checkout's cache,
 * which holds other builds' caches and the fetched real-input corpus.
 */
export function linkNodeModules(siteDir: string): void {
  const shared = path.join(REPO_ROOT, 'node_modules');
  mkdirSync(path.join(siteDir, 'node_modules'));
  for (const entry of readdirSync(shared)) {
    if (entry !== '.cache') symlinkSync(path.join(shared, entry), path.join(siteDir, 'node_modules', entry));
  }
}
