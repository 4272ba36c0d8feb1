import { expect, test } from '@playwright/test';
import { collectErrors } from '../helpers/browser.js';

test('the architecture page renders its mermaid diagram as SVG', async ({ page }) => {
  await page.goto('/docs/architecture');
  const diagram = page.locator('.docusaurus-mermaid-container svg');
  await expect(diagram).toBeVisible();
  // The diagram's nodes come from the Markdown source, so this proves it was rendered, not just mounted.
  await expect(diagram).toContainText('portal.config.ts');
});

test('dark-mode toggle switches the theme and remembers it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/docs/getting-started');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const toggle = page.getByRole('button', { name: /dark and light mode|color mode|system mode/i });
  // The toggle cycles system → light → dark; click until dark.
  for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) !== 'dark'; i += 1) {
    await toggle.click();
  }
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('code blocks are highlighted when served and after client-side navigation from a page without code', async ({ page }) => {
  const errors = collectErrors(page);
  // Served: the server-rendered tokens survive hydration (a missing grammar would re-render the block plain).
  await page.goto('/runbooks/high-error-rate');
  await page.waitForLoadState('networkidle');
  const promqlTokens = page.locator('pre.language-promql .token');
  expect(await promqlTokens.count()).toBeGreaterThan(10);
  // Client-side: the home page shows no code, so Prism first runs when the runbook renders.
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.locator('footer').getByRole('link', { name: 'Runbooks', exact: true }).click();
  await expect(page).toHaveURL(/\/runbooks$/);
  await page.locator('article').getByRole('link', { name: /high error rate/i }).first().click();
  await expect(page).toHaveURL(/\/runbooks\/high-error-rate$/);
  await expect(promqlTokens.first()).toBeVisible();
  expect(await promqlTokens.count()).toBeGreaterThan(10);
  // The additional languages (promql, bash, yaml, json) come from the site config, not Prism's defaults.
  await expect(page.locator('pre.language-promql .token.context-labels').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('each chunk of the links in view is prefetched once', async ({ page }) => {
  await page.goto('/docs/getting-started');
  await page.waitForLoadState('networkidle');
  // Scrolling brings more links (and their routes' shared chunks) into view.
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(500);
  const hrefs = await page.locator('link[rel="prefetch"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(5);
  expect(hrefs.length).toBe(new Set(hrefs).size);
});
