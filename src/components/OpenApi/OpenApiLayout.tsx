import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { OpenApiSidebar } from '../../lib/openapi/pages';
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
 * The frame of every page of a spec: the spec's navigation beside the page,
 * like a docs sidebar. The navigation is outside `<main>`, so the search
 * index holds each page's own content only.
 */
export default function OpenApiLayout({ title, description, sidebar, current, openTag, children }: OpenApiLayoutProps): ReactNode {
  return (
    <Layout title={title} description={description}>
      <div className={clsx('container', styles.layout)}>
        <div className="row">
          <aside className="col col--3">
            <SpecNavigation sidebar={sidebar} current={current} openTag={openTag} />
          </aside>
          <main className={clsx('col col--9', styles.content)} data-openapi-spec={sidebar.spec.id}>
            {children}
          </main>
        </div>
      </div>
    </Layout>
  );
}

function SpecNavigation({ sidebar, current, openTag }: { sidebar: OpenApiSidebar; current: string; openTag?: string }): ReactNode {
  const linkClass = (permalink: string) => clsx('menu__link', permalink === current && 'menu__link--active');
  const ariaCurrent = (permalink: string) => (permalink === current ? 'page' : undefined);
  return (
    <nav className={clsx('menu', styles.sidebar)} aria-label={`${sidebar.spec.title} navigation`}>
      <div className={styles.sidebarTitle}>
        {sidebar.spec.title} <small>{sidebar.spec.version}</small>
      </div>
      <ul className="menu__list">
        <li className="menu__list-item">
          <Link className={linkClass(sidebar.spec.permalink)} to={sidebar.spec.permalink} aria-current={ariaCurrent(sidebar.spec.permalink)}>
            Overview
          </Link>
        </li>
        {sidebar.tags.map((tag) => (
          <li key={tag.permalink} className="menu__list-item">
            <Link className={linkClass(tag.permalink)} to={tag.permalink} aria-current={ariaCurrent(tag.permalink)}>
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
            <Link className={linkClass(sidebar.schemasPermalink)} to={sidebar.schemasPermalink} aria-current={ariaCurrent(sidebar.schemasPermalink)}>
              Schemas ({sidebar.schemaCount})
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
