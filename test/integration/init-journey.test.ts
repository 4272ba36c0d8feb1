import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { readIndexedPages } from '../../src/lib/search/read-index.js';
import { withPorticoSiteLock } from '../helpers/portico-site-lock.js';
import { readBuiltHtml } from '../helpers/site.js';
import { REPO_ROOT } from '../helpers/run-portal.js';
import { makeRealProject } from '../unit/init/project.js';

/** Runs the real `portal` executable in `cwd`, as a team would in its own repository. */
function portal(args: string[], cwd: string): { code: number | null; output: string } {
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/portal.js'), ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', PORTAL_CONFIG: '' },
    encoding: 'utf8',
    timeout: 540_000,
  });
  return { code: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const repo = makeRealProject();
afterAll(() => repo.remove());

describe('portal init --from <project>, then config check, then build', () => {
  const portalDir = path.join(repo.dir, 'portal');
  const config = path.join(portalDir, 'portal.config.ts');
  const out = path.join(portalDir, 'build');

  it('builds a site with only the project’s content and generated pages, none of Portico’s', async () => {
    const init = portal(['init', '--from', '.'], repo.dir);
    expect(init.output).toContain('Created a portal in portal:');
    expect(init.code).toBe(0);

    const check = portal(['config', 'check', '--config', config], repo.dir);
    expect(check.output).toContain('portal/portal.config.ts is valid: "@types/d3-path" at https://docs.example.com/; 1 API package, 1 OpenAPI spec, 1 alert-rule file, 1 changelog');
    expect(check.code).toBe(0);

    const build = withPorticoSiteLock(() => portal(['build', '--config', config], repo.dir));
    expect(build.output).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(build.code, build.output.slice(-4000)).toBe(0);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);

    const pages = readBuiltHtml(out).map(([file]) => file.split(path.sep).join('/'));
    const routes = pages.map((file) => `/${file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`.replace(/\/$/, '') || '/');

    // The project's own pages and the pages generated from its inputs.
    for (const route of ['/', '/docs/getting-started', '/rfcs', '/rfcs/template', '/runbooks', '/changelog', '/dashboards']) {
      expect(routes, route).toContain(route);
    }
    expect(routes.some((route) => route.startsWith('/api/d3-path'))).toBe(true);
    expect(routes.some((route) => route.startsWith('/http-api/readme'))).toBe(true);
    // One changelog: its releases are at /changelog/<version>.
    expect(routes).toContain('/changelog/6.28.0');
    expect(routes).toContain('/api/d3-path/functions/path');

    // None of Portico's: its docs, tutorials, blog, RFCs, sample runbooks, Task Service API or changelog.
    const porticoRoutes = routes.filter((route) =>
      /^\/(tutorials|blog)(\/|$)|^\/docs\/(configuration|cli|architecture|quality-gates|performance)$|^\/rfcs\/0001|^\/runbooks\/(high-error-rate|high-latency|service-down)|task-service|^\/api\/portico|^\/changelog\/portico/.test(route),
    );
    expect(porticoRoutes).toEqual([]);
    expect(routes.filter((route) => route.startsWith('/docs/'))).toEqual(['/docs/getting-started']);
    expect(routes.filter((route) => route.startsWith('/rfcs/'))).toEqual(['/rfcs/template']);

    // The home page: the project's title and tagline, and cards for the sections it has.
    const home = cheerio.load(readFileSync(path.join(out, 'index.html'), 'utf8'));
    expect(home('header h1').text()).toBe('@types/d3-path');
    expect(home('header p').first().text()).toBe('TypeScript definitions for d3-path');
    const cards = home('main ul li h3').map((_, el) => home(el).text()).get();
    expect(cards).toEqual(['Docs', 'RFCs', 'Runbooks', 'Changelog']);
    expect(home('main').text()).not.toMatch(/Portico|Task Service|Tutorials/);
    const navbar = home('nav.navbar a').map((_, el) => home(el).text().trim()).get();
    expect(navbar).not.toContain('Tutorials');
    // No announcements (the blog); the changelog and the release hub, grouped under Releases.
    expect(navbar).not.toContain('Announcements');
    expect(navbar).toEqual(expect.arrayContaining(['Releases', 'Release hub', 'Changelog']));
    const footerLinks = home('footer a').map((_, el) => home(el).attr('href')).get();
    expect(footerLinks.filter((href) => /tutorials|blog|configuration|\/docs\/cli/.test(href))).toEqual([]);

    // Search indexes only the project's pages (Pagefind, written to pagefind/ in the build).
    const indexed = await readIndexedPages(path.join(out, 'pagefind'));
    expect(indexed.map((page) => page.url)).toContain('/docs/getting-started.html');
    expect(indexed.find((page) => page.url === '/docs/getting-started.html')?.meta.section).toBe('Docs');
    const searchText = JSON.stringify(indexed);
    expect(searchText).not.toMatch(/\/docs\/configuration|\/tutorials|\/blog\/|Task Service|How Portico works/);

    // The sitemap lists no Portico route either.
    const sitemap = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    expect(sitemap).not.toMatch(/\/tutorials|\/blog|\/docs\/configuration|task-service/);
  });

  it('with every gate at "error", stops before bundling, names each failed gate and each finding once, and leaves no build', () => {
    // The generated config starts the gates of inputs the project already had at "warn".
    const strict = path.join(portalDir, 'strict.portal.config.ts');
    writeFileSync(strict, readFileSync(config, 'utf8').replace(/: 'warn'/g, ": 'error'"));
    expect(readFileSync(strict, 'utf8')).not.toContain(": 'warn'");

    const build = withPorticoSiteLock(() => portal(['build', '--config', strict], repo.dir));
    expect(build.code).toBe(1);
    expect(build.output).not.toContain('build step');
    expect(build.output).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(build.output).toMatch(/✖ Build stopped before bundling: \d+ gates? failed \(.*gates\.runbooks.*\); nothing was bundled and .*build was removed/);
    // Ceph's rules carry no runbook_url: each alert is named once, not once per build process.
    const alerts = [...build.output.matchAll(/: (\w+): no runbook_url annotation/g)].map((match) => match[1]);
    expect(alerts.length).toBeGreaterThan(10);
    expect(new Set(alerts).size).toBe(alerts.length);
    expect(existsSync(out)).toBe(false);
  });
});
