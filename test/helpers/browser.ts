import type { APIRequestContext, Page } from '@playwright/test';

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
  const sitemap = await response.text();
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/** A kind of page the portal publishes, recognised by its path. */
export interface PageKind {
  kind: string;
  matches: (path: string) => boolean;
}

/**
 * The first page (in path order) of each kind: one representative per
 * template, chosen from the build itself rather than a hand-kept list.
 * A kind with no page in `paths` is an error naming it.
 */
export function pageOfKind(paths: readonly string[], kind: PageKind): string {
  const found = [...paths].sort().find((path) => kind.matches(path));
  if (!found) throw new Error(`No page of kind "${kind.kind}" in the sitemap (${paths.length} pages)`);
  return found;
}
