import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../../src/lib/browser/chromium.js';

/** What one query downloaded from the search index. */
export interface QueryBytes {
  query: string;
  /** Bytes received under /pagefind/ (body as sent plus headers), from the first keystroke to the shown results. */
  bytes: number;
  /** How many files under /pagefind/ it fetched. */
  files: number;
  /** Results shown. */
  results: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/**
 * Serves a built site as a static host would, for a site built with
 * `trailingSlash: false` (Portico's): `/docs/a` is `docs/a.html`, `/` is
 * `index.html`. Pagefind's files are sent as they are on disk (already gzip,
 * decompressed by Pagefind itself), as `docusaurus serve` sends them.
 */
function serveStatic(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}.html`, `${pathname}/index.html`];
    const file = candidates.map((c) => path.join(dir, path.normalize(c))).find((f) => f.startsWith(dir) && existsSync(f) && statSync(f).isFile());
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Opens `pagePath` of the built site in Chromium, runs each query in a fresh
 * browser context (nothing cached from the one before, as for a first search)
 * through the navbar search (Ctrl+K, type, wait for the results) and sums what
 * was received under /pagefind/ (the same measure as test/browser/search.spec.ts).
 */
export async function measureSearchBytes(buildDir: string, pagePath: string, queries: readonly string[]): Promise<QueryBytes[]> {
  const server = await serveStatic(path.resolve(buildDir));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  try {
    const measured: QueryBytes[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        if (!new URL(request.url()).pathname.includes('/pagefind/')) return;
        sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
      });
      await page.goto(`http://127.0.0.1:${port}${pagePath}`);
      await page.locator('html[data-has-hydrated="true"]').waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      if (sizes.length > 0) throw new Error(`${pagePath} fetched the search index before any search`);
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: /search/i });
      await dialog.getByRole('combobox', { name: /search/i }).fill(query);
      const results = dialog.getByRole('listbox').getByRole('option');
      await results.first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const bytes = await Promise.all(sizes);
      measured.push({ query, bytes: bytes.reduce((sum, b) => sum + b, 0), files: bytes.length, results: await results.count() });
      await context.close();
    }
    return measured;
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
