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

/**
 * Sections whose pages are generated from one template each (API symbols, HTTP
 * API operations and schemas, changelog releases): a folder of them loads the
 * same chunks on every page, so its first pages stand for the rest.
 */
const GENERATED_SECTIONS = /^\/(api|http-api|changelog)\//;
/** Pages walked from each folder of a generated section. */
const PER_GENERATED_FOLDER = 2;

/**
 * Every hand-written page, and the first pages of each folder of generated
 * ones: what generated content embeds is in its HTML, which `portal check
 * links` reads for every page (an image, script or stylesheet from another
 * host fails it).
 */
export function samplePaths(paths: readonly string[]): string[] {
  const folderOf = (path: string) => path.replace(/[^/]*\/?$/, '');
  const taken = new Map<string, number>();
  return paths.filter((path) => {
    if (!GENERATED_SECTIONS.test(path)) return true;
    const folder = folderOf(path);
    taken.set(folder, (taken.get(folder) ?? 0) + 1);
    return taken.get(folder)! <= PER_GENERATED_FOLDER;
  });
}

// The sample is split so both Playwright workers share the walk; every page is a full load.
const SHARDS = 2;

for (let shard = 0; shard < SHARDS; shard += 1) {
  test(`pages of every kind load without errors, 404s or requests to another host (part ${shard + 1} of ${SHARDS})`, async ({ context, page, request }) => {
    const external = await recordExternalRequests(context);
    const all = await sitemapPaths(request);
    expect(all.length).toBeGreaterThan(15);
    // The search's own downloads (Pagefind under /pagefind/) are checked by search.spec.ts.
    const paths = samplePaths(all).filter((_, i) => i % SHARDS === shard);
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

test('the sample keeps every hand-written page and the first two of each generated folder', () => {
  const generated = Array.from({ length: 50 }, (_, i) => `/api/pkg/functions/f${i}`);
  const docs = Array.from({ length: 30 }, (_, i) => `/docs/d${i}`);
  expect(samplePaths(['/', ...docs, ...generated, '/api/pkg/', '/api/other/', '/changelog/', '/changelog/1.0.0', '/changelog/0.9.0', '/changelog/0.8.0'])).toEqual([
    '/',
    ...docs,
    '/api/pkg/functions/f0',
    '/api/pkg/functions/f1',
    '/api/pkg/',
    '/api/other/',
    '/changelog/',
    '/changelog/1.0.0',
    '/changelog/0.9.0',
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
