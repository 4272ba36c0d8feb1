import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import ColumnTable from '../ColumnTable';
import type { ChangelogIndexData } from '../../plugins/changelog/routes';
import ReleaseMeta from './ReleaseMeta';

const STYLE_NAMES = {
  'keep-a-changelog': 'Keep a Changelog',
  conventional: 'conventional-changelog',
  changesets: 'Changesets',
} as const;

/** Every release of one changelog, newest first by semantic version. */
export default function ChangelogIndexPage({ data }: { data: ChangelogIndexData }): ReactNode {
  return (
    <Layout title={`${data.title} changelog`} description={`Every release of ${data.title}, newest first.`}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{data.title} changelog</Heading>
        <p>
          Every release of {data.title}, newest first, from its {STYLE_NAMES[data.style]}-style changelog.{' '}
          {data.feeds ? (
            <>
              Follow new releases with the <Link to={`pathname://${data.feeds.rss}`}>RSS</Link> or{' '}
              <Link to={`pathname://${data.feeds.atom}`}>Atom</Link> feed.
            </>
          ) : (
            <>There is no RSS or Atom feed: none of its releases has a date{data.undated.reason ? ` (${data.undated.reason})` : ''}.</>
          )}
        </p>
        {data.feeds && data.undated.count > 0 && (
          <p data-undated={data.undated.count}>
            {data.undated.count === 1 ? '1 release has' : `${data.undated.count} releases have`} no date and{' '}
            {data.undated.count === 1 ? 'is' : 'are'} not in the feeds{data.undated.reason ? `: ${data.undated.reason}` : ''}.
          </p>
        )}
        {data.others.length > 0 && (
          <p>
            Other changelogs:{' '}
            {data.others.map((other, i) => (
              <span key={other.id}>
                {i > 0 ? ', ' : ''}
                <Link to={other.permalink}>{other.title}</Link>
              </span>
            ))}
          </p>
        )}
        <ColumnTable columns={['Version', 'Date', 'Changes']}>
          {data.releases.map((release) => (
            <tr key={release.permalink} data-version={release.version}>
              <td>
                <Link to={release.permalink}>{release.version}</Link>
              </td>
              <td>
                <ReleaseMeta release={release} />
              </td>
              <td>{release.sections.map((section) => `${section.title} ${section.count}`).join(', ') || '—'}</td>
            </tr>
          ))}
        </ColumnTable>
        {data.notes.map((note) => (
          <section key={note.line} className="margin-top--lg" data-note-line={note.line}>
            <Heading as="h2">{note.title}</Heading>
            {/* Rendered from untrusted Markdown at build time by the sanitizer in src/lib/markdown. */}
            <div className="markdown" dangerouslySetInnerHTML={{ __html: note.html }} />
          </section>
        ))}
      </main>
    </Layout>
  );
}
