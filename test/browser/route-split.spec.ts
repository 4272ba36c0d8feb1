import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from '../helpers/browser.js';

/**
 * Route table split by section (src/plugins/route-split, issue 23): a page loads the route chunk of its
 * own section before it hydrates and no other section's; a link into another section loads that
 * section's chunk when it is hovered, and following it and going back are client-side navigations.
 */

/** The section route chunks (`assets/js/routes-<section>.<hash>.js`) the page has requested so far. */
function sectionChunks(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const name = /\/assets\/js\/routes-([a-z0-9-]+)\.[0-9a-f]+\.js$/.exec(new URL(request.url()).pathname)?.[1];
    if (name) seen.push(name);
  });
  return seen;
}

async function hydrated(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({ timeout: 15_000 });
}

test.describe('route table split by section', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a page loads its own section only; hovering a link into another loads that one; following it and back stay client-side', async ({ page }) => {
    const errors = collectErrors(page);
    const chunks = sectionChunks(page);

    await page.goto('/');
    await hydrated(page);
    // The home page's route is in main.js's own table.
    expect(chunks).toEqual([]);

    await page.goto('/docs/getting-started');
    await hydrated(page);
    // Every link in view has been seen by the prefetcher once the network is idle.
    await page.waitForLoadState('networkidle');
    expect(chunks).toEqual(['docs']);
    const tutorials = page.locator('.navbar a.navbar__link[href="/tutorials"]');
    await expect(tutorials).toBeVisible();
    const active = page.locator('.navbar a.navbar__link--active, .navbar a.dropdown__link--active');

    await page.evaluate(() => Object.assign(window, { routeSplitMarker: true }));
    const tutorialsChunk = page.waitForRequest(/\/assets\/js\/routes-tutorials\.[0-9a-f]+\.js$/);
    await tutorials.hover();
    await tutorialsChunk;
    expect(chunks).toEqual(['docs', 'tutorials']);

    await tutorials.click();
    await expect(page).toHaveURL(/\/tutorials$/);
    await expect(active).toHaveText(['Tutorials']);

    // A section never visited before, reached without hovering a link first (as the back button or a search result does).
    await page.evaluate(() => {
      window.history.pushState({}, '', '/runbooks');
      window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
    });
    await expect(active).toHaveText(['Runbooks']);
    await expect(page.locator('.theme-doc-sidebar-menu a[aria-current="page"]')).toHaveAttribute('href', '/runbooks');
    expect(chunks).toEqual(['docs', 'tutorials', 'runbooks']);

    await page.goBack();
    await expect(page).toHaveURL(/\/tutorials$/);
    await expect(active).toHaveText(['Tutorials']);
    await page.goBack();
    await expect(page).toHaveURL(/\/docs\/getting-started$/);
    await expect(active).toHaveText(['Docs']);
    await expect(page.locator('.theme-doc-sidebar-menu a[aria-current="page"]')).toHaveAttribute('href', '/docs/getting-started');
    expect(await page.evaluate(() => 'routeSplitMarker' in window), 'no page reload').toBe(true);
    // Each section's chunk was loaded once.
    expect(chunks).toEqual(['docs', 'tutorials', 'runbooks']);
    expect(errors).toEqual([]);
  });
});
