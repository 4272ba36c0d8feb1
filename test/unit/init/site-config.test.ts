import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import createConfig from '../../../docusaurus.config.js';
import { runCli } from '../../../src/cli/main.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

async function initPortal(): Promise<string> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'portal-site-config-')), 'portal');
  cleanups.push(() => rmSync(path.dirname(dir), { recursive: true, force: true }));
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  expect(await runCli(['node', 'portal', 'init', dir])).toBe(0);
  vi.restoreAllMocks();
  return dir;
}

/** The parts of the Docusaurus config that decide which sections exist. */
async function siteFor(configFile: string) {
  vi.stubEnv('PORTAL_CONFIG', configFile);
  const config = await createConfig();
  const preset = (config.presets![0] as [string, { docs: unknown; blog: unknown }])[1];
  const docsInstances = (config.plugins as unknown[])
    .filter((plugin): plugin is [string, { id: string }] => Array.isArray(plugin) && plugin[0] === '@docusaurus/plugin-content-docs')
    .map(([, options]) => options.id);
  const pluginNames = (config.plugins as unknown[]).map((plugin) => (Array.isArray(plugin) ? plugin[0] : plugin));
  const themeConfig = config.themeConfig as { navbar: { items: { label: string }[] }; footer: { links: { title: string; items: { label: string; to?: string; href?: string }[] }[] } };
  const search = (config.plugins as unknown[]).find((plugin): plugin is [string, { sections: { path: string; label: string }[] }] => Array.isArray(plugin) && plugin[0] === './src/plugins/search/index.ts')![1];
  const cards = (config.customFields!.portal as { sections: { title: string; description: string; docsPluginId?: string; to?: string }[] }).sections;
  return {
    docs: preset.docs,
    blog: preset.blog,
    docsInstances,
    pluginNames,
    navbar: themeConfig.navbar.items.map((item) => item.label),
    footer: themeConfig.footer.links.map((column) => [column.title, column.items.map((item) => item.to ?? item.href)]),
    searchSections: search.sections.map((section) => `${section.path} ${section.label}`),
    cards,
  };
}

describe('docusaurus.config.ts: a section exists only when its folder does', () => {
  it('a portal made by portal init has docs, RFCs and runbooks, and nothing of Portico', async () => {
    const dir = await initPortal();
    const site = await siteFor(path.join(dir, 'portal.config.ts'));
    expect(site.docs).toMatchObject({ path: path.join(dir, 'docs'), sidebarPath: './sidebars.ts' });
    expect(site.blog).toBe(false);
    expect(site.docsInstances).toEqual(['rfcs', 'runbooks']);
    expect(site.pluginNames).toContain('./src/plugins/rfcs/index.ts');
    // Runbooks and dashboards are grouped under Operate (src/lib/navigation/navbar.ts).
    expect(site.navbar).toEqual(['Docs', 'RFCs', 'Operate', 'Repository']);
    expect(site.footer).toEqual([
      ['Learn', ['/docs/getting-started']],
      ['Operate', ['/runbooks', '/rfcs']],
    ]);
    expect(site.searchSections).toEqual(['/docs Docs', '/rfcs RFCs', '/runbooks Runbooks', '/dashboards Dashboards']);
    expect(site.cards.map((card) => card.title)).toEqual(['Docs', 'RFCs', 'Runbooks']);
    expect(JSON.stringify(site.cards)).not.toMatch(/Portico|Task Service/);
  });

  it('adding blog/ and tutorials/ adds their sections; removing rfcs/ removes its plugins, links and card', async () => {
    const dir = await initPortal();
    mkdirSync(path.join(dir, 'blog'));
    writeFileSync(path.join(dir, 'blog/2026-01-01-hello.md'), '---\ntitle: Hello\n---\n\nHello.\n\n<!-- truncate -->\n');
    mkdirSync(path.join(dir, 'tutorials'));
    rmSync(path.join(dir, 'rfcs'), { recursive: true });
    const site = await siteFor(path.join(dir, 'portal.config.ts'));
    expect(site.blog).toMatchObject({ path: path.join(dir, 'blog') });
    expect(site.docsInstances).toEqual(['tutorials', 'runbooks']);
    expect(site.pluginNames).not.toContain('./src/plugins/rfcs/index.ts');
    // Without a changelog the Releases group holds the blog alone, so it is a plain link.
    expect(site.navbar).toEqual(['Docs', 'Tutorials', 'Operate', 'Announcements', 'Repository']);
    expect(site.footer).toEqual([
      ['Learn', ['/docs/getting-started', '/tutorials']],
      ['Operate', ['/runbooks']],
      ['Releases', ['/blog', 'pathname:///blog/rss.xml', 'pathname:///blog/atom.xml']],
    ]);
    expect(site.searchSections).toEqual(['/docs Docs', '/tutorials Tutorials', '/runbooks Runbooks', '/blog Announcements', '/dashboards Dashboards']);
    expect(site.cards.map((card) => card.title)).toEqual(['Docs', 'Tutorials', 'Runbooks', 'Announcements']);
  });

  it('the embedded portal keeps every section of its own', async () => {
    const site = await siteFor(path.join(REPO_ROOT, 'portal.config.ts'));
    expect(site.docsInstances).toEqual(['tutorials', 'rfcs', 'runbooks']);
    expect(site.navbar.slice(0, 6)).toEqual(['Docs', 'Tutorials', 'RFCs', 'Reference', 'Operate', 'Releases']);
    expect(site.navbar).toContain('Releases');
    expect(site.footer).toEqual([
      ['Learn', ['/docs/getting-started', '/tutorials', '/docs/configuration']],
      ['Operate', ['/runbooks', '/rfcs', '/docs/cli']],
      ['Releases', ['/blog', '/changelog', 'pathname:///blog/rss.xml', 'pathname:///blog/atom.xml']],
    ]);
    expect(site.cards.map((card) => card.title)).toEqual(['Docs', 'Tutorials', 'RFCs', 'Runbooks', 'Announcements', 'Changelog']);
    expect(site.searchSections).toEqual([
      '/docs Docs',
      '/tutorials Tutorials',
      '/rfcs RFCs',
      '/runbooks Runbooks',
      '/api API',
      '/http-api HTTP API',
      '/blog Announcements',
      '/changelog Changelog',
      '/releases Releases',
      '/dashboards Dashboards',
    ]);
  });
});
