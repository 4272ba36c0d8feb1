import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter, matchPath } from 'react-router';
import * as original from 'react-router-config';
import { describe, expect, it } from 'vitest';
import { buildPathIndex, candidateIndices, createPathLookup, foldCase } from '../../../src/lib/routes/exact-lookup.js';
import * as exactDocs from '../../../src/plugins/exact-routes/docs-client-utils.js';
import { findDocRoute } from '../../../src/plugins/exact-routes/doc-routes.js';
import * as exactModule from '../../../src/plugins/exact-routes/react-router-config.js';

/** The replacement, typed as this test uses it (it is plain JavaScript, as the module it stands in for). */
const exact = exactModule as unknown as {
  matchRoutes(routes: Route[], pathname: string): { route: Route; match: unknown }[];
  renderRoutes(routes: Route[] | undefined): React.ReactElement | null;
};

type Route = { path?: string | string[]; exact?: boolean; strict?: boolean; sensitive?: boolean; name: string; routes?: Route[]; sidebar?: string; component?: unknown };

/** A component that shows which route rendered it with which match, then its child routes through `render`. */
function routeComponent(render: (routes: Route[] | undefined) => React.ReactNode) {
  return function Shown(props: { route: Route; match: { url: string; isExact: boolean; params: object } }) {
    const { route, match } = props;
    return React.createElement('div', { 'data-route': route.name, 'data-url': match.url, 'data-exact': String(match.isExact), 'data-params': JSON.stringify(match.params) }, render(route.routes));
  };
}

/**
 * Docusaurus' route table in small: the docs plugin's nested routes (docs root → version →
 * sidebar root → docs, with a second version under /docs/next), exact and non-exact static
 * routes, strict and case-sensitive ones, parameters, a wildcard, an encoded and a non-ASCII
 * path, a route shadowed by an earlier prefix, and the 404 catch-all last.
 */
function routeTable(render: (routes: Route[] | undefined) => React.ReactNode): Route[] {
  const r = (route: Route): Route => ({ ...route, component: routeComponent(render), routes: route.routes?.map(r) });
  return [
    { path: '/', exact: true, name: 'home' },
    { path: '/blog', exact: true, name: 'blog' },
    { path: '/blog/:year/:month/:slug', exact: true, name: 'blog-post' },
    { path: '/users/:id', exact: true, name: 'user' },
    { path: '/files/*', name: 'files' },
    { path: '/strict/', exact: true, strict: true, name: 'strict' },
    { path: '/strict-prefix/', strict: true, name: 'strict-prefix' },
    { path: '/Case', exact: true, sensitive: true, name: 'case-sensitive' },
    { path: '/case', exact: true, name: 'case-insensitive' },
    { path: '/café', exact: true, name: 'cafe' },
    { path: '/caf%C3%A9/x', exact: true, name: 'cafe-encoded' },
    { path: '/Σ', exact: true, name: 'sigma' },
    { path: '/page.html', exact: true, name: 'page-html' },
    { path: '/api+v2?', exact: true, name: 'literal-modifiers' },
    { path: ['/one', '/two'], exact: true, name: 'array' },
    {
      path: '/docs',
      name: 'docs-root',
      routes: [
        { path: '/docs/next', name: 'version-next', routes: [{ path: '/docs/next', name: 'sidebar-next', routes: [{ path: '/docs/next/intro', exact: true, sidebar: 's', name: 'next-intro' }] }] },
        {
          path: '/docs',
          name: 'version-current',
          routes: [
            {
              path: '/docs',
              name: 'sidebar-root',
              routes: [
                { path: '/docs', exact: true, sidebar: 's', name: 'docs-index' },
                { path: '/docs/intro', exact: true, sidebar: 's', name: 'intro' },
                { path: '/docs/Guide/', exact: true, sidebar: 't', name: 'guide' },
                { path: '/docs/tags/:tag', exact: true, name: 'tag' },
                { path: '/docs/intro', exact: true, sidebar: 'shadowed', name: 'intro-again' },
              ],
            },
          ],
        },
      ],
    },
    { path: '/docs/intro', exact: true, name: 'shadowed-by-docs-root' },
    { path: '/section', name: 'section-root', routes: [{ name: 'pathless-child', routes: [{ path: '/section/a', exact: true, name: 'section-a' }] }] },
    { path: '*', name: 'not-found' },
  ].map(r);
}

const PATHS = [
  '/', '', '//', '/blog', '/blog/', '/BLOG', '/blog/2024/01/hello', '/blog/2024/01/hello/', '/blog/2024/01', '/users/42', '/users/42/', '/users/', '/users/a%2Fb',
  '/files', '/files/', '/files/a/b/c', '/strict/', '/strict', '/strict//', '/strict-prefix', '/strict-prefix/', '/strict-prefix/x', '/strict-prefixx',
  '/Case', '/case', '/CASE', '/café', '/CAFÉ', '/caf%C3%A9', '/caf%C3%A9/x', '/CAF%c3%a9/X', '/Σ', '/σ', '/ς', '/page.html', '/page.htm', '/pageXhtml', '/api+v2?', '/api+v2', '/one', '/two/',
  '/docs', '/docs/', '/docs/intro', '/docs/intro/', '/DOCS/INTRO', '/docs/intro//', '/docs/intro/index.html', '/docs/guide', '/docs/Guide/', '/docs/guide//',
  '/docs/tags/a', '/docs/tags/', '/docs/next', '/docs/next/intro', '/docs/next/unknown', '/docs/unknown', '/docsx', '/section/a', '/section/b', '/nope', '/a//b',
];

describe('exact route lookups give what react-router-config gives', () => {
  const routes = routeTable(() => null);

  it.each(PATHS)('matchRoutes(%j): the same branch of routes and matches', (pathname) => {
    const expected = original.matchRoutes(routes as never, pathname);
    const actual = exact.matchRoutes(routes, pathname);
    expect(actual.map((m) => m.route.name)).toEqual(expected.map((m) => (m.route as unknown as Route).name));
    expect(actual).toEqual(expected);
    actual.forEach((m, i) => expect(m.route).toBe(expected[i]!.route));
  });

  it('finds the branches this test expects (so the comparison above is not between two empty lists)', () => {
    const names = (pathname: string) => exact.matchRoutes(routes, pathname).map((m) => m.route.name);
    expect(names('/docs/intro/')).toEqual(['docs-root', 'version-current', 'sidebar-root', 'intro']);
    expect(names('/docs/next/intro')).toEqual(['docs-root', 'version-next', 'sidebar-next', 'next-intro']);
    expect(names('/DOCS/guide')).toEqual(['docs-root', 'version-current', 'sidebar-root', 'guide']);
    expect(names('/users/42')).toEqual(['user']);
    expect(names('/CASE')).toEqual(['case-insensitive']);
    expect(names('/Case')).toEqual(['case-sensitive']);
    expect(names('/ς')).toEqual(['sigma']);
    expect(names('/section/a')).toEqual(['section-root', 'pathless-child', 'section-a']);
    expect(names('/strict')).toEqual(['not-found']);
    expect(names('/nope')).toEqual(['not-found']);
    expect(names('/docs/unknown')).toEqual(['docs-root', 'version-current', 'sidebar-root']);
  });

  it.each(PATHS)('renderRoutes at %j: the same markup, nested Switches included', (pathname) => {
    const page = (render: typeof original.renderRoutes) => {
      const table = routeTable((children) => render(children as never));
      return renderToStaticMarkup(React.createElement(StaticRouter, { location: pathname }, render(table as never)));
    };
    const expected = page(original.renderRoutes);
    expect(page(exact.renderRoutes as never)).toBe(expected);
  });

  it('renders what the Switch renders, not whatever it is given (so the markup comparison can fail)', () => {
    const table = routeTable((children) => exact.renderRoutes(children));
    const html = renderToStaticMarkup(React.createElement(StaticRouter, { location: '/docs/Guide' }, exact.renderRoutes(table)));
    expect(html).toBe(
      '<div data-route="docs-root" data-url="/docs" data-exact="false" data-params="{}"><div data-route="version-current" data-url="/docs" data-exact="false" data-params="{}">' +
        '<div data-route="sidebar-root" data-url="/docs" data-exact="false" data-params="{}"><div data-route="guide" data-url="/docs/Guide" data-exact="true" data-params="{}"></div></div></div></div>',
    );
    expect(renderToStaticMarkup(React.createElement(StaticRouter, { location: '/nope' }, exact.renderRoutes(table)))).toContain('data-route="not-found"');
    expect(exact.renderRoutes(undefined)).toBeNull();
  });

  it("finds the docs root's doc route as useDocRootMetadata's docRoutes.find(matchPath) does", () => {
    const docRoutes = routes.find((route) => route.name === 'docs-root')!.routes![1]!.routes![0]!.routes!;
    for (const pathname of PATHS) {
      expect(findDocRoute(docRoutes as never, pathname), pathname).toBe(docRoutes.find((docRoute) => matchPath(pathname, docRoute as never)));
    }
    expect((findDocRoute(docRoutes as never, '/docs/intro/') as Route | undefined)?.sidebar).toBe('s');
  });
});

describe('the path index', () => {
  it('tests only the routes a pathname can match, whatever the size of the table', () => {
    const table = [...Array.from({ length: 5000 }, (_, i) => ({ path: `/docs/page-${i}`, exact: true })), { path: '/docs/tags/:tag', exact: true }, { path: '*' }];
    const tested: string[] = [];
    const find = createPathLookup<{ path: string; exact?: boolean }>();
    const found = find(table, '/docs/page-4321/', (route) => (tested.push(route.path), matchPath('/docs/page-4321/', route)));
    expect(found?.index).toBe(4321);
    expect(tested).toEqual(['/docs/page-4321']);
    tested.length = 0;
    expect(find(table, '/docs/missing', (route) => (tested.push(route.path), matchPath('/docs/missing', route)))?.entry.path).toBe('*');
    expect(tested).toEqual(['/docs/tags/:tag', '*']);
  });

  it('keeps the candidates in table order, once each', () => {
    const index = buildPathIndex([{ path: '/a/' }, { path: '/a', exact: true }, { path: '/:x' }, { path: '/a/b', exact: true }, {}, { path: '/' }]);
    expect(candidateIndices(index, '/a/')).toEqual([0, 1, 2, 4, 5]);
    expect(candidateIndices(index, '/A/B')).toEqual([0, 2, 3, 4, 5]);
    expect(candidateIndices(index, '/b')).toEqual([2, 4, 5]);
  });

  it("folds case exactly as a case-insensitive RegExp (path-to-regexp's) compares characters", () => {
    const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const mismatches: string[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      const c = String.fromCharCode(code);
      // A character without case mappings can only pair with itself.
      if (c.toUpperCase() === c && c.toLowerCase() === c) continue;
      const re = new RegExp(`^${escape(c)}$`, 'i');
      // The characters a case-insensitive match could pair with c: its case mappings and their folds.
      const others = new Set([...c.toUpperCase(), ...c.toLowerCase(), ...foldCase(c)].flatMap((d) => [d, ...d.toLowerCase(), ...d.toUpperCase()]));
      for (const d of others) {
        if (d.length !== 1) continue;
        if (re.test(d) !== (foldCase(c) === foldCase(d))) mismatches.push(`U+${code.toString(16)} vs U+${d.charCodeAt(0).toString(16)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(foldCase('/docs/ſ/ß/ς/K')).toBe('/DOCS/ſ/ß/Σ/K');
  });
});

/** plugin-content-docs 3.10.2's own docsClientUtils.js, run with react-router's matchPath for '@docusaurus/router' (which re-exports it). */
function originalDocsClientUtils(): typeof exactDocs {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve('@docusaurus/plugin-content-docs/client')), 'docsClientUtils.js');
  const source = readFileSync(file, 'utf8');
  expect(source).toContain("import { matchPath } from '@docusaurus/router';");
  const body = source.replace("import { matchPath } from '@docusaurus/router';", '').replace(/^export (function|const) /gm, '$1 ');
  const names = ['getActivePlugin', 'getLatestVersion', 'getActiveVersion', 'getActiveDocContext', 'getDocVersionSuggestions'];
  return new Function('matchPath', `${body}\nreturn { ${names.join(', ')} };`)(matchPath);
}

describe("the docs plugin's client helpers", () => {
  const doc = (id: string, docPath: string) => ({ id, path: docPath, sidebar: 's' });
  const data = {
    path: '/docs',
    versions: [
      { name: 'current', label: 'Next', isLast: false, path: '/docs/next', mainDocId: 'intro', docs: [doc('intro', '/docs/next/intro'), doc('new', '/docs/next/new'), doc('tags', '/docs/next/tags/:tag')] },
      { name: '1.0', label: '1.0', isLast: true, path: '/docs', mainDocId: 'intro', docs: [doc('intro', '/docs/intro'), doc('guide/setup', '/docs/guide/setup/'), doc('index', '/docs'), doc('intro', '/docs/intro-duplicate-id')] },
    ],
  };
  const api = { path: '/api', versions: [{ name: 'current', label: 'API', isLast: true, path: '/api', mainDocId: 'a', docs: [doc('a', '/api/a')] }] };
  const before = originalDocsClientUtils();
  const paths = [...PATHS, '/docs/next/intro', '/docs/next/tags/x', '/docs/guide/setup', '/DOCS/GUIDE/SETUP/', '/docs/intro-duplicate-id', '/api/a', '/api', '/apix'];

  it.each(paths)('at %j: the same active plugin, version, doc, other versions of the doc and suggestions', (pathname) => {
    expect(exactDocs.getActivePlugin({ default: data, api } as never, pathname)).toEqual(before.getActivePlugin({ default: data, api } as never, pathname));
    expect(exactDocs.getActiveVersion(data, pathname)).toBe(before.getActiveVersion(data, pathname));
    const context = exactDocs.getActiveDocContext(data, pathname);
    const expected = before.getActiveDocContext(data, pathname);
    expect(context).toEqual(expected);
    expect(context.activeDoc).toBe(expected.activeDoc);
    expect(exactDocs.getDocVersionSuggestions(data, pathname)).toEqual(before.getDocVersionSuggestions(data, pathname));
  });

  it('gives the same active plugin when one plugin-data object serves every pathname (its sorted entries are kept)', () => {
    const rootDocs = { path: '/', versions: [] };
    const allPluginData = { default: data, api, root: rootDocs } as never;
    const found = paths.map((pathname) => exactDocs.getActivePlugin(allPluginData, pathname)?.pluginId);
    expect(found).toEqual(paths.map((pathname) => before.getActivePlugin(allPluginData, pathname)?.pluginId));
    expect(found).toContain('root');
    expect(found).toContain('api');
    expect(exactDocs.getActivePlugin(allPluginData, '/docs/intro')?.pluginData).toBe(data);
  });

  it('finds the docs this test expects (so the comparison is not between two empty contexts)', () => {
    expect(exactDocs.getActiveDocContext(data, '/DOCS/GUIDE/SETUP/').activeDoc?.id).toBe('guide/setup');
    expect(exactDocs.getActiveDocContext(data, '/docs/next/tags/x').activeDoc?.id).toBe('tags');
    // The id 'intro' is in both versions, twice in 1.0: the later one wins, as in the original.
    expect(exactDocs.getActiveDocContext(data, '/docs/next/intro').alternateDocVersions).toEqual({ current: doc('intro', '/docs/next/intro'), '1.0': doc('intro', '/docs/intro-duplicate-id') });
    expect(exactDocs.getActiveDocContext(data, '/docs/unknown').activeDoc).toBeUndefined();
    expect(exactDocs.getActiveDocContext(data, '/blog').activeVersion).toBeUndefined();
    expect(() => exactDocs.getActivePlugin({ default: data } as never, '/blog', { failfast: true })).toThrow(/Can't find active docs plugin for "\/blog"/);
  });
});
