import { expect, test, type BrowserContext } from '@playwright/test';
import { sitemapPaths } from '../helpers/browser.js';

/** Hosts the site may load from: the test server only. */
const LOCAL_HOSTS = new Set(['127.0.0.1']);

/**
 * Records every request of a browser context to a host that is not local.
 * Nothing reaches the network: playwright.config.ts makes Chromium resolve no
 * host but 127.0.0.1, so such a request fails at once and shows up here as a
 * finding instead of a slow timeout. Listening costs nothing, where routing
 * every request through Playwright (`context.route`) doubled each page's load.
 */
function recordExternalRequests(context: BrowserContext): string[] {
  const external: string[] = [];
  const record = (url: string, kind: string) => {
    const { hostname } = new URL(url);
    if (!LOCAL_HOSTS.has(hostname)) external.push(`${kind} ${url}`);
  };
  context.on('request', (request) => record(request.url(), request.resourceType()));
  context.on('page', (page) => page.on('websocket', (socket) => record(socket.url(), 'websocket')));
  return external;
}

/**
 * Sections whose pages are generated from one template each (API symbols, HTTP
 * API operations and schemas, changelog and release pages): a folder of them
 * loads the same chunks on every page, so its first pages stand for the rest.
 */
const GENERATED_SECTIONS = /^\/(api|http-api|changelog|releases)\//;
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
    const external = recordExternalRequests(context);
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
  expect(samplePaths(['/', ...docs, ...generated, '/api/pkg/', '/api/other/', '/changelog/', '/changelog/1.0.0', '/changelog/0.9.0', '/changelog/0.8.0', '/releases', '/releases/svc/2.0.0', '/releases/svc/1.0.0', '/releases/svc/0.9.0'])).toEqual([
    '/',
    ...docs,
    '/api/pkg/functions/f0',
    '/api/pkg/functions/f1',
    '/api/pkg/',
    '/api/other/',
    '/changelog/',
    '/changelog/1.0.0',
    '/changelog/0.9.0',
    '/releases',
    '/releases/svc/2.0.0',
    '/releases/svc/1.0.0',
  ]);
});

test('the recorder catches a request to another host', async ({ context, page }) => {
  const external = recordExternalRequests(context);
  await page.goto('/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://fonts.example.com/logo.png';
    document.body.append(img);
  });
  await expect.poll(() => external).toEqual(['image https://fonts.example.com/logo.png']);
});
