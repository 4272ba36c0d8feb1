import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from '../helpers/browser.js';
import { COLOUR_RULES, seriousViolations } from '../helpers/axe.js';

/** What the issue allows one query to download (issue 27: ≤ 300 KB at every size). */
const QUERY_BYTES_BUDGET = 300_000;

/** Records the search's downloads (everything under /pagefind/) and any request that leaves the test server. */
function recordRequests(page: Page): { pagefind: { path: string; bytes: Promise<number> }[]; external: string[] } {
  const recorded = { pagefind: [] as { path: string; bytes: Promise<number> }[], external: [] as string[] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1') recorded.external.push(request.url());
  });
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.includes('/pagefind/')) return;
    // Bytes as transferred: the body as sent (Pagefind's own files are already gzip) plus headers.
    recorded.pagefind.push({ path: url.pathname, bytes: request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize) });
  });
  return recorded;
}

const searchBox = (page: Page) => page.getByRole('combobox', { name: /search/i });
const dialog = (page: Page) => page.getByRole('dialog', { name: /search/i });
/** The results (the section filter's <select> has options too). */
const results = (page: Page) => dialog(page).getByRole('listbox').getByRole('option');
const option = (page: Page, section: string, title: RegExp) => results(page).filter({ hasText: title }).filter({ hasText: section });

test('a query from the navbar finds an API page and an HTTP API page; both can be followed; the index loads on first use only', async ({ page }) => {
  const errors = collectErrors(page);
  const requests = recordRequests(page);
  await page.goto('/docs/getting-started');
  // The shortcut is React's: it listens once the page has hydrated (a busy CI machine can go
  // network-idle before that, and the first Ctrl+K then reached no listener).
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  await page.waitForLoadState('networkidle');
  // Pagefind is not in the bundles: nothing of it is downloaded until the search is used.
  expect(requests.pagefind).toEqual([]);

  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(searchBox(page)).toBeFocused();
  await searchBox(page).fill('completeTask');
  const http = option(page, 'HTTP API', /Complete a task/);
  const api = option(page, 'API', /TaskClient/).filter({ hasNotText: 'HTTP API' });
  await expect(http).toBeVisible();
  await expect(api.first()).toBeVisible();
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(http.locator('mark').first()).toBeVisible();

  // One query's downloads: Pagefind's script, WebAssembly, metadata, the index chunk and the shown results' fragments.
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(requests.pagefind.map(async (file) => [file.path, await file.bytes] as const));
  const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(`search: first query downloaded ${total} bytes in ${sizes.length} files under /pagefind/`);
  expect(sizes.map(([path]) => path)).toContain('/pagefind/pagefind.js');
  expect(total).toBeLessThan(QUERY_BYTES_BUDGET);

  await http.click();
  await expect(page).toHaveURL(/\/http-api\/task-service\/tasks\/complete-task$/);
  await expect(page.locator('main h1')).toHaveText(/Complete a task/);
  await expect(dialog(page)).toBeHidden();

  // Again from the keyboard on the page it led to: the last query is back, selected; arrows choose, Enter follows.
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toHaveValue('completeTask');
  expect(await searchBox(page).evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([0, 'completeTask'.length]);
  await expect(api.first()).toBeVisible();
  const options = results(page);
  const apiIndex = (await options.evaluateAll((all) => all.map((o) => o.textContent ?? ''))).findIndex((text) => /TaskClient/.test(text) && !/HTTP API/.test(text));
  for (let i = 0; i < apiIndex; i += 1) await searchBox(page).press('ArrowDown');
  await expect(options.nth(apiIndex)).toHaveAttribute('aria-selected', 'true');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', (await options.nth(apiIndex).getAttribute('id'))!);
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(/\/api\/.*TaskClient/i);
  await expect(page.locator('article h1')).toContainText('TaskClient');

  expect(requests.external).toEqual([]);
  expect(errors).toEqual([]);
});

test('the search dialog: "/" opens it, the section filter narrows results, Escape closes it; axe-clean in light and dark mode', async ({ page }) => {
  const errors = collectErrors(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  // The "/" shortcut is listened for once React has hydrated the navbar.
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  const button = page.getByRole('button', { name: 'Search' });
  await expect(button).toHaveAttribute('aria-keyshortcuts', /Control\+K/);

  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await searchBox(page).fill('rollback');
  await expect(results(page).first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Section' }).selectOption('Runbooks');
  await expect(dialog(page).getByRole('status')).toContainText(/result/);
  // The filtered results replace the others once Pagefind has answered.
  const shown = () => results(page).evaluateAll((all) => all.map((o) => o.textContent ?? ''));
  await expect.poll(async () => (await shown()).filter((text) => !text.includes('Runbooks'))).toEqual([]);
  expect((await shown()).length).toBeGreaterThan(0);
  expect(await seriousViolations(page)).toEqual([]);

  // Escape closes it, here from the section filter that has the focus.
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  // Opened by "/" with nothing focused, the closed dialog gives the focus back to the page.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

  // Dark mode restyles the same dialog: the colour rules again, with results and marks showing.
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await button.click();
  await expect(results(page).first().locator('mark').first()).toBeVisible();
  expect(await seriousViolations(page, COLOUR_RULES)).toEqual([]);

  await results(page).first().click();
  await expect(page).toHaveURL(/\/runbooks\//);
  await expect(page.locator('article')).toContainText(/rollback/i);
  expect(errors).toEqual([]);
});
