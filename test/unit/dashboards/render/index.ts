import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Which dashboard component to render. */
export type DashboardPage = 'overview' | 'benchmarks' | 'coverage';

/**
 * The static markup react-dom/server renders for a dashboard page from its
 * data, with stand-ins for the Docusaurus modules (see render.tsx): the page
 * body as the build prerenders it, without the theme's chrome. Runs in a
 * child process (tsx), one call per page.
 */
export function renderDashboard(page: DashboardPage, data: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-render-'));
  try {
    const dataFile = path.join(dir, 'data.json');
    const outFile = path.join(dir, 'page.html');
    writeFileSync(dataFile, JSON.stringify(data));
    const run = spawnSync(process.execPath, ['--import', './register.mjs', 'render.tsx', page, dataFile, outFile], { cwd: HERE, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
    if (run.status !== 0) throw new Error(`rendering ${page} failed:\n${run.stderr}`);
    return readFileSync(outFile, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
