import { expect, test } from '@playwright/test';
import { collectErrors } from '../helpers/browser.js';

// One entry per section: its index URL and a heading the page must show.
const SECTION_INDEXES = [
  { path: '/', heading: 'Portico' },
  { path: '/docs/getting-started', heading: 'Getting started' },
  { path: '/tutorials', heading: 'Document your own project with Portico' },
  { path: '/rfcs', heading: 'RFCs' },
  { path: '/runbooks', heading: 'Runbooks' },
  { path: '/blog', heading: null },
] as const;

for (const section of SECTION_INDEXES) {
  test(`section index ${section.path} renders without console errors`, async ({ page }) => {
    const errors = collectErrors(page);
    const response = await page.goto(section.path);
    expect(response?.status()).toBe(200);
    if (section.heading) {
      await expect(page.getByRole('heading', { level: 1, name: section.heading })).toBeVisible();
    } else {
      await expect(page.locator('article').first()).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
}

test('home page says what the portal documents and links every section', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'What this portal documents' })).toBeVisible();
  await expect(page.getByText('@example/task-client')).toBeVisible();
  const main = page.locator('main');
  for (const name of ['Docs', 'Tutorials', 'RFCs', 'Runbooks', 'Announcements', 'Changelog']) {
    await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
  }
});

/** Navbar links; `group` is the dropdown they are in (src/lib/navigation/navbar.ts). */
const NAVBAR_TARGETS: { label: string; group?: string; path: RegExp }[] = [
  { label: 'Docs', path: /\/docs\/getting-started$/ },
  { label: 'Tutorials', path: /\/tutorials$/ },
  { label: 'RFCs', path: /\/rfcs$/ },
  { label: 'Runbooks', group: 'Operate', path: /\/runbooks$/ },
  { label: 'Announcements', group: 'Releases', path: /\/blog$/ },
];

for (const target of NAVBAR_TARGETS) {
  test(`navbar link "${target.label}" resolves to its section`, async ({ page }) => {
    await page.goto('/');
    if (target.group) await page.locator('nav.navbar').getByRole('button', { name: target.group, exact: true }).hover();
    await page.locator('nav.navbar').getByRole('link', { name: target.label, exact: true }).first().click();
    await expect(page).toHaveURL(target.path);
    await expect(page.locator('main article').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page Not Found' })).toHaveCount(0);
  });
}

test('footer reaches every section and the feeds', async ({ page, request }) => {
  await page.goto('/');
  const footer = page.locator('footer');
  for (const label of ['Tutorials', 'Runbooks', 'RFCs', 'Announcements', 'Configuration', 'CLI reference']) {
    await expect(footer.getByRole('link', { name: label })).toBeVisible();
  }
  for (const feed of ['/blog/rss.xml', '/blog/atom.xml']) {
    const response = await request.get(feed);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('<?xml');
  }
});

test('an unknown URL shows the 404 page', async ({ page }) => {
  await page.goto('/this/page/does-not-exist');
  await expect(page.getByRole('heading', { name: 'Page Not Found' })).toBeVisible();
});
