import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from '../helpers/browser.js';

/**
 * What changes right after hydration, now that it is not rendered in one long
 * task (docs/performance.md#lighthouse-key-pages-on-the-mobile-preset): code
 * blocks are no longer remounted (src/theme/CodeBlock), and useIsBrowser /
 * useWindowSize switch in React transitions (src/plugins/hydration-updates).
 */

/**
 * The inline styles Prism's theme gives the first PromQL block and its first tokens. A token
 * whose colour React removed on the switch to dark keeps an empty `style=""`, which draws the
 * same as none: both read as null.
 */
function codeStyles(page: Page): Promise<(string | null)[]> {
  return page
    .locator('pre.language-promql')
    .first()
    .evaluate((pre) => [pre, ...Array.from(pre.querySelectorAll('.token')).slice(0, 40)].map((element) => element.getAttribute('style') || null));
}

test('in dark mode a served code block gets the dark theme, as one rendered in the browser does', async ({ page }) => {
  const errors = collectErrors(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/runbooks/high-error-rate');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  const served = await codeStyles(page);
  // Away and back by client-side navigation: the blocks are rendered afresh in the browser, in dark mode.
  await page.locator('footer').getByRole('link', { name: 'Runbooks', exact: true }).click();
  await expect(page).toHaveURL(/\/runbooks$/);
  await page.locator('article').getByRole('link', { name: /high error rate/i }).first().click();
  await expect(page).toHaveURL(/\/runbooks\/high-error-rate$/);
  await expect(page.locator('pre.language-promql .token').first()).toBeVisible();
  expect(await codeStyles(page)).toEqual(served);
  // The same blocks in the light theme look different, so the comparison above is about the theme.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => codeStyles(page)).not.toEqual(served);
  expect(errors).toEqual([]);
});

test("on a phone the menu opens with the navbar's items and the section's sidebar", async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/docs/getting-started');
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  await page.getByRole('button', { name: /toggle navigation bar/i }).click();
  const menu = page.locator('.navbar-sidebar');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Getting started' }).first()).toBeVisible();
  await menu.getByRole('button', { name: /back to main menu/i }).click();
  await expect(menu.getByRole('link', { name: 'RFCs', exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});
