import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGeneratedRoutes, planRouteScripts, readRouteScripts, ROUTE_SCRIPTS_FILE } from '../../../src/lib/built-site/index.js';
import routeScriptsPlugin from '../../../src/plugins/route-scripts/index.js';
import { checkScriptBudgets } from '../../../src/lib/script-budgets/index.js';
import { writeFakeBuild } from './fake-build.js';

/** `.docusaurus/routes.js` as Docusaurus 3.10 writes it: a docs layout route with nested routes, a page, the catch-all. */
const ROUTES_JS = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/docs',
    component: ComponentCreator('/docs', '355'),
    routes: [
      {
        path: '/docs',
        component: ComponentCreator('/docs', '571'),
        routes: [
          {
            path: '/docs/getting-started',
            component: ComponentCreator('/docs/getting-started', 'b36'),
            exact: true,
            sidebar: "docs"
          }
        ]
      }
    ]
  },
  {
    path: '/',
    component: ComponentCreator('/', 'e5f'),
    exact: true
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;

const CHUNK_NAMES = {
  '/docs-355': { __comp: '5e95c892', __context: { plugin: 'aba21aa0' } },
  '/docs-571': { __comp: 'a7bd4aaa' },
  '/docs/getting-started-b36': { __comp: '17896441', content: '574ab5b2' },
  '/-e5f': { __comp: 'c4f5d8e4' },
};

const js = (id: string) => ({ js: [{ file: `assets/js/${id}.js`, publicPath: `/assets/js/${id}.js` }] });
const MANIFEST = {
  entrypoints: ['main'],
  origins: { main: ['runtime~main', 'main'], '5e95c892': ['5e95c892'], aba21aa0: ['aba21aa0'], a7bd4aaa: ['common', 'a7bd4aaa'], '17896441': ['2797', 'common', '17896441'], '574ab5b2': ['574ab5b2'], c4f5d8e4: ['common', 'c4f5d8e4'] },
  assets: Object.fromEntries(['runtime~main', 'main', '5e95c892', 'aba21aa0', 'a7bd4aaa', 'common', '2797', '17896441', '574ab5b2', 'c4f5d8e4'].map((id) => [id, js(id)])),
};

describe('route scripts', () => {
  it('reads the route tree of routes.js, nested layout routes and the catch-all included', () => {
    const routes = parseGeneratedRoutes(ROUTES_JS);
    expect(routes.map((route) => [route.path, route.key, route.exact, route.routes.length])).toEqual([
      ['/docs', '/docs-355', false, 1],
      ['/', '/-e5f', true, 0],
      ['*', '*', false, 0],
    ]);
    expect(routes[0]!.routes[0]!.routes[0]).toEqual({ path: '/docs/getting-started', key: '/docs/getting-started-b36', exact: true, routes: [] });
    expect(() => parseGeneratedRoutes('export default [\n  {\n    path: \'/x\',\n')).toThrow('routes.js: not the route tree Docusaurus generates');
  });

  it("gives each page the chunks of its route and its layout routes, once each, without the entry's", () => {
    const plan = planRouteScripts(parseGeneratedRoutes(ROUTES_JS), CHUNK_NAMES, MANIFEST);
    expect(plan.routes).toEqual({
      '/docs/getting-started': ['/assets/js/5e95c892.js', '/assets/js/aba21aa0.js', '/assets/js/common.js', '/assets/js/a7bd4aaa.js', '/assets/js/2797.js', '/assets/js/17896441.js', '/assets/js/574ab5b2.js'],
      '/': ['/assets/js/common.js', '/assets/js/c4f5d8e4.js'],
      '*': [],
    });
  });

  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('portal check scripts adds the route chunks the HTML does not name, and says when the build has none', () => {
    const build = mkdtempSync(path.join(tmpdir(), 'portal-route-scripts-'));
    dirs.push(build);
    writeFakeBuild(build);
    const htmlOnly = checkScriptBudgets({ buildDir: build, budgets: {} });
    expect(htmlOnly.routeChunks).toBe(false);
    expect(htmlOnly.kinds.find((kind) => kind.kind === 'doc')?.heaviest?.path).toBe('/docs/b');

    const withChunks = mkdtempSync(path.join(tmpdir(), 'portal-route-scripts-'));
    dirs.push(withChunks);
    writeFakeBuild(withChunks);
    mkdirSync(path.dirname(path.join(withChunks, ROUTE_SCRIPTS_FILE)), { recursive: true });
    // /docs/a's HTML already names a.js: counted once; b.js is its route's own chunk.
    writeFileSync(path.join(withChunks, ROUTE_SCRIPTS_FILE), JSON.stringify({ version: 1, routes: { '/docs/a': ['/assets/js/a.js', '/assets/js/b.js'], '/rfcs/0001-foo': ['/assets/js/a.js'] } }));
    const report = checkScriptBudgets({ buildDir: withChunks, budgets: {} });
    expect(report.routeChunks).toBe(true);
    const doc = report.kinds.find((kind) => kind.kind === 'doc')!.heaviest!;
    expect(doc.path).toBe('/docs/a');
    expect(doc.scripts.map((script) => [path.basename(script.url), script.source])).toEqual([
      ['main.js', 'html'],
      ['b.js', 'route'],
      ['a.js', 'html'],
      ['runtime~main.js', 'html'],
    ]);
    expect(doc.bytes).toBe(4 * 1024 + 24 * 1024 - 50 + 4 * 1024 + 8 * 1024 - 60);
    expect(report.kinds.find((kind) => kind.kind === 'rfc')!.heaviest!.bytes).toBe(4 * 1024 + 24 * 1024 - 50 + 4 * 1024);
  });

  it("the plugin writes the file after the build from the build's generated files, and only warns when it cannot", async () => {
    const generated = mkdtempSync(path.join(tmpdir(), 'portal-generated-'));
    const outDir = mkdtempSync(path.join(tmpdir(), 'portal-out-'));
    dirs.push(generated, outDir);
    writeFileSync(path.join(generated, 'routes.js'), ROUTES_JS);
    writeFileSync(path.join(generated, 'routesChunkNames.json'), JSON.stringify(CHUNK_NAMES));
    writeFileSync(path.join(generated, 'client-manifest.json'), JSON.stringify(MANIFEST));
    const plugin = routeScriptsPlugin({ generatedFilesDir: generated, baseUrl: '/' } as Parameters<typeof routeScriptsPlugin>[0]);
    const postBuild = plugin.postBuild as (props: { outDir: string }) => Promise<void>;
    await postBuild({ outDir });
    expect(readRouteScripts(outDir)?.routes['/']).toEqual(['/assets/js/common.js', '/assets/js/c4f5d8e4.js']);

    rmSync(path.join(generated, 'client-manifest.json'));
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'portal-out-'));
    dirs.push(elsewhere);
    const written: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) => written.push(chunk) > 0) as typeof process.stderr.write;
    try {
      await postBuild({ outDir: elsewhere });
    } finally {
      process.stderr.write = write;
    }
    expect(existsSync(path.join(elsewhere, ROUTE_SCRIPTS_FILE))).toBe(false);
    expect(written.join('')).toContain("[portico] route scripts not written (portal check scripts will count the HTML's scripts only): ENOENT");
  });
});
