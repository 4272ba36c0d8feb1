// Stands in for react-router-config 5.1.1 (`matchRoutes`, `renderRoutes`) in the client and
// server bundles (see ./index.ts): same results, found through an index of the route list by
// path instead of testing every route's pattern in turn. Docusaurus core is its only importer:
// preload.js (before every static render and client navigation), normalizeLocation.js,
// docusaurus.js (link prefetching) and exports/renderRoutes.js (`@docusaurus/renderRoutes`:
// the app's top-level <Switch> and the docs plugin's nested ones).
import React from 'react';
import { Route, Router, __RouterContext as RouterContext, matchPath } from 'react-router';
import { createPathLookup } from '../../lib/routes/exact-lookup.ts';

const findRoute = createPathLookup();

/**
 * The branch of nested routes `pathname` renders, as react-router-config's: at each level the
 * first route whose path matches (a route without a path takes its parent's match, or the root
 * match at the top), then its child routes.
 *
 * @param {readonly object[]} routes
 * @param {string} pathname
 * @param {{ route: object, match: object }[]} [branch] not public API, as in the original
 */
export function matchRoutes(routes, pathname, branch = []) {
  const found = findRoute(routes, pathname, (route) =>
    route.path ? matchPath(pathname, route) : branch.length ? branch[branch.length - 1].match : Router.computeRootMatch(pathname),
  );
  if (found) {
    branch.push({ route: found.entry, match: found.match });
    if (found.entry.routes) matchRoutes(found.entry.routes, pathname, branch);
  }
  return branch;
}

/** The <Route> react-router-config's renderRoutes creates for `route` (the `i`-th of its list). */
function routeElement(route, i, extraProps, extra) {
  return React.createElement(Route, {
    key: route.key || i,
    path: route.path,
    exact: route.exact,
    strict: route.strict,
    render: (props) =>
      route.render ? route.render({ ...props, ...extraProps, route }) : React.createElement(route.component, { ...props, ...extraProps, route }),
    ...extra,
  });
}

/**
 * react-router's <Switch> over a route list: renders the first route that matches the location,
 * as that route's <Route> with the computed match. Switch tests each child <Route>'s props
 * (path, exact, strict; never `sensitive`) with matchPath and gives a child without a path the
 * router's current match; this does the same, for the candidates the index gives only.
 */
class ExactSwitch extends React.Component {
  render() {
    return React.createElement(RouterContext.Consumer, null, (context) => {
      if (!context) throw new Error('Invariant failed: You should not use <Switch> outside a <Router>');
      const location = this.props.location || context.location;
      const { routes, extraProps } = this.props;
      const found = findRoute(routes, location.pathname, (route) =>
        route.path ? matchPath(location.pathname, { path: route.path, exact: route.exact, strict: route.strict }) : context.match,
      );
      if (!found) return null;
      return routeElement(found.entry, found.index, extraProps, { location, computedMatch: found.match });
    });
  }
}

/**
 * react-router-config's renderRoutes: a <Switch> of one <Route> per route. The routes' elements
 * are made for the matching route only (the Switch renders only that one, under the same key).
 *
 * @param {readonly object[] | undefined} routes
 * @param {object} [extraProps]
 * @param {object} [switchProps]
 */
export function renderRoutes(routes, extraProps = {}, switchProps = {}) {
  return routes ? React.createElement(ExactSwitch, { ...switchProps, routes, extraProps }) : null;
}
