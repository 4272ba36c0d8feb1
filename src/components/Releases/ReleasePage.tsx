import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import { BenchTable, CoverageTable } from './DeltaTables';
import { HttpDiff } from './HttpApiChanges';
import { DiffSection } from './SectionParts';
import { TsDiff } from './TypeScriptApiChanges';
import type { ReleasePageData } from '../../plugins/releases/routes';

/** `/releases/<changelog>/<version>`: notes, RFCs, TypeScript and HTTP API diffs and deltas of one release; sections that could not be computed say why. */
export default function ReleasePage({ data }: { data: ReleasePageData }): ReactNode {
  const { report } = data;
  const { entry } = report;
  const heading = `${report.changelog.title} ${entry.version}`;
  const from = 'from' in report.compared ? report.compared.from : 'before';
  const to = 'to' in report.compared ? report.compared.to : 'after';
  return (
    <Layout title={heading} description={`${heading}: ${entry.summary}`}>
      <main className="container margin-vert--lg">
        <nav aria-label="Breadcrumb" className="margin-bottom--sm">
          <Link to={data.hub}>Releases</Link>
        </nav>
        <article>
          <Heading as="h1">{heading}</Heading>
          <p>
            {entry.date ? <time dateTime={entry.date}>{entry.date}</time> : 'undated'}
            {entry.tag ? (
              <>
                {' · tag '}
                <code>{entry.tag.name}</code>
              </>
            ) : null}
            {data.previous && (
              <>
                {' · compared with '}
                <Link to={data.previous.permalink}>{data.previous.version}</Link>
              </>
            )}
            {' · '}
            <Link to={data.changelogPage}>in the changelog</Link>
            {entry.prerelease && <span className="badge badge--warning margin-left--sm">pre-release</span>}
            {entry.yanked && <span className="badge badge--danger margin-left--sm">yanked</span>}
            {report.breakingCount > 0 && (
              <span className="badge badge--danger margin-left--sm">
                {report.breakingCount} breaking {report.breakingCount === 1 ? 'change' : 'changes'}
              </span>
            )}
            {report.regressionCount > 0 && (
              <span className="badge badge--warning margin-left--sm">
                {report.regressionCount} {report.regressionCount === 1 ? 'regression' : 'regressions'}
              </span>
            )}
          </p>

          <section aria-labelledby="release-notes">
            <Heading as="h2" id="release-notes">
              Release notes
            </Heading>
            {/* Rendered from untrusted Markdown at build time by the sanitizer in src/lib/markdown. */}
            <div className="markdown" dangerouslySetInnerHTML={{ __html: data.notesHtml }} />
          </section>

          <section aria-labelledby="rfcs-shipped">
            <Heading as="h2" id="rfcs-shipped">
              RFCs shipped
            </Heading>
            {report.rfcs.length === 0 ? (
              <p>No RFC names this release in its <code>release</code> front matter.</p>
            ) : (
              <ul>
                {report.rfcs.map((rfc) => (
                  <li key={rfc.number}>
                    <Link to={rfc.permalink}>
                      RFC {rfc.number}: {rfc.title}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <DiffSection
            id="typescript-api"
            title="TypeScript API changes"
            section={report.typescriptApi}
            part={(pkg) => ({ key: pkg.packageName, heading: pkg.title, diff: pkg.diff })}
            render={(diff) => <TsDiff diff={diff} />}
          />

          <DiffSection
            id="http-api"
            title="HTTP API changes"
            section={report.httpApi}
            part={(spec) => ({
              key: spec.specId,
              heading: (
                <>
                  {spec.specId} <code>{spec.file}</code>
                </>
              ),
              diff: spec.diff,
            })}
            render={(diff) => <HttpDiff diff={diff} />}
          />

          <section aria-labelledby="deltas">
            <Heading as="h2" id="deltas">
              Performance and coverage
            </Heading>
            <BenchTable title="Benchmarks" section={report.deltas.benchmarks} from={from} to={to} />
            <CoverageTable section={report.deltas.coverage} from={from} to={to} />
            <BenchTable title="Doc coverage" section={report.deltas.docCoverage} from={from} to={to} />
          </section>
        </article>
      </main>
    </Layout>
  );
}
