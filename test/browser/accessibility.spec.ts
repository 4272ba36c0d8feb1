import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { describeProblems, seriousViolations } from '../helpers/axe.js';
import { pageOfKind, sitemapPaths, type PageKind } from '../helpers/browser.js';

/**
 * Each kind of page the portal publishes, by its path; the page checked for a
 * kind is the first of that kind in the build's own sitemap (pageOfKind), so a
 * renamed page does not leave its template unchecked, and a kind that vanishes
 * from the build fails its test by name.
 */
const KINDS: PageKind[] = [
  { kind: 'home', matches: (path) => path === '/' },
  { kind: 'doc', matches: (path) => /^\/docs\/(?!category\/)[^/]+\/?$/.test(path) },
  { kind: 'tutorial', matches: (path) => /^\/tutorials\/[^/]+\/?$/.test(path) },
  { kind: 'blog post', matches: (path) => /^\/blog\/(?!(tags|page|archive|authors)(\/|$))[^/]+(\/[^/]+)*\/?$/.test(path) },
  { kind: 'RFC index', matches: (path) => /^\/rfcs\/?$/.test(path) },
  { kind: 'RFC', matches: (path) => /^\/rfcs\/[^/]+\/?$/.test(path) },
  { kind: 'runbook', matches: (path) => /^\/runbooks\/[^/]+\/?$/.test(path) },
  { kind: 'changelog index', matches: (path) => /^\/changelog\/?$/.test(path) },
  { kind: 'changelog release', matches: (path) => /^\/changelog\/v?\d[^/]*\/?$/.test(path) },
  { kind: 'API class page', matches: (path) => /^\/api\/[^/]+\/classes\/[^/]+\/?$/.test(path) },
  { kind: 'API doc coverage', matches: (path) => /^\/api\/coverage\/?$/.test(path) },
  { kind: 'HTTP API operation', matches: (path) => /^\/http-api\/[^/]+\/(?!schemas\/)[^/]+\/[^/]+\/?$/.test(path) },
  { kind: 'dashboards overview', matches: (path) => /^\/dashboards\/?$/.test(path) },
  { kind: 'benchmarks dashboard', matches: (path) => /^\/dashboards\/benchmarks\/?$/.test(path) },
  { kind: 'coverage dashboard', matches: (path) => /^\/dashboards\/coverage\/?$/.test(path) },
];

const COLOR_SCHEMES = ['light', 'dark'] as const;

/** Loads a page in a colour scheme and waits for React to hydrate, so client-rendered parts (Mermaid, dashboards) are checked too. */
async function open(page: Page, urlPath: string, scheme: (typeof COLOR_SCHEMES)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  const response = await page.goto(urlPath);
  expect(response?.status(), `${urlPath} should load`).toBe(200);
  await page.locator('html[data-has-hydrated="true"]').waitFor({ timeout: 15_000 }).catch(() => {});
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
}

test.describe('axe-core finds no serious or critical violation', () => {
  // axe on a large page (API reference, OpenAPI operations) takes several seconds on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });

  for (const kind of KINDS) {
    for (const scheme of COLOR_SCHEMES) {
      test(`${kind.kind} (${scheme})`, async ({ page, request }) => {
        const urlPath = pageOfKind(await sitemapPaths(request), kind);
        test.info().annotations.push({ type: 'page', description: urlPath });
        await open(page, urlPath, scheme);
        expect(describeProblems(await seriousViolations(page)), urlPath).toEqual([]);
      });
    }
  }
});

test('the axe gate fails on a deliberately inaccessible page', async ({ page }) => {
  const fixture = path.join(import.meta.dirname, '../fixtures/accessibility/inaccessible.html');
  await page.setContent(readFileSync(fixture, 'utf8'));
  const rules = (await seriousViolations(page)).map((problem) => problem.rule).sort();
  expect(rules).toEqual(['button-name', 'color-contrast', 'image-alt']);
});
