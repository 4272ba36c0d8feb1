import type { APIRequestContext, Page } from '@playwright/test';
import { sitemapPagePaths } from '../../src/lib/built-site/index.js';

/**
 * Collects every uncaught error and console error of the page from now on;
 * a test ends with `expect(errors).toEqual([])`.
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** The path of every page the served build's sitemap lists, in the sitemap's order. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  if (!response.ok()) throw new Error(`/sitemap.xml: HTTP ${response.status()}; the build has no sitemap`);
  return sitemapPagePaths(await response.text());
}

// One list of page kinds for the browser specs and `portal check scripts` (src/lib/built-site).
export { PAGE_KINDS, pageOfKind, type PageKind } from '../../src/lib/built-site/index.js';
