import type { Application, ProjectReflection, Reflection } from 'typedoc';
import { MemberRouter } from 'typedoc-plugin-markdown';

/** Route base path of the API reference: pages live under `/api/<package>/`. */
export const API_ROUTE_BASE_PATH = 'api';

/** The published site, for absolute page and source URLs. */
export interface SiteLocation {
  /** Origin, e.g. `https://portico.example.dev`. */
  url: string;
  /** Path under the origin, starting and ending with `/`. */
  baseUrl: string;
  /** Repository URL for source links. */
  repository: string;
  /** Branch source links point at. */
  branch: string;
}

/**
 * Names the Markdown page (and anchor) of each reflection the way
 * typedoc-plugin-markdown's member router does when it renders, e.g.
 * `classes/TaskClient.md#gettask`. The router only computes paths; nothing
 * is written.
 */
export function createPageResolver(app: Application, project: ProjectReflection): (reflection: Reflection) => string | undefined {
  const router = new MemberRouter(app);
  router.buildPages(project);
  return (reflection) => (router.hasUrl(reflection) ? router.getFullUrl(reflection) : undefined);
}

/**
 * Site path of a page of a package's reference, as the docs plugin routes the
 * generated file: `classes/TaskClient.md#gettask` → `/api/task-client/classes/TaskClient#gettask`;
 * an `index.md` is its folder's page.
 */
export function apiPagePath(packageName: string, page: string): string {
  const hashAt = page.indexOf('#');
  const file = hashAt === -1 ? page : page.slice(0, hashAt);
  const anchor = hashAt === -1 ? '' : page.slice(hashAt);
  const route = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return `/${API_ROUTE_BASE_PATH}/${packageName}${route ? `/${route}` : ''}${anchor}`;
}

/** Absolute URL of a page of a package's reference on the published site. */
export function apiPageUrl(site: Pick<SiteLocation, 'url' | 'baseUrl'>, packageName: string, page: string): string {
  return `${site.url.replace(/\/+$/, '')}${site.baseUrl.replace(/\/+$/, '')}${apiPagePath(packageName, page)}`;
}
