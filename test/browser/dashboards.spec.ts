import { expect, test } from '@playwright/test';
import { collectErrors } from '../helpers/browser.js';

/**
 * The dashboards of the seeded sample history (examples/task-service/history).
 * Charts are server-rendered SVG, so the main checks run with JavaScript off.
 * A suite per benchmark and coverage format is checked in the built HTML by
 * test/integration/dashboards.test.ts.
 */

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a benchmark chart is an accessible SVG with a data table of its latest runs, and every run is a download away', async ({ page, request }) => {
    await page.goto('/dashboards/benchmarks');
    await expect(page.getByRole('heading', { level: 1, name: 'Benchmarks' })).toBeVisible();
    await expect(page.getByRole('note')).toContainText('Sample data');

    // The suite's overview row: latest value, change from the run before, verdict and a sparkline of the latest 30 runs.
    // task-service-load-releases has a series of the same name (the sample's release load tests).
    const load = page.locator('section[data-suite="task-service-load"]');
    const row = load.locator('tr[data-series-row="POST /tasks p95 latency"]');
    await expect(row.locator('th, td')).toHaveText(['POST /tasks p95 latency', '117.3 ms', '+0.5%', 'ok', '']);
    await expect(row.getByRole('img', { name: /^Latest 30 runs: from [\d.]+ ms to 117\.3 ms$/ })).toBeVisible();
    // The suite's 7 charts are behind a disclosure; the row's link opens it at the series' chart.
    const card = load.locator('article[data-series="POST /tasks p95 latency"]');
    await expect(card).toBeHidden();
    await row.getByRole('link', { name: 'POST /tasks p95 latency' }).click();
    await expect(page.locator('details[data-charts="task-service-load"]')).toHaveAttribute('open', '');
    await expect(card.getByRole('heading', { level: 3 })).toBeInViewport();

    const chart = card.getByRole('img', { name: 'POST /tasks p95 latency (task-service-load), ms, smaller is better', exact: true });
    await expect(chart).toBeVisible();
    expect(await chart.evaluate((svg) => svg.tagName.toLowerCase())).toBe('svg');
    // One drawn line of 60 runs from the page's lines file, a regression marker and the latest-run marker.
    const line = chart.locator('use[data-line="value"]');
    const href = (await line.getAttribute('href'))!;
    expect(href).toMatch(/^\/dashboards\/benchmarks\/lines\.[0-9a-f]{10}\.svg#bench-task-service-load-post-tasks-p95-latency-value$/);
    const lines = await request.get(href.split('#')[0]!);
    expect(lines.status()).toBe(200);
    const d = new RegExp(`<path id="${href.split('#')[1]}" d="([^"]+)"`).exec(await lines.text())?.[1];
    expect(d?.match(/[ML]/g)).toHaveLength(60);
    // The browser drew it: the <use> has the line's extent (nearly the plot's width), not an empty box.
    const box = await line.boundingBox();
    expect(box?.width).toBeGreaterThan(((await chart.boundingBox())?.width ?? 0) * 0.8);
    await expect(chart.locator('circle[data-marker="regression"]')).toHaveCount(1);
    await expect(chart.locator('circle[data-marker="latest"]')).toHaveCount(1);
    await expect(chart).toHaveAccessibleDescription(/^60 runs from 2026-09-22 to 2026-11-20; latest 117.3 ms; 1 past regression marked\.$/);

    // The data table is there without JavaScript, behind a native disclosure.
    const table = card.locator('details table');
    await expect(table).toBeHidden();
    await card.locator('details summary').click();
    await expect(table).toBeVisible();
    // The latest 10 of the 60 runs, with the change from the run before; the step of 2026-10-28 is older.
    await expect(card.locator('details summary')).toHaveText('Data table (latest 10 of 60 runs)');
    await expect(table.locator('tbody tr')).toHaveCount(10);
    const last = table.locator('tbody tr').last();
    await expect(last.locator('td')).toHaveText(['2026-11-20', 'a3f92cd', '117.3 ms', '+0.5%', '±7.6%']);
    await expect(table.locator('tbody tr[data-regression="true"]')).toHaveCount(0);
    const csvLink = card.getByRole('link', { name: 'All runs of suite task-service-load, CSV' });
    const csv = await request.get((await csvLink.getAttribute('href'))!);
    expect(csv.status()).toBe(200);
    const rows = (await csv.text()).trimEnd().split('\n');
    expect(rows).toHaveLength(61);
    expect(rows[0]).toContain('POST /tasks p95 latency (ns)');
    expect(rows.at(-1)).toContain(',117300000,');

    // Latest value, verdict, and a commit link to the repository.
    await expect(card.locator('dl')).toContainText('117.3 ms');
    await expect(card.locator('[data-verdict]')).toHaveText('ok');
    await expect(card.locator('dl a[href^="https://github.com/portico-dev/portico/commit/"]')).toHaveCount(1);
  });

  test('past regressions are listed with their commit, and the feed publishes them', async ({ page, request }) => {
    await page.goto('/dashboards/benchmarks');
    const rows = page.locator('section[aria-labelledby="regressions"] tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText('POST /tasks p95 latency');
    await expect(rows.first().locator('a[href*="/commit/"]')).toHaveCount(2);
    const feed = await request.get('/dashboards/benchmarks/atom.xml');
    expect(feed.status()).toBe(200);
    const xml = await feed.text();
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain('POST /tasks p95 latency (task-service-load) regressed');
  });

  test('the coverage page shows the four totals, their minimums and the files of the latest run', async ({ page }) => {
    await page.goto('/dashboards/coverage');
    const chart = page.getByRole('img', { name: /^Coverage of task-client-sdk: lines, statements, functions, branches in percent$/ });
    await expect(chart.locator('use[data-line]')).toHaveCount(4);
    await expect(chart).toContainText('minimum 80% (lines, statements, functions)');
    await expect(chart).toContainText('minimum 70% (branches)');
    // task-client-sdk-releases (the SDK measured at the sample's release tags) has the same metrics and files.
    const suite = page.locator('section[data-suite="task-client-sdk"]');
    await expect(suite.locator('tr[data-metric="lines"]')).toContainText('99.32%');
    await expect(suite.locator('tr[data-metric="branches"]')).toContainText('98 of 103');
    await expect(suite.getByRole('cell', { name: 'examples/task-service/sdk/src/client.ts' })).toBeVisible();
    await suite.locator('details summary').click();
    await expect(suite.locator('details tbody tr')).toHaveCount(10);
    await expect(suite.locator('details tbody tr').last()).toContainText('99.32%');
    await expect(suite.getByRole('link', { name: 'Coverage totals of every run of suite task-client-sdk, JSON' }).first()).toHaveAttribute('href', '/dashboards/coverage/data/task-client-sdk.json');
  });

  test('on a 360 px phone the pages never scroll sideways, chart text stays 11 px or larger, a single run is a labelled point', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const path of ['/dashboards', '/dashboards/benchmarks', '/dashboards/coverage']) {
      await page.goto(path);
      // Open every disclosure, so the charts and data tables are laid out too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      // Every table is in its own scroll box, no wider than the page.
      for (const box of await page.locator('table').evaluateAll((tables) => tables.map((t) => ({ wrapped: t.parentElement?.getAttribute('role') === 'region', right: t.parentElement!.getBoundingClientRect().right })))) {
        expect(box.wrapped, path).toBe(true);
        expect(box.right, path).toBeLessThanOrEqual(360);
      }
      // Chart labels: rendered size in CSS pixels, and the chart as wide as its column.
      const sizes = await page.locator('svg[data-chart] text').evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().height));
      expect(Math.min(...sizes), path).toBeGreaterThanOrEqual(11);
      for (const chart of await page.locator('svg[data-chart]').evaluateAll((svgs) => svgs.map((svg) => [svg.getBoundingClientRect().right, svg.closest('figure')!.getBoundingClientRect().right]))) {
        expect(Math.abs(chart[0]! - chart[1]!), path).toBeLessThanOrEqual(1);
      }
    }
    // /dashboards/coverage is open: its chart has a legend naming its four lines.
    await expect(page.locator('section[data-suite="task-client-sdk"]').getByRole('list', { name: /^Legend of Coverage of task-client-sdk/ }).getByRole('listitem')).toHaveText(['lines', 'statements', 'functions', 'branches']);

    await page.goto('/dashboards/benchmarks');
    // portico-lighthouse has one run (the embedded portal's first Lighthouse run): it says "1 run", and each chart, once its
    // disclosure is opened, is a labelled point.
    const suite = page.locator('section[data-suite="portico-lighthouse"]');
    await expect(suite.locator('> p').first()).toHaveText(/^1 run; latest on /);
    await suite.locator('details[data-charts] > summary').click();
    const chart = suite.locator('svg[data-chart]').first();
    await expect(chart).toBeVisible();
    const caption = chart.locator('text[data-caption]');
    await expect(caption).toHaveText(/^[\d.]+ ?\S+ on \d{4}-\d{2}-\d{2}$/);
    const [captionBox, chartBox] = [await caption.boundingBox(), await chart.boundingBox()];
    expect(captionBox!.x).toBeGreaterThanOrEqual(chartBox!.x);
    expect(captionBox!.x + captionBox!.width).toBeLessThanOrEqual(chartBox!.x + chartBox!.width);
    await expect(chart.locator('circle[data-marker="latest"]')).toHaveAttribute('r', '5');
    await expect(suite.locator('article details summary').first()).toHaveText('Data table (1 run)');
    expect(await page.locator('main').innerText()).not.toMatch(/\b1 runs\b/);
  });

  test('on a desktop the charts take the full width, and the benchmarks page stays short', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/dashboards/benchmarks');
    const main = await page.locator('main').boundingBox();
    const chart = await page.locator('section[data-suite="doc-coverage"] svg[data-chart]').first().boundingBox();
    // The chart and its 3.5 rem label gutter span the column.
    expect(chart!.width + 56).toBeGreaterThan(main!.width - 2 * 16 - 2);
    // 69 series in 7 suites: overview tables, and only the 2-series suite's charts shown expanded.
    await expect(page.locator('svg[data-chart]:visible')).toHaveCount(2);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(12_000);
  });

  test('the overview shows each suite and links to the detail pages', async ({ page }) => {
    await page.goto('/dashboards');
    await expect(page.locator('tr[data-suite="task-service-load"]')).toContainText('no regression');
    await expect(page.locator('tr[data-suite="task-client-sdk"]').first()).toContainText('60');
    await expect(page.locator('#recent-regressions + div tbody tr')).toHaveCount(3);
    await page.getByRole('link', { name: 'coverage', exact: true }).click();
    await expect(page).toHaveURL(/\/dashboards\/coverage$/);
  });
});

test('the dashboards render without console errors and are in the navbar', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  // The link may sit in a navbar group (a hover dropdown, issue 24): point at the group first.
  const nav = page.getByRole('navigation', { name: 'Main' });
  const group = nav.locator('.dropdown', { has: page.locator('a[href="/dashboards"]') });
  if ((await group.count()) > 0) await group.first().hover();
  await nav.getByRole('link', { name: 'Dashboards', exact: true }).first().click();
  await expect(page).toHaveURL(/\/dashboards$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboards' })).toBeVisible();
  for (const path of ['/dashboards/benchmarks', '/dashboards/coverage']) {
    await page.goto(path);
    await expect(page.locator('svg[role="img"]').first()).toBeVisible();
  }
  expect(errors).toEqual([]);
});
