import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PortalError } from '../errors.js';

/**
 * The path of every page a sitemap lists, in its order: each `<loc>`'s URL
 * path with the site's base URL taken off, so `/docs/x` whatever the base
 * URL (`https://example.com/portal/docs/x` with base URL `/portal/`).
 * A `<loc>` outside the base URL is left out.
 */
export function sitemapPagePaths(xml: string, baseUrl = '/'): string[] {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const paths: string[] = [];
  for (const match of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
    const pathname = decodeURI(new URL(match[1]!.replaceAll('&amp;', '&')).pathname);
    if (`${pathname}/`.startsWith(base)) paths.push(`/${pathname.slice(base.length)}`.replace(/^\/\/+/, '/'));
  }
  return paths;
}

/**
 * The page paths of a built site's `sitemap.xml` (see {@link sitemapPagePaths}).
 * Exit 2 when the build or its sitemap is missing: there is nothing to judge.
 */
export function readBuildSitemap(buildDir: string, baseUrl = '/'): string[] {
  if (!existsSync(buildDir)) {
    throw new PortalError(`No built site at ${buildDir}`, 2, [`${buildDir}: no such directory; run "portal build" first or pass the build directory`]);
  }
  const file = path.join(buildDir, 'sitemap.xml');
  if (!existsSync(file)) {
    throw new PortalError(`No sitemap in the built site ${buildDir}`, 2, [`${file}: no such file; the page list comes from the sitemap Docusaurus writes (preset option "sitemap")`]);
  }
  return sitemapPagePaths(readFileSync(file, 'utf8'), baseUrl);
}

/**
 * The HTML file of a page path in a build: `x.html` (Portico's `trailingSlash: false`)
 * or `x/index.html` (Docusaurus' default); `undefined` when neither exists.
 */
export function htmlFileOfPage(buildDir: string, pagePath: string): string | undefined {
  const route = pagePath.replace(/^\/+|\/+$/g, '');
  const candidates = route === '' ? ['index.html'] : [`${route}.html`, `${route}/index.html`];
  return candidates.map((file) => path.join(buildDir, file)).find((file) => existsSync(file));
}
