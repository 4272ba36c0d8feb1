import { expect, test } from '@playwright/test';

test.describe('runbooks', () => {
  for (const alias of ['/runbooks/HighErrorRate', '/runbooks/higherrorrate']) {
    test(`alert-name URL ${alias} lands on the runbook`, async ({ page }) => {
      await page.goto(alias);
      await expect(page).toHaveURL(/\/runbooks\/high-error-rate$/);
      await expect(page.getByRole('heading', { level: 1, name: 'High error rate' })).toBeVisible();
    });
  }

  test('a runbook page shows the alert it serves from the rule file', async ({ page }) => {
    await page.goto('/runbooks/high-latency');
    const box = page.getByRole('region', { name: 'Alerts served by this runbook' });
    await expect(box.locator('[data-alert="HighLatency"]')).toBeVisible();
    await expect(box).toContainText('histogram_quantile');
    await expect(box).toContainText('severity');
    await expect(box).toContainText('warning');
  });

  test('the runbook index lists every alert with its runbook', async ({ page }) => {
    await page.goto('/runbooks');
    for (const [alert, title] of [
      ['HighErrorRate', 'High error rate'],
      ['HighLatency', 'High latency'],
      ['ServiceDown', 'Service down'],
    ] as const) {
      const row = page.locator(`tr[data-alert="${alert}"]`);
      await expect(row).toBeVisible();
      await expect(row.getByRole('link', { name: title })).toBeVisible();
    }
  });
});

test.describe('RFCs', () => {
  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('the index groups RFCs by status', async ({ page }) => {
      await page.goto('/rfcs');
      await expect(page.getByRole('heading', { level: 2, name: 'Implemented' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Accepted' })).toBeVisible();
      const implemented = page.locator('section', { has: page.getByRole('heading', { name: 'Implemented' }) });
      await expect(implemented.locator('tr[data-rfc="1"]')).toContainText('One typed portal config');
      await page.getByRole('link', { name: 'Accepted (1)' }).click();
      await expect(page).toHaveURL(/#status-accepted$/);
    });
  });

  test('an RFC page shows its metadata box', async ({ page }) => {
    await page.goto('/rfcs');
    await page.getByRole('link', { name: 'One typed portal config' }).first().click();
    const box = page.getByRole('complementary', { name: 'RFC 0001 metadata' });
    await expect(box).toContainText('Implemented');
    await expect(box).toContainText('Portico maintainers');
    await expect(box).toContainText('2026-10-20');
  });

  test('a rejected RFC carries a banner and is grouped under Rejected', async ({ page }) => {
    await page.goto('/rfcs/0003-embed-redoc-for-http-api-pages');
    await expect(page.locator('[data-rfc-banner="rejected"]')).toContainText('This RFC is rejected.');
    await page.goto('/rfcs');
    const rejected = page.locator('section', { has: page.getByRole('heading', { name: 'Rejected' }) });
    await expect(rejected.locator('tr[data-rfc="3"]')).toContainText('Embed Redoc for HTTP API pages');
  });

  test('the template is shown as how to write an RFC, without a metadata box', async ({ page }) => {
    await page.goto('/rfcs/template');
    await expect(page.getByRole('complementary', { name: /metadata/ })).toHaveCount(0);
    await expect(page.locator('nav.menu').getByRole('link', { name: 'How to write an RFC' })).toBeVisible();
  });

  test('rfcs.json and the status feeds are published', async ({ request }) => {
    const json = await (await request.get('/rfcs.json')).json();
    expect(json.schemaVersion).toBe(1);
    expect(json.rfcs.map((rfc: { number: number }) => rfc.number)).toEqual([1, 2, 3]);
    const atom = await (await request.get('/rfcs/atom.xml')).text();
    expect(atom).toContain('RFC 0001: One typed portal config is implemented');
    expect((await request.get('/rfcs/rss.xml')).status()).toBe(200);
  });
});

test.describe('changelog', () => {
  test('a release page opens from the changelog index', async ({ page }) => {
    await page.goto('/changelog');
    await expect(page.getByRole('heading', { level: 1, name: 'Task Service changelog' })).toBeVisible();
    const versions = await page.locator('tr[data-version]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-version')));
    expect(versions.slice(0, 4)).toEqual(['Unreleased', '3.0.0', '2.1.0', '2.0.0']);
    await page.getByRole('link', { name: '2.1.0', exact: true }).click();
    await expect(page).toHaveURL(/\/changelog\/2\.1\.0$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Task Service 2.1.0' })).toBeVisible();
    await page.getByRole('link', { name: /Older\s*2\.0\.0/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Task Service 2.0.0' })).toBeVisible();
  });

  test('pre-releases are marked and the release feed is published', async ({ page, request }) => {
    await page.goto('/changelog/2.0.0-rc.1');
    await expect(page.locator('article').getByText('pre-release')).toBeVisible();
    const rss = await (await request.get('/changelog/rss.xml')).text();
    expect(rss).toContain('Task Service 2.1.0');
  });

  test('the home page shows the latest release', async ({ page }) => {
    await page.goto('/');
    // The heading's name also holds its anchor link's label.
    await expect(page.getByRole('heading', { name: /^Latest release(?!s)/ })).toBeVisible();
    const latest = page.locator('main').getByRole('link', { name: '3.0.0', exact: true });
    await expect(latest).toHaveAttribute('href', '/changelog/3.0.0');
    await expect(latest.locator('xpath=..')).toContainText('Task Service');
  });
});
