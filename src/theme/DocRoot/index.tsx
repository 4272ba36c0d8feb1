import { HtmlClassNameProvider, ThemeClassNames } from '@docusaurus/theme-common';
import { DocsSidebarProvider, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import renderRoutes from '@docusaurus/renderRoutes';
import { useLocation } from '@docusaurus/router';
import type { Props } from '@theme/DocRoot';
import DocRootLayout from '@theme/DocRoot/Layout';
import NotFoundContent from '@theme/NotFound/Content';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { RouteConfig } from 'react-router-config';
import { findDocRoute } from '../../plugins/exact-routes/doc-routes';

/** A doc route: the docs plugin adds the doc's sidebar to its route config. */
type DocRoute = RouteConfig & { sidebar?: string };

/**
 * @docusaurus/theme-classic 3.10.2's DocRoot with its useDocRootMetadata
 * (@docusaurus/plugin-content-docs 3.10.2) inlined, except that the current
 * doc route is found by path (findDocRoute) instead of testing every doc route
 * of the sidebar root with matchPath on every doc page. The exact-routes
 * plugin (src/plugins/exact-routes) checks at startup that both originals are
 * still the ones this copies.
 */
export default function DocRoot(props: Props): ReactNode {
  const location = useLocation();
  const versionMetadata = useDocsVersion();
  // The docs plugin's root route always has its doc routes.
  const docRoutes = props.route.routes as DocRoute[];
  const currentDocRoute = findDocRoute(docRoutes, location.pathname);
  if (!currentDocRoute) {
    // We only render the not found content to avoid a double layout
    // see https://github.com/facebook/docusaurus/pull/7966#pullrequestreview-1077276692
    return <NotFoundContent />;
  }
  // For now, the sidebarName is added as route config: not ideal!
  const sidebarName = currentDocRoute.sidebar;
  const sidebarItems = sidebarName ? versionMetadata.docsSidebars[sidebarName] : undefined;
  const docElement = renderRoutes(docRoutes);
  return (
    <HtmlClassNameProvider className={clsx(ThemeClassNames.page.docsDocPage)}>
      <DocsSidebarProvider name={sidebarName} items={sidebarItems}>
        <DocRootLayout>{docElement}</DocRootLayout>
      </DocsSidebarProvider>
    </HtmlClassNameProvider>
  );
}
