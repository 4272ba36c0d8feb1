/**
 * Each kind of page the portal publishes, recognised by its path under the
 * site's base URL. One list for every check that takes one page per template
 * (the browser specs' accessibility and layout checks) and for the script
 * budgets, so a renamed page does not leave its template unchecked.
 */

/** A kind of page the portal publishes, recognised by its path. */
export interface PageKind {
  /** Its name in test titles and messages (`API class page`). */
  kind: string;
  /** True for a path (under the base URL, starting with `/`) of this kind. */
  matches: (path: string) => boolean;
}

/** One kind per page template, in the order the browser specs check them. */
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
