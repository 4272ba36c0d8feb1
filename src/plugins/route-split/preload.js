// Stands in for @docusaurus/core/lib/client/preload.js (3.10.2) in the client bundle only (see ./index.ts):
// the same contract (resolves once every route component of the pathname is loaded), after first loading
// the route-table section of the pathname when it is not in the table yet. Its callers: clientEntry (before
// hydrateRoot, so the first render has the page's routes and matches the server's HTML), PendingNavigation
// (before a client navigation renders) and window.docusaurus.preload (a link hovered or touched).
import routes from '@generated/routes';
import { matchRoutes } from 'react-router-config';
import { ensureRoutes } from './route-table.js';

/** @param {string} pathname the route pathname, example: /docs/installation */
export default function preload(pathname) {
  const pathnames = Array.from(new Set([pathname, decodeURI(pathname)]));
  return ensureRoutes(pathnames).then(() =>
    Promise.all(
      pathnames
        .map((p) => matchRoutes(routes, p))
        .flat()
        .map((match) => match.route.component.preload?.()),
    ),
  );
}
