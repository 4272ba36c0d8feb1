import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionKeyOf } from '../../../src/plugins/route-split/section-key.js';
import { addSectionScripts, parseRegistry, parseTopLevelRoutes, renderRouteSplitModules, splitRouteTable, type SplitRouteTable } from '../../../src/plugins/route-split/split.js';

// The route files are written by Docusaurus' own code generator (@docusaurus/core 3.10), as a build writes them.
const require = createRequire(import.meta.url);
const { generateRouteFiles } = require('@docusaurus/core/lib/server/codegen/codegenRoutes.js') as {
  generateRouteFiles(options: { generatedFilesDir: string; routes: unknown[] }): Promise<void>;
};

const ROUTES = [
  { path: '/', component: '@site/src/pages/index.tsx', exact: true },
  { path: '/api/Foo', component: '@theme/ApiPage', exact: true, modules: { data: '@generated/api/foo.json' } },
  { path: '/api/Bar', component: '@theme/ApiPage', exact: true, modules: { data: '@generated/api/bar.json' } },
  {
    path: '/docs',
    component: '@theme/DocsRoot',
    routes: [
      { path: '/docs/intro', component: '@theme/DocItem', exact: true, sidebar: 'docs', modules: { content: '@site/docs/intro.md' } },
      { path: "/docs/it's", component: '@theme/DocItem', exact: true, sidebar: 'docs', modules: { content: '@site/docs/its.md' } },
    ],
  },
  { path: '/:lang/changes', component: '@theme/Changes', exact: true },
  { path: '/blog/tags/:tag', component: '@theme/BlogTag', exact: true },
  { path: '/runbooks/api', component: '@theme/DocItem', exact: true, modules: { content: '@site/runbooks/api.md' } },
];

let dir: string;
let files: { routes: string; registry: string; chunkNames: Record<string, unknown> };
let split: SplitRouteTable;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'route-split-'));
  await generateRouteFiles({ generatedFilesDir: dir, routes: ROUTES });
  files = {
    routes: readFileSync(path.join(dir, 'routes.js'), 'utf8'),
    registry: readFileSync(path.join(dir, 'registry.js'), 'utf8'),
    chunkNames: JSON.parse(readFileSync(path.join(dir, 'routesChunkNames.json'), 'utf8')) as Record<string, unknown>,
  };
  split = splitRouteTable(files.routes, files.chunkNames, files.registry, '/');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sectionKeyOf', () => {
  it('is the first segment after the base URL, decoded and case-folded', () => {
    expect(sectionKeyOf('/docs/intro', '/')).toBe('DOCS');
    expect(sectionKeyOf('/Docs', '/')).toBe('DOCS');
    expect(sectionKeyOf('/docs/', '/')).toBe('DOCS');
    expect(sectionKeyOf('/caf%C3%A9/x', '/')).toBe('CAFÉ');
    expect(sectionKeyOf('/portal/api/Foo', '/portal/')).toBe('API');
    expect(sectionKeyOf('/portal/api', '/portal')).toBe('API');
  });

  it('is undefined for the base URL, a path outside it and a pattern segment', () => {
    expect(sectionKeyOf('/', '/')).toBeUndefined();
    expect(sectionKeyOf('/portal/', '/portal/')).toBeUndefined();
    expect(sectionKeyOf('/other/x', '/portal/')).toBeUndefined();
    expect(sectionKeyOf('/:lang/changes', '/')).toBeUndefined();
    expect(sectionKeyOf('*', '/')).toBeUndefined();
  });
});

describe('splitRouteTable', () => {
  it('reads every top-level route of the generated routes.js, in order, with the keys of its nested routes', () => {
    const routes = parseTopLevelRoutes(files.routes);
    expect(routes.map((route) => route.path)).toEqual(['/', '/api/Foo', '/api/Bar', '/docs', '/:lang/changes', '/blog/tags/:tag', '/runbooks/api', '*']);
    expect(routes[3]!.keys).toHaveLength(3);
    expect(routes[3]!.keys.every((key) => key in files.chunkNames)).toBe(true);
    expect(routes[3]!.keys[2]).toMatch(/^\/docs\/it's-[0-9a-f]+$/);
    expect(routes[7]!.keys).toEqual(['*']);
    expect(Object.keys(parseRegistry(files.registry)).sort()).toEqual(Object.values(files.chunkNames).flatMap((v) => Object.values(v as object)).filter((v, i, all) => all.indexOf(v) === i).sort());
  });

  it('keeps the base URL, pattern-segment and catch-all routes in the core and gives each first segment a section', () => {
    expect(split.core.routes.map((route) => [route.position, route.path])).toEqual([
      [0, '/'],
      [4, '/:lang/changes'],
      [7, '*'],
    ]);
    expect(split.sections.map((section) => [section.key, section.id, section.routes.map((route) => route.position)])).toEqual([
      ['API', 'api', [1, 2]],
      ['DOCS', 'docs', [3]],
      ['BLOG', 'blog', [5]],
      ['RUNBOOKS', 'runbooks', [6]],
    ]);
    const docs = split.sections[1]!;
    expect(Object.keys(docs.chunkNames)).toEqual(parseTopLevelRoutes(files.routes)[3]!.keys);
  });

  it('puts a registry entry in the one section that uses it, and one used by several sections in the core', () => {
    const modulesOf = (registry: Record<string, string>) => Object.values(registry).map((entry) => /"([^"]+)"\), "/.exec(entry)![1]).sort();
    expect(modulesOf(split.core.registry)).toEqual(['@site/src/pages/index.tsx', '@theme/Changes', '@theme/DocItem']);
    expect(modulesOf(split.sections[0]!.registry)).toEqual(['@generated/api/bar.json', '@generated/api/foo.json', '@theme/ApiPage']);
    expect(modulesOf(split.sections[1]!.registry)).toEqual(['@site/docs/intro.md', '@site/docs/its.md', '@theme/DocsRoot']);
    expect(modulesOf(split.sections[3]!.registry)).toEqual(['@site/runbooks/api.md']);
    const all = [split.core.registry, ...split.sections.map((s) => s.registry)].flatMap((r) => Object.keys(r));
    expect(all.sort()).toEqual(Object.keys(parseRegistry(files.registry)).sort());
  });

  it('refuses a routes.js that is not the generated shape', () => {
    expect(() => parseTopLevelRoutes('export default [\n{\npath: "/"\n}\n];')).toThrow(/expected a route object at two spaces/);
    expect(() => parseTopLevelRoutes('module.exports = [];')).toThrow(/expected `export default \[`/);
  });
});

/** Runs a rendered module's body: its imports given as arguments, `export default` returned. */
function run(source: string, imports: Record<string, unknown>): unknown {
  const body = source.replace(/^import .*$/gm, '').replace(/^export default /m, 'return ');
  return new Function(...Object.keys(imports), body)(...Object.values(imports));
}

describe('renderRouteSplitModules', () => {
  it('renders modules that rebuild the same routes, chunk names and registry', () => {
    const modules = renderRouteSplitModules(split, '/abs/route-table.js');
    expect(modules.routes).toContain('import { createRouteTable } from "/abs/route-table.js";');
    expect(modules.routes).toContain('"DOCS": () => import(/* webpackChunkName: "routes-docs" */ "./sections/docs.js"),');
    const ComponentCreator = (p: string, hash?: string) => ({ key: hash === undefined ? p : `${p}-${hash}` });
    const stub = () => undefined;
    const registry = run(modules.registry, { require: { resolveWeak: stub } }) as Record<string, unknown>;
    const routesChunkNames = JSON.parse(modules.chunkNames) as Record<string, unknown>;
    const entries: [number, { path: string }][] = [];
    run(modules.routes, { ComponentCreator, createRouteTable: (_base: string, core: [number, { path: string }][]) => entries.push(...core) });
    for (const section of split.sections) {
      const sectionEntries = run(modules.sections[section.id]!, { ComponentCreator, registry, routesChunkNames, require: { resolveWeak: stub } }) as [number, { path: string }][];
      entries.push(...sectionEntries);
    }
    entries.sort((a, b) => a[0] - b[0]);
    expect(entries.map(([, route]) => route.path)).toEqual(['/', '/api/Foo', '/api/Bar', '/docs', '/:lang/changes', '/blog/tags/:tag', '/runbooks/api', '*']);
    expect(routesChunkNames).toEqual(files.chunkNames);
    expect(Object.keys(registry).sort()).toEqual(Object.keys(parseRegistry(files.registry)).sort());
    const docs = entries[3]![1] as unknown as { routes: { path: string; sidebar: string; component: { key: string } }[] };
    expect(docs.routes.map((route) => [route.path, route.sidebar])).toEqual([
      ['/docs/intro', 'docs'],
      ["/docs/it's", 'docs'],
    ]);
    expect(docs.routes[1]!.component.key in files.chunkNames).toBe(true);
  });
});

describe('addSectionScripts', () => {
  it("puts a page's section script before its route scripts, and leaves a build without section chunks as it is", () => {
    const manifest = {
      origins: { 'routes-docs': ['7'], 'routes-api': ['8', '9'] },
      assets: { '7': { js: [{ file: 'assets/js/routes-docs.1.js', publicPath: '/assets/js/routes-docs.1.js' }] }, '8': { js: [{ file: 'assets/js/a.js' }] }, '9': { js: [{ file: 'assets/js/b.js' }] } },
    };
    const scripts: Record<string, string[]> = { '/': ['/assets/js/home.js'], '/docs/intro': ['/assets/js/intro.js'], '/api/Foo': ['/assets/js/foo.js'], '/runbooks/api': ['/assets/js/rb.js'] };
    addSectionScripts(scripts, split, manifest);
    expect(scripts).toEqual({
      '/': ['/assets/js/home.js'],
      '/docs/intro': ['/assets/js/routes-docs.1.js', '/assets/js/intro.js'],
      '/api/Foo': ['/assets/js/a.js', '/assets/js/b.js', '/assets/js/foo.js'],
      '/runbooks/api': ['/assets/js/rb.js'],
    });
    const unchanged = { '/docs/intro': ['/assets/js/intro.js'] };
    addSectionScripts(unchanged, split, { origins: {}, assets: {} });
    expect(unchanged).toEqual({ '/docs/intro': ['/assets/js/intro.js'] });
  });
});

describe('pinned Docusaurus files', () => {
  it('are the installed ones, and a changed or missing one is named', async () => {
    const { checkPinnedFiles } = await import('../../../src/plugins/route-split/index.js');
    expect(checkPinnedFiles()).toEqual([]);
    const problems = checkPinnedFiles(dir);
    expect(problems).toHaveLength(7);
    expect(problems[0]).toBe(`${path.join(dir, 'lib/client/preload.js')}: not found`);
  });
});
