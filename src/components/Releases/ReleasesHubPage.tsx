import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import type { ReleasesHubData } from '../../plugins/releases/routes';

/** `/releases`: every release of every changelog, newest first, with badges. */
export default function ReleasesHubPage({ data }: { data: ReleasesHubData }): ReactNode {
  return (
    <Layout title="Releases" description="Every release, newest first: notes, RFCs, TypeScript and HTTP API changes, performance and coverage.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Releases</Heading>
        <p>
          Every release, newest first. Each page holds the notes, the RFCs it shipped, its TypeScript and HTTP API changes and its benchmark and coverage
          deltas against the previous release.{' '}
          {data.changelogs.map((log, i) => (
            <span key={log.id}>
              {i > 0 && ' · '}
              <Link to={log.permalink}>{log.title} changelog</Link>
            </span>
          ))}
        </p>
        {data.entries.length === 0 ? (
          <p>No release yet.</p>
        ) : (
          <ol className="releases-hub" aria-label="Releases, newest first" style={{ listStyle: 'none', paddingLeft: 0 }}>
            {data.entries.map((entry) => (
              <li key={entry.permalink} className="margin-bottom--md">
                <Heading as="h2" className="margin-bottom--xs" style={{ fontSize: '1.25rem' }}>
                  <Link to={entry.permalink}>
                    {entry.changelogTitle} {entry.version}
                  </Link>
                </Heading>
                <div>
                  {entry.date ? <time dateTime={entry.date}>{entry.date}</time> : 'undated'}
                  {entry.prerelease && <span className="badge badge--warning margin-left--sm">pre-release</span>}
                  {entry.yanked && <span className="badge badge--danger margin-left--sm">yanked</span>}
                  {entry.breakingCount > 0 && (
                    <span className="badge badge--danger margin-left--sm">
                      {entry.breakingCount} breaking {entry.breakingCount === 1 ? 'change' : 'changes'}
                    </span>
                  )}
                  {entry.regressionCount > 0 && (
                    <span className="badge badge--warning margin-left--sm">
                      {entry.regressionCount} {entry.regressionCount === 1 ? 'regression' : 'regressions'}
                    </span>
                  )}
                </div>
                <p className="margin-bottom--none">{entry.summary}</p>
              </li>
            ))}
          </ol>
        )}
      </main>
    </Layout>
  );
}
