import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { describeProblems, seriousViolations } from '../helpers/axe.js';
import { pageOfKind, sitemapPaths, type PageKind } from '../helpers/browser.js';
import { PAGE_KINDS } from '../helpers/page-kinds.js';

/** One page of each kind, chosen from the build's sitemap (see PAGE_KINDS). */
const KINDS: PageKind[] = PAGE_KINDS;

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
