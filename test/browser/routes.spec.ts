import { expect, test, type Page } from '@playwright/test';
import { collectErrors, PAGE_KINDS, pageOfKind, sitemapPaths } from '../helpers/browser.js';

/**
 * Route lookups (src/plugins/exact-routes, issue 27): the replacements find
 * routes and docs by path instead of testing every route, and must find the
 * same ones. What depends on them shows on every page: the route rendered (its
 * heading), the navbar item marked active (getActiveDocContext for doc sidebar
 * items, the path for the others), the doc sidebar's current item (the doc
 * route DocRoot finds) and the 404 page (the catch-all route, or the docs
 * root's not-found content). Checked on one page of every kind, once as the
 * served HTML after hydration and once reached by client-side navigation from
 * another kind, with no console error (a hydration mismatch is one).
 */

/** For each kind: the navbar item that is active on it, and which sidebar marks the page as current. */
const EXPECTED: Record<string, { navbar?: string; sidebar?: 'doc' | 'blog' }> = {
  home: {},
  doc: { navbar: 'Docs', sidebar: 'doc' },
  tutorial: { navbar: 'Tutorials', sidebar: 'doc' },
  'blog post': { navbar: 'Announcements', sidebar: 'blog' },
  'RFC index': { navbar: 'RFCs', sidebar: 'doc' },
  RFC: { navbar: 'RFCs', sidebar: 'doc' },
  'runbook index': { navbar: 'Runbooks', sidebar: 'doc' },
  runbook: { navbar: 'Runbooks', sidebar: 'doc' },
  'changelog index': { navbar: 'Changelog' },
  'changelog release': { navbar: 'Changelog' },
  'API class page': { navbar: 'API', sidebar: 'doc' },
  'API doc coverage': { navbar: 'API', sidebar: 'doc' },
  'HTTP API index': { navbar: 'HTTP API' },
  // The OpenAPI theme's sidebar item carries no aria-current once hydrated (it does in the served HTML); as before issue 27.
  'HTTP API operation': { navbar: 'HTTP API' },
  'dashboards overview': { navbar: 'Dashboards' },
  'benchmarks dashboard': { navbar: 'Dashboards' },
  'coverage dashboard': { navbar: 'Dashboards' },
};

/** What the page shows of its route now: its path, the active navbar items, the links marked current in a doc or blog sidebar, its first heading. */
function routeState(page: Page) {
  return page.evaluate(() => {
    const texts = (selector: string) => [...new Set(Array.from(document.querySelectorAll<HTMLElement>(selector), (el) => el.textContent!.trim()))];
    const hrefs = (selector: string) => Array.from(document.querySelectorAll<HTMLAnchorElement>(selector), (a) => new URL(a.href).pathname);
    return {
      path: window.location.pathname,
      navbar: texts('.navbar a.navbar__link--active, .navbar a.dropdown__link--active'),
      doc: hrefs('.theme-doc-sidebar-menu a[aria-current="page"]'),
      // The blog's sidebar (the doc sidebar is in an aside too, its links are menu links).
      blog: hrefs('aside nav a[aria-current="page"]:not(.menu__link)'),
      heading: document.querySelector('main h1, article h1, h1')?.textContent?.trim() ?? '',
    };
  });
}

/** The state a page of `kind` at `path` must show. */
function expectedState(kind: string, path: string) {
  const expected = EXPECTED[kind];
  if (!expected) throw new Error(`routes.spec.ts has no expectation for the page kind "${kind}"`);
  return {
    path,
    navbar: expected.navbar ? [expected.navbar] : [],
    doc: expected.sidebar === 'doc' ? [path] : [],
    blog: expected.sidebar === 'blog' ? [path] : [],
  };
}

async function hydrated(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({ timeout: 15_000 });
}

let kindPaths: Promise<{ kind: string; path: string }[]> | undefined;
function pagesOfEveryKind(request: Parameters<typeof sitemapPaths>[0]) {
  kindPaths ??= sitemapPaths(request).then((paths) => PAGE_KINDS.map((kind) => ({ kind: kind.kind, path: pageOfKind(paths, kind) })));
  return kindPaths;
}

test.describe('routes and docs are found by path', () => {
  // Generous for a loaded 2-core machine; each test takes 10-35 s when it is not.
  test.describe.configure({ timeout: 120_000 });

  // Two halves of the kinds, so the two workers load them side by side.
  for (const half of [0, 1]) {
    test(`every page kind (${half ? 'second' : 'first'} half), served and hydrated: its navbar item and sidebar item are active, nothing else`, async ({ page, request }) => {
      const errors = collectErrors(page);
      const problems: string[] = [];
      const pages = await pagesOfEveryKind(request);
      const middle = Math.ceil(pages.length / 2);
      for (const { kind, path } of half ? pages.slice(middle) : pages.slice(0, middle)) {
        const response = await page.goto(path);
        expect(response?.status(), `${path} should load`).toBe(200);
        await hydrated(page);
        const { heading, ...state } = await routeState(page);
        if (JSON.stringify(state) !== JSON.stringify(expectedState(kind, path))) problems.push(`${kind} ${path}: ${JSON.stringify(state)}`);
        if (!heading) problems.push(`${kind} ${path}: no heading`);
      }
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('client-side navigation goes through every kind without a reload, each rendered with the same active items', async ({ page, request }) => {
    const errors = collectErrors(page);
    const pages = await pagesOfEveryKind(request);
    await page.goto('/');
    await hydrated(page);
    // Survives client-side navigation only: a reload would start a new window.
    await page.evaluate(() => Object.assign(window, { routesSpecMarker: true }));
    const problems: string[] = [];
    // Each kind from the one before it (the home page first), in the order of PAGE_KINDS and back to the start.
    for (const { kind, path } of [...pages.slice(1), pages[0]!]) {
      const headingBefore = (await routeState(page)).heading;
      // A history entry and the event the back and forward buttons send: react-router renders the new location itself.
      await page.evaluate((to) => {
        window.history.pushState({}, '', to);
        window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
      }, path);
      const expected = expectedState(kind, path);
      await expect
        .poll(async () => {
          const { heading, ...state } = await routeState(page);
          return heading && (heading !== headingBefore || kind === 'home') ? state : { ...state, waiting: 'for the heading to change' };
        }, { message: `${kind} ${path}`, timeout: 10_000 })
        .toEqual(expected)
        .catch((error: Error) => problems.push(error.message.split('\n')[0]!));
      if (!(await page.evaluate(() => 'routesSpecMarker' in window))) problems.push(`${kind} ${path}: the page was reloaded`);
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('an unknown path gets the 404 page, at the top level and inside a docs section, served and after client-side navigation', async ({ page }) => {
    const errors = collectErrors(page);
    for (const path of ['/no-such-page', '/docs/no-such-doc']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await hydrated(page);
      await expect(page.locator('h1'), path).toHaveText('Page Not Found');
      const { navbar, doc } = await routeState(page);
      expect({ navbar, doc }, path).toEqual({ navbar: [], doc: [] });
      // The 404 document itself; then, inside a docs section, React's hydration mismatch: the served
      // 404.html is the top-level catch-all's page, the client renders the docs root's not-found
      // content. Docusaurus 3.10.2 does the same without Portico's lookups.
      const expected = path.startsWith('/docs/') ? [/status of 404/, /^Docusaurus React Root onRecoverableError: Error: Minified React error #418/] : [/status of 404/];
      expect(errors.length, `${path}: ${errors.join('\n')}`).toBe(expected.length);
      errors.forEach((error, i) => expect(error).toMatch(expected[i]!));
      errors.length = 0;
    }
    await page.goto('/docs/getting-started');
    await hydrated(page);
    await expect(page.locator('h1').first()).not.toHaveText('Page Not Found');
    for (const path of ['/rfcs/no-such-rfc', '/no-such-page/']) {
      await page.evaluate((to) => {
        window.history.pushState({}, '', to);
        window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
      }, path);
      await expect(page.locator('h1'), path).toHaveText('Page Not Found');
      const { navbar, doc } = await routeState(page);
      expect({ navbar, doc }, path).toEqual({ navbar: path.startsWith('/rfcs/') ? ['RFCs'] : [], doc: [] });
    }
    expect(errors).toEqual([]);
  });
});
