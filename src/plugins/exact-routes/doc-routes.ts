// The doc route of a docs root, for src/theme/DocRoot (see ./index.ts): what
// @docusaurus/plugin-content-docs 3.10.2's useDocRootMetadata found with
// `docRoutes.find((docRoute) => matchPath(location.pathname, docRoute))`, a scan of every doc
// of the sidebar root on every doc page, found through an index of the list by path instead
// (its candidates tested with the same matchPath, in the same order).
// matchPath is react-router's: '@docusaurus/router' re-exports react-router-dom's, which is it.
import { matchPath } from 'react-router';
import type { RouteConfig } from 'react-router-config';
import { createPathLookup } from '../../lib/routes/exact-lookup';

const findRoute = createPathLookup<RouteConfig>();

/** The first of `docRoutes` (a docs root route's child routes) that matches `pathname`, as `docRoutes.find(matchPath)`. */
export function findDocRoute<R extends RouteConfig>(docRoutes: readonly R[], pathname: string): R | undefined {
  return findRoute(docRoutes, pathname, (docRoute) => matchPath(pathname, docRoute))?.entry as R | undefined;
}
