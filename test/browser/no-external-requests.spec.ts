import { expect, test, type BrowserContext } from '@playwright/test';
import { sitemapPaths } from '../helpers/browser.js';

/** Hosts the site may load from: the test server only. */
const LOCAL_HOSTS = new Set(['127.0.0.1']);

/**
 * Records every request of a browser context whose host is not local and
 * aborts it, so nothing reaches the network and a font, script or image from
 * another host shows up as a finding instead of a slow timeout.
 */
async function recordExternalRequests(context: BrowserContext): Promise<string[]> {
  const external: string[] = [];
  await context.route(/^(https?|wss?):\/\//, async (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_HOSTS.has(url.hostname)) return route.continue();
    external.push(`${route.request().resourceType()} ${url.href}`);
    return route.abort('blockedbyclient');
  });
  return external;
}

/** A sitemap folder with more pages than this holds generated pages of one template (API symbols, schemas). */
const LARGE_FOLDER = 20;
/** Pages walked from each large folder. */
const PER_LARGE_FOLDER = 3;

/**
 * Every page of small folders, and the first pages of large folders of
 * generated ones: pages made from one template load the same chunks, and what
 * their content embeds is in their HTML, which `portal check links` reads for
 * every page (an image, script or stylesheet from another host fails it).
 */
export function samplePaths(paths: readonly string[]): string[] {
  const folderOf = (path: string) => path.replace(/[^/]*\/?$/, '');
  const sizes = new Map<string, number>();
  for (const path of paths) sizes.set(folderOf(path), (sizes.get(folderOf(path)) ?? 0) + 1);
  const taken = new Map<string, number>();
  return paths.filter((path) => {
    const folder = folderOf(path);
    if (sizes.get(folder)! <= LARGE_FOLDER) return true;
    taken.set(folder, (taken.get(folder) ?? 0) + 1);
    return taken.get(folder)! <= PER_LARGE_FOLDER;
  });
}

// The sample is split so both Playwright workers share the walk; every page is a full load.
const SHARDS = 2;

for (let shard = 0; shard < SHARDS; shard += 1) {
  test(`pages of every kind load without errors, 404s or requests to another host (part ${shard + 1} of ${SHARDS})`, async ({ context, page, request }) => {
    const external = await recordExternalRequests(context);
    const all = await sitemapPaths(request);
    expect(all.length).toBeGreaterThan(15);
    // The search page and its index are not in the sitemap but load on every search.
    const paths = [...samplePaths(all), '/search?q=runbook'].filter((_, i) => i % SHARDS === shard);
    // About half a second a page on an idle 2-core machine; allow for a busy one.
    test.setTimeout(60_000 + paths.length * 4_000);
    const problems: string[] = [];
    for (const path of paths) {
      const before = external.length;
      const errors: string[] = [];
      const onError = (error: Error) => errors.push(error.message);
      page.on('pageerror', onError);
      const response = await page.goto(path);
      if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
      // After hydration the page has loaded its route chunks, fonts and eager images.
      await page.locator('html[data-has-hydrated="true"]').waitFor({ timeout: 15_000 });
      if (await page.getByRole('heading', { name: 'Page Not Found' }).count()) problems.push(`${path}: 404 page`);
      page.off('pageerror', onError);
      problems.push(...errors.map((message) => `${path}: ${message}`));
      problems.push(...external.slice(before).map((line) => `${path}: ${line}`));
    }
    expect(problems).toEqual([]);
  });
}

test('the sample keeps every hand-written page and a few of each generated folder', () => {
  const generated = Array.from({ length: 50 }, (_, i) => `/api/pkg/functions/f${i}`);
  expect(samplePaths(['/', '/docs/a', '/docs/b', '/docs/c', '/docs/d', ...generated, '/api/pkg/'])).toEqual([
    '/',
    '/docs/a',
    '/docs/b',
    '/docs/c',
    '/docs/d',
    '/api/pkg/functions/f0',
    '/api/pkg/functions/f1',
    '/api/pkg/functions/f2',
    '/api/pkg/',
  ]);
});

test('the recorder catches a request to another host', async ({ context, page }) => {
  const external = await recordExternalRequests(context);
  await page.goto('/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://fonts.example.com/logo.png';
    document.body.append(img);
  });
  await expect.poll(() => external).toEqual(['image https://fonts.example.com/logo.png']);
});
