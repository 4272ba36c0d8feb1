import { usePluginData } from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useLocation } from '@docusaurus/router';
import { createContext, useContext, type ReactNode } from 'react';
import { searchSectionOf, type SearchSection } from '../../lib/search/sections';
import type { SearchGlobalData } from '../../plugins/search/index';
import styles from './scope.module.css';

/**
 * False inside the "page not found" page: it is served for every unknown URL,
 * so what it renders must not depend on the URL (the browser hydrates the
 * same 404.html at /docs/typo and at /nowhere).
 */
const IndexableContext = createContext(true);

/** Marks everything inside as a page that is not indexed (the 404 page). */
export function NotIndexed({ children }: { children: ReactNode }): ReactNode {
  return <IndexableContext.Provider value={false}>{children}</IndexableContext.Provider>;
}

/** The configured sections, for the search box's section filter. */
export function useSearchSections(): SearchSection[] {
  return (usePluginData('portico-search') as SearchGlobalData).sections;
}

/**
 * Marks a page's content for Pagefind: `data-pagefind-body` (only marked
 * elements are indexed, so the navbar and footer outside are not), plus the
 * page's section as a filter and a meta field that results show. Pages
 * outside every section, listing pages and the 404 page are left unmarked,
 * and Pagefind leaves them out. The element takes no box
 * (`display: contents`): the layout is the same with and without it.
 */
export function SearchBody({ children }: { children: ReactNode }): ReactNode {
  const indexable = useContext(IndexableContext);
  const { pathname } = useLocation();
  const { siteConfig } = useDocusaurusContext();
  const sections = useSearchSections();
  const section = indexable ? searchSectionOf(pathname, siteConfig.baseUrl, sections) : undefined;
  if (!section) return children;
  return (
    <div className={styles.body} data-pagefind-body="" data-pagefind-filter={`section:${section.label}`} data-pagefind-meta={`section:${section.label}`}>
      {children}
    </div>
  );
}
