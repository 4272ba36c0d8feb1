/**
 * A built site, read from disk: its pages (from the sitemap), each page's
 * kind, and the JavaScript each page loads. Used by `portal check scripts`,
 * the benchmark and the browser specs.
 */
export { PAGE_KINDS, pageOfKind, type PageKind } from './page-kinds.js';
export { htmlFileOfPage, readBuildSitemap, sitemapPagePaths } from './sitemap.js';
export { pageScriptUrls, ScriptSizes, type PageJavaScript, type PageScript } from './page-scripts.js';
export { parseGeneratedRoutes, planRouteScripts, readRouteScripts, ROUTE_SCRIPTS_FILE, type ClientManifest, type GeneratedRoute, type RouteScripts } from './route-scripts.js';
