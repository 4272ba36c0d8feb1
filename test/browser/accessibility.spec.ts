import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { COLOUR_RULES, describeProblems, seriousViolations } from '../helpers/axe.js';
import { pageOfKind, sitemapPaths } from '../helpers/browser.js';
import { PAGE_KINDS } from '../helpers/page-kinds.js';

/** Loads a page in the light scheme and waits for React to hydrate, so client-rendered parts (Mermaid, dashboards) are checked too. */
async function open(page: Page, urlPath: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  const response = await page.goto(urlPath);
  expect(response?.status(), `${urlPath} should load`).toBe(200);
  await page.locator('html[data-has-hydrated="true"]').waitFor({ timeout: 15_000 }).catch(() => {});
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
}

test.describe('axe-core finds no serious or critical violation, in the light and the dark theme', () => {
  // axe on a large page (API reference, OpenAPI operations) takes several seconds on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });

  // One page of each kind, chosen from the build's sitemap (test/helpers/page-kinds.ts).
  for (const kind of PAGE_KINDS) {
    test(kind.kind, async ({ page, request }) => {
      const urlPath = pageOfKind(await sitemapPaths(request), kind);
      test.info().annotations.push({ type: 'page', description: urlPath });
      await open(page, urlPath);
      expect(describeProblems(await seriousViolations(page)), `${urlPath} (light)`).toEqual([]);

      // The site follows the reader's colour scheme as it changes (respectPrefersColorScheme):
      // the same DOM restyled, so the rules that depend on colours are what the dark theme can fail.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await page.waitForLoadState('networkidle');
      expect(describeProblems(await seriousViolations(page, COLOUR_RULES)), `${urlPath} (dark)`).toEqual([]);
    });
  }
});

test('the axe gate fails on a deliberately inaccessible page, and its colour rules catch poor contrast alone', async ({ page }) => {
  const fixture = path.join(import.meta.dirname, '../fixtures/accessibility/inaccessible.html');
  await page.setContent(readFileSync(fixture, 'utf8'));
  const rules = (await seriousViolations(page)).map((problem) => problem.rule).sort();
  expect(rules).toEqual(['button-name', 'color-contrast', 'image-alt']);
  expect((await seriousViolations(page, COLOUR_RULES)).map((problem) => problem.rule)).toEqual(['color-contrast']);
});
