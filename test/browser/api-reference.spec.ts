import { expect, test } from '@playwright/test';
import { collectErrors } from '../helpers/browser.js';

test('the navbar reaches the API reference: both packages, each with its sidebar category and coverage', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await page.locator('nav.navbar').getByRole('button', { name: 'Reference', exact: true }).hover();
  await page.locator('nav.navbar').getByRole('link', { name: 'API', exact: true }).click();
  await expect(page).toHaveURL(/\/api$/);
  await expect(page.getByRole('heading', { level: 1, name: 'API reference' })).toBeVisible();

  const packages = page.locator('main article table');
  await expect(packages.getByRole('row', { name: /@example\/task-client .* 100\.0%/ })).toBeVisible();
  await expect(packages.getByRole('row', { name: /Portico library .* 100\.0%/ })).toBeVisible();

  const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
  for (const category of ['@example/task-client', 'Portico library']) await expect(sidebar.getByRole('link', { name: category, exact: true })).toBeVisible();
  await sidebar.getByRole('link', { name: '@example/task-client', exact: true }).click();
  await expect(page).toHaveURL(/\/api\/task-client$/);
  await expect(page.getByRole('heading', { level: 1, name: '@example/task-client' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a class page shows its members and source links, and a cross-link leads to the linked type', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/api/task-client/classes/TaskClient');
  const article = page.locator('main article');
  await expect(page.getByRole('heading', { level: 1, name: 'Class: TaskClient' })).toBeVisible();
  await expect(article.getByRole('heading', { name: 'getTask()' })).toBeVisible();
  await expect(article.getByRole('link', { name: 'examples/task-service/sdk/src/client.ts:125' })).toHaveAttribute(
    'href',
    'https://github.com/portico-dev/portico/blob/main/examples/task-service/sdk/src/client.ts#L125',
  );
  // The TaskClient sidebar entry is the current page, inside the package's category.
  await expect(page.getByRole('navigation', { name: 'Docs sidebar' }).getByRole('link', { name: 'TaskClient', exact: true })).toHaveAttribute('aria-current', 'page');

  await article.getByRole('link', { name: 'TaskClientOptions' }).first().click();
  await expect(page).toHaveURL(/\/api\/task-client\/interfaces\/TaskClientOptions$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Interface: TaskClientOptions' })).toBeVisible();
  await expect(page.locator('main article').getByRole('heading', { name: 'baseUrl' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a member link lands on the member, and the coverage page reports both packages', async ({ page }) => {
  await page.goto('/api/task-client/classes/TaskClient#gettask');
  await expect(page.locator('h3#gettask')).toBeInViewport();

  await page.goto('/api/coverage');
  await expect(page.getByRole('heading', { level: 1, name: 'Doc coverage' })).toBeVisible();
  const packages = page.locator('main article table').first();
  await expect(packages.getByRole('row', { name: /@example\/task-client \d+ \d+ 100\.0% met/ })).toBeVisible();
  await expect(packages.getByRole('row', { name: /Portico library \d+ \d+ 100\.0% met/ })).toBeVisible();
  await expect(page.getByText('Every counted symbol is documented.')).toBeVisible();
});

test('API pages use the site theme in dark mode too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/api/portico/functions/loadPortalConfig');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('heading', { level: 1, name: 'Function: loadPortalConfig()' })).toBeVisible();
});
