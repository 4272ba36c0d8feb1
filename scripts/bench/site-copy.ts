import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
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
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
