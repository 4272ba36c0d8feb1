import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './run-portal.js';

/** Top-level folders a copy leaves out (outputs, caches, the tests); nested folders of the same name are source. */
const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.generated', '.git', 'test-results', 'playwright-report', 'test', 'bench-results']);

/** A throw-away copy of the real site (same config, content and theme) sharing node_modules. */
export interface SiteCopy {
  dir: string;
  remove(): void;
}

/**
 * Copies the portal into a temp dir (or into `into`, which must not exist yet)
 * so a test can break or poison its inputs and build it for real.
 */
export function copySite(into?: string): SiteCopy {
  const dir = into ?? mkdtempSync(path.join(tmpdir(), 'portal-site-'));
  cpSync(REPO_ROOT, dir, { recursive: true, filter: (src) => !SKIP.has(path.relative(REPO_ROOT, src)) });
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the copy's own `portal build` in `siteDir`, as `npm run build` does, and returns its exit code and output. */
export function buildSite(siteDir: string, env: NodeJS.ProcessEnv = {}): { code: number | null; output: string } {
  const run = spawnSync(process.execPath, [path.join(siteDir, 'bin/portal.js'), 'build', '--out-dir', path.join(siteDir, 'build')], {
    cwd: siteDir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    // A full build takes 2-4 minutes on an idle 2-core machine, several times that on a busy one.
    timeout: 1_080_000,
  });
  return { code: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Every HTML file of a build, as [path relative to the build, contents]. */
export function readBuiltHtml(buildDir: string): [string, string][] {
  const files: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) files.push([path.relative(buildDir, full), readFileSync(full, 'utf8')]);
    }
  };
  walk(buildDir);
  return files;
}
