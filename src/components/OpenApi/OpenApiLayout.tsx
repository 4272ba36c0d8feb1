import Link from '@docusaurus/Link';
import { NavbarSecondaryMenuFiller, useWindowSize } from '@docusaurus/theme-common';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import Layout from '@theme/Layout';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { OpenApiSidebar } from '../../lib/openapi/page-data';
import MethodBadge from './MethodBadge';
import styles from './styles.module.css';

interface OpenApiLayoutProps {
  /** Browser-tab title. */
  title: string;
  /** Meta description (plain text). */
  description: string;
  /** The spec's navigation. */
  sidebar: OpenApiSidebar;
  /** Permalink of the current page, to mark it in the navigation. */
  current: string;
  /** Permalink of the tag whose operations are listed open in the navigation. */
  openTag?: string;
  children: ReactNode;
}

/**
 * The frame of every page of a spec, laid out like a docs page: the spec's
 * navigation beside the page on a desktop, and in the navbar's drawer on a
 * phone, so the page's own content comes first. Before hydration the
 * navigation is in the page on every screen, and below the content on a small
 * one (CSS). The navigation is outside `<main>`, so the search index holds
 * each page's own content only.
 */
export default function OpenApiLayout({ title, description, sidebar, current, openTag, children }: OpenApiLayoutProps): ReactNode {
  const windowSize = useWindowSize();
  const navigation = { sidebar, current, openTag };
  return (
    <Layout title={title} description={description}>
      {windowSize === 'mobile' && <NavbarSecondaryMenuFiller component={MobileSpecNavigation} props={navigation} />}
      <div className={clsx('container', styles.layout)}>
        <div className="row">
          {windowSize !== 'mobile' && (
            <aside className={clsx('col col--3', styles.sidebarColumn)}>
              <SpecNavigation {...navigation} />
            </aside>
          )}
          <main className={clsx('col col--9', styles.content)} data-openapi-spec={sidebar.spec.id}>
            {children}
          </main>
        </div>
      </div>
    </Layout>
  );
}

interface SpecNavigationProps {
  sidebar: OpenApiSidebar;
  current: string;
  openTag?: string;
}

/** The spec's navigation in the navbar's drawer on a phone; following a link closes the drawer. */
function MobileSpecNavigation(props: SpecNavigationProps): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return <SpecNavigation {...props} onNavigate={() => mobileSidebar.toggle()} />;
}

function SpecNavigation({ sidebar, current, openTag, onNavigate }: SpecNavigationProps & { onNavigate?: () => void }): ReactNode {
  const linkClass = (permalink: string) => clsx('menu__link', permalink === current && 'menu__link--active');
  const ariaCurrent = (permalink: string) => (permalink === current ? 'page' : undefined);
  return (
    <nav className={clsx('menu', styles.sidebar)} aria-label={`${sidebar.spec.title} navigation`}>
      <div className={styles.sidebarTitle}>
        {sidebar.spec.title} <small>{sidebar.spec.version}</small>
      </div>
      <ul className="menu__list">
        <li className="menu__list-item">
          <Link className={linkClass(sidebar.spec.permalink)} to={sidebar.spec.permalink} aria-current={ariaCurrent(sidebar.spec.permalink)} onClick={onNavigate}>
            Overview
          </Link>
        </li>
        {sidebar.tags.map((tag) => (
          <li key={tag.permalink} className="menu__list-item">
            <Link className={linkClass(tag.permalink)} to={tag.permalink} aria-current={ariaCurrent(tag.permalink)} onClick={onNavigate}>
              {tag.name}
            </Link>
            {/* Only the current tag lists its operations: pages stay small on specs with hundreds of them. */}
            {tag.permalink === openTag && (
              <ul className="menu__list">
                {tag.operations.map((operation) => (
                  <li key={operation.permalink} className="menu__list-item">
                    <Link
                      className={clsx(linkClass(operation.permalink), styles.sidebarOperation)}
                      to={operation.permalink}
                      aria-current={ariaCurrent(operation.permalink)}
                      onClick={onNavigate}
                    >
                      <MethodBadge method={operation.method} />
                      <span className={clsx(operation.deprecated && styles.deprecated)}>{operation.summary ?? operation.path}</span>
                      {operation.deprecated && <span className={styles.visuallyHidden}> (deprecated)</span>}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
        {sidebar.schemasPermalink && (
          <li className="menu__list-item">
            <Link className={linkClass(sidebar.schemasPermalink)} to={sidebar.schemasPermalink} aria-current={ariaCurrent(sidebar.schemasPermalink)} onClick={onNavigate}>
              Schemas ({sidebar.schemaCount})
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
