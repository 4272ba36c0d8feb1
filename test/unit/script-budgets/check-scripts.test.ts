import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPortalInProcess } from '../../helpers/run-cli.js';
import { pageScriptUrls, sitemapPagePaths } from '../../../src/lib/built-site/index.js';
import { checkScriptBudgets } from '../../../src/lib/script-budgets/index.js';
import { writeFakeBuild } from './fake-build.js';

const site = { title: 'X', url: 'https://docs.example.com', repository: 'https://github.com/x/x' };

let project: string;
let build: string;
beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'portal-scripts-'));
  build = path.join(project, 'build');
  writeFakeBuild(build);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

function config(budgets: string, gates = '{}'): string {
  const file = path.join(project, `portal.${Math.random().toString(36).slice(2)}.config.ts`);
  writeFileSync(file, `export default {\n  site: ${JSON.stringify(site)},\n  budgets: { scripts: ${budgets} },\n  gates: ${gates},\n};\n`);
  return file;
}

async function portal(...args: string[]) {
  const run = await runPortalInProcess(['check', 'scripts', ...args], { cwd: project });
  return { code: run.code, stdout: run.stdout, stderr: run.stderr };
}

/** The budgets of the main case: home 3.7% over, doc 12.8% over, api within, rfc 7.7% over, dashboards with no page. */
const BUDGETS = '{ home: 27, doc: 32, api: 30, rfc: 26, dashboard: 10 }';

const FINDINGS = [
  'build/docs/b/index.html: /docs/b loads 36.1 KB of JavaScript gzipped, 12.8% over budgets.scripts.doc (32 KB); more than 10% over fails (script-budget-exceeded) — largest scripts: main.js 24.0 KB, b.js 8.0 KB, runtime~main.js 4.0 KB; raise budgets.scripts.doc in portal.config.ts when the growth is intended',
  'build/index.html: / loads 28.0 KB of JavaScript gzipped, 3.7% over budgets.scripts.home (27 KB); within the 10% tolerance (script-budget-tolerance) — largest scripts: main.js 24.0 KB, runtime~main.js 4.0 KB; raise budgets.scripts.home in portal.config.ts when the growth is intended',
  'build/rfcs/0001-foo.html: /rfcs/0001-foo loads 28.0 KB of JavaScript gzipped, 7.7% over budgets.scripts.rfc (26 KB); within the 10% tolerance (script-budget-tolerance) — largest scripts: main.js 24.0 KB, runtime~main.js 4.0 KB; raise budgets.scripts.rfc in portal.config.ts when the growth is intended',
  'build/sitemap.xml: budgets.scripts.dashboard is set but the sitemap has no page of that kind: dashboards (/dashboards) (missing-page-kind) — remove budgets.scripts.dashboard from the configuration when the site has no such pages',
];

describe('portal check scripts', () => {
  it('measures the heaviest page of each kind, gzipped, and fails a kind more than 10% over its budget (exit 1)', async () => {
    const { code, stdout, stderr } = await portal('--config', config(BUDGETS));
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(1, 6)).toEqual([
      '  home           1 page   28.0 KB (28.0 KB raw) / — budget 27 KB, over (warning)',
      '  doc           2 pages   36.1 KB (135.9 KB raw) /docs/b — budget 32 KB, OVER',
      '  api            1 page   28.0 KB (28.0 KB raw) /api/x/classes/Y — budget 30 KB, ok',
      '  dashboard     0 pages         - — budget 10 KB, no page',
      '  rfc            1 page   28.0 KB (28.0 KB raw) /rfcs/0001-foo — budget 26 KB, over (warning)',
    ]);
    expect(lines.slice(6)).toEqual([...FINDINGS, 'Script budgets: 4 findings in 4 files']);
    expect(stderr).toContain('Script budgets failed: 1 page kind more than 10% over budget (doc), 1 budgeted kind with no page (dashboard)');
  });

  it('passes (exit 0) when every kind is within its budget or less than 10% over, and lists kinds without a budget', async () => {
    const { code, stdout } = await portal('--config', config('{ home: 27, doc: 33 }'), '--dir', build);
    expect(code).toBe(0);
    expect(stdout).toContain('  doc      2 pages   36.1 KB (135.9 KB raw) /docs/b — budget 33 KB, over (warning)');
    expect(stdout).toContain('  rfc       1 page   28.0 KB (28.0 KB raw) /rfcs/0001-foo — no budget');
    expect(stdout).toMatch(/Script budgets: 2 findings in 2 files\n$/);
  });

  it.each(['warn', 'off'])('reports the overshoot as a warning and exits 0 under gates.scriptBudgets "%s"', async (severity) => {
    const json = path.join(project, `report-${severity}.json`);
    const { code, stderr } = await portal('--config', config(BUDGETS, `{ scriptBudgets: '${severity}' }`), '--json', json);
    expect(code).toBe(0);
    expect(stderr).toContain(`Script budgets failed: 1 page kind more than 10% over budget (doc), 1 budgeted kind with no page (dashboard) (gates.scriptBudgets: "${severity}", not failing)`);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report).toMatchObject({ check: 'scripts', passed: true, errors: 0, warnings: 4, files: 4 });
    expect(report.findings.map((finding: { file: string; rule: string; severity: string }) => [finding.file, finding.rule, finding.severity])).toEqual([
      ['build/docs/b/index.html', 'script-budget-exceeded', 'warn'],
      ['build/index.html', 'script-budget-tolerance', 'warn'],
      ['build/rfcs/0001-foo.html', 'script-budget-tolerance', 'warn'],
      ['build/sitemap.xml', 'missing-page-kind', 'warn'],
    ]);
    const doc = report.kinds.find((kind: { kind: string }) => kind.kind === 'doc');
    expect(doc).toMatchObject({ pages: 2, status: 'failed', budgetKb: 32, heaviest: { path: '/docs/b', gzipBytes: 36962, bytes: 139154 } });
    expect(doc.heaviest.scripts.map((script: { url: string }) => script.url)).toEqual(['/assets/js/main.js', '/assets/js/b.js', '/assets/js/runtime~main.js', '/assets/js/letters.js']);
  });

  it('exits 2 when there is no build or the build has no sitemap', async () => {
    const missing = await portal('--config', config('{}'), '--dir', path.join(project, 'nowhere'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`No built site at ${path.join(project, 'nowhere')}`);
    const noSitemap = mkdtempSync(path.join(project, 'no-sitemap-'));
    const bare = await portal('--config', config('{}'), '--dir', noSitemap);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain(`${path.join(noSitemap, 'sitemap.xml')}: no such file`);
  });

  it('exits 2 on a misspelled kind or a budget that is not a positive number', async () => {
    const misspelled = await portal('--config', config('{ docs: 30 }'));
    expect(misspelled.code).toBe(2);
    expect(misspelled.stderr).toContain('budgets.scripts: unknown field "docs" (did you mean "doc"?)');
    const negative = await portal('--config', config('{ home: -1 }'));
    expect(negative.code).toBe(2);
    expect(negative.stderr).toContain('budgets.scripts.home: got -1, expected a budget in KB of gzipped JavaScript greater than 0');
  });

  it('fails on a page whose script is not in the build and a sitemap page with no HTML (exit 1)', async () => {
    const broken = path.join(project, 'broken');
    writeFakeBuild(broken);
    rmSync(path.join(broken, 'assets/js/b.js'));
    rmSync(path.join(broken, 'rfcs/0001-foo.html'));
    const { code, stdout, stderr } = await portal('--config', config('{}'), '--dir', broken);
    expect(code).toBe(1);
    expect(stdout).toContain(`broken/docs/b/index.html: loads a script that is not in the build: ${path.join(broken, 'assets/js/b.js')} (missing-script)\n`);
    expect(stdout).toContain('broken/sitemap.xml: /rfcs/0001-foo is in the sitemap but the build has no HTML file for it (missing-page)\n');
    expect(stderr).toContain('Script budgets failed: 2 pages not measurable');
  });

  it('fails at more than 10% over, not at exactly 10%', () => {
    // /docs/b loads 36,962 bytes gzipped: 10% over a budget of 36,962 / 1.1 bytes, 1 byte more than 10% over 36,961 / 1.1.
    const at = checkScriptBudgets({ buildDir: build, budgets: { doc: 36962 / 1.1 / 1024 } });
    expect(at.kinds.find((kind) => kind.kind === 'doc')?.status).toBe('over');
    const below = checkScriptBudgets({ buildDir: build, budgets: { doc: 36961 / 1.1 / 1024 } });
    expect(below.kinds.find((kind) => kind.kind === 'doc')?.status).toBe('failed');
  });
});

describe('reading a built page', () => {
  it('counts <script src>, preload-as-script and modulepreload links once each, and no external or inline script', () => {
    const html = '<link rel="preload" href="/a.js" as="script"><link rel="preload" href="/f.woff2" as="font"><link rel="modulepreload" href="/b.js"><script src="/a.js"></script><script src="https://cdn.example.com/x.js"></script><script src="//cdn.example.com/y.js"></script><script>inline()</script><link rel="prefetch" href="/c.js" as="script">';
    expect(pageScriptUrls(html)).toEqual(['/a.js', '/b.js']);
  });

  it('takes page paths from the sitemap under the base URL', () => {
    const xml = '<urlset><url><loc>https://x.dev/portal/</loc></url><url><loc>https://x.dev/portal/docs/a%20b</loc></url><url><loc>https://x.dev/other</loc></url></urlset>';
    expect(sitemapPagePaths(xml, '/portal/')).toEqual(['/', '/docs/a b']);
    expect(sitemapPagePaths(xml)).toEqual(['/portal/', '/portal/docs/a b', '/other']);
  });
});
