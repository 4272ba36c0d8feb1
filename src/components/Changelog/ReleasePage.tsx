import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import type { ReleasePageData } from '../../plugins/changelog/routes';
import ReleaseMeta from './ReleaseMeta';

/** One release: its date, badges, compare link and its notes (sanitized HTML). */
export default function ReleasePage({ data }: { data: ReleasePageData }): ReactNode {
  const { release, changelog } = data;
  const heading = release.version === 'Unreleased' ? `${changelog.title}: unreleased changes` : `${changelog.title} ${release.version}`;
  return (
    <Layout title={heading} description={`Release notes of ${changelog.title} ${release.version}.`}>
      <main className="container margin-vert--lg">
        <nav aria-label="Breadcrumb" className="margin-bottom--sm">
          <Link to={changelog.permalink}>{changelog.title} changelog</Link>
        </nav>
        <article>
          <Heading as="h1">{heading}</Heading>
          <p>
            <ReleaseMeta release={release} />
            {release.compareUrl && (
              <>
                {' · '}
                <a href={release.compareUrl} rel="noopener noreferrer">
                  Compare with the previous release
                </a>
              </>
            )}
          </p>
          {/* Rendered from untrusted Markdown at build time by the sanitizer in src/lib/markdown. */}
          <div className="markdown" dangerouslySetInnerHTML={{ __html: data.html }} />
        </article>
        <nav aria-label="Other releases" className="pagination-nav margin-top--lg">
          {data.newer ? (
            <Link className="pagination-nav__link pagination-nav__link--prev" to={data.newer.permalink}>
              <div className="pagination-nav__sublabel">Newer</div>
              <div className="pagination-nav__label">{data.newer.version}</div>
            </Link>
          ) : (
            <span />
          )}
          {data.older && (
            <Link className="pagination-nav__link pagination-nav__link--next" to={data.older.permalink}>
              <div className="pagination-nav__sublabel">Older</div>
              <div className="pagination-nav__label">{data.older.version}</div>
            </Link>
          )}
        </nav>
      </main>
    </Layout>
  );
}
