import type { PageKind } from './browser.js';

/**
 * Each kind of page the portal publishes, by its path; a browser spec checks
 * the first page of each kind in the build's own sitemap (pageOfKind), so a
 * renamed page does not leave its template unchecked, and a kind that
 * vanishes from the build fails its test by name. Read by page-kinds.spec.ts
 * (layout, screenshots and axe on one load per kind) and other specs.
 */
export const PAGE_KINDS: PageKind[] = [
  { kind: 'home', matches: (path) => path === '/' },
  { kind: 'doc', matches: (path) => /^\/docs\/(?!category\/)[^/]+\/?$/.test(path) },
  { kind: 'tutorial', matches: (path) => /^\/tutorials\/[^/]+\/?$/.test(path) },
  { kind: 'blog post', matches: (path) => /^\/blog\/(?!(tags|page|archive|authors)(\/|$))[^/]+(\/[^/]+)*\/?$/.test(path) },
  { kind: 'RFC index', matches: (path) => /^\/rfcs\/?$/.test(path) },
  { kind: 'RFC', matches: (path) => /^\/rfcs\/[^/]+\/?$/.test(path) },
  { kind: 'runbook index', matches: (path) => /^\/runbooks\/?$/.test(path) },
  { kind: 'runbook', matches: (path) => /^\/runbooks\/[^/]+\/?$/.test(path) },
  { kind: 'changelog index', matches: (path) => /^\/changelog\/?$/.test(path) },
  { kind: 'changelog release', matches: (path) => /^\/changelog\/v?\d[^/]*\/?$/.test(path) },
  { kind: 'API class page', matches: (path) => /^\/api\/[^/]+\/classes\/[^/]+\/?$/.test(path) },
  { kind: 'API doc coverage', matches: (path) => /^\/api\/coverage\/?$/.test(path) },
  { kind: 'HTTP API index', matches: (path) => /^\/http-api\/?$/.test(path) },
  { kind: 'HTTP API operation', matches: (path) => /^\/http-api\/[^/]+\/(?!schemas\/)[^/]+\/[^/]+\/?$/.test(path) },
  { kind: 'dashboards overview', matches: (path) => /^\/dashboards\/?$/.test(path) },
  { kind: 'benchmarks dashboard', matches: (path) => /^\/dashboards\/benchmarks\/?$/.test(path) },
  { kind: 'coverage dashboard', matches: (path) => /^\/dashboards\/coverage\/?$/.test(path) },
];
