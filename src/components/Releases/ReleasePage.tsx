import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import type { BenchDelta, CoverageDelta, HttpApiDiff, HttpOperationRef, ReleaseSection, TsApiDiff } from '../../lib/releases/index';
import type { ReleasePageData } from '../../plugins/releases/routes';

/** Why a section has no content. */
function NotComputed({ reason }: { reason: string }): ReactNode {
  return <p className="release-section__unavailable">Not computed: {reason}.</p>;
}

function Notes({ notes }: { notes: string[] }): ReactNode {
  return notes.length === 0 ? null : (
    <ul>
      {notes.map((note) => (
        <li key={note}>
          <em>{note}</em>
        </li>
      ))}
    </ul>
  );
}

function Operation({ op }: { op: HttpOperationRef }): ReactNode {
  return (
    <>
      <code>
        {op.method} {op.path}
      </code>
      {op.operationId && (
        <>
          {' '}
          (<code>{op.operationId}</code>)
        </>
      )}
    </>
  );
}

function HttpDiff({ diff }: { diff: HttpApiDiff }): ReactNode {
  const empty = diff.added.length + diff.removed.length + diff.changed.length + diff.other.length === 0;
  return (
    <>
      {diff.breaking.length > 0 && (
        <div className="alert alert--danger margin-bottom--md" role="note">
          <strong>
            {diff.breaking.length} breaking {diff.breaking.length === 1 ? 'change' : 'changes'}
          </strong>
          <ul className="margin-bottom--none">
            {diff.breaking.map((item, i) => (
              <li key={i}>
                <code>{item.where}</code>: {item.change.description} <span className="badge badge--secondary">{item.change.breakingKind}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {empty && <p>No changes.</p>}
      <ChangeList title="Added" items={diff.added} render={(op) => <Operation op={op} />} />
      <ChangeList
        title="Removed"
        items={diff.removed}
        render={(op) => (
          <>
            <Operation op={op} /> <span className="badge badge--danger">breaking</span>
          </>
        )}
      />
      <ChangeList
        title="Changed"
        items={diff.changed}
        render={(op) => (
          <>
            <Operation op={op} />
            <ul>
              {op.changes.map((change, i) => (
                <li key={i}>
                  {change.description}
                  {change.class === 'breaking' && <span className="badge badge--danger margin-left--sm">breaking</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      />
      {diff.other.length > 0 && (
        <>
          <Heading as="h4">Other changes</Heading>
          <ul>
            {diff.other.map((change, i) => (
              <li key={i}>{change.description}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** Long signatures wrap instead of scrolling sideways (a scrolling region would need to be focusable). */
const SIGNATURE_STYLE = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** An export's or member's name, linked to its API reference page when the site has one. */
function ApiName({ item }: { item: { name: string; page?: string } }): ReactNode {
  return item.page ? (
    <Link to={item.page}>
      <code>{item.name}</code>
    </Link>
  ) : (
    <code>{item.name}</code>
  );
}

function BreakingBadge({ breaking }: { breaking: boolean }): ReactNode {
  return breaking ? <span className="badge badge--danger margin-left--sm">breaking</span> : null;
}

/** The TypeScript API diff of one package: breaking changes first, then added, removed and changed exports with their signatures. */
function TsDiff({ diff }: { diff: TsApiDiff }): ReactNode {
  const empty = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <>
      {diff.breaking.length > 0 && (
        <div className="alert alert--danger margin-bottom--md" role="note">
          <strong>
            {diff.breaking.length} breaking {diff.breaking.length === 1 ? 'change' : 'changes'}
          </strong>
          <ul className="margin-bottom--none">
            {diff.breaking.map((item, i) => (
              <li key={i}>
                <code>{item.where}</code>: {item.description}
              </li>
            ))}
          </ul>
        </div>
      )}
      {empty && <p>No changes.</p>}
      {(['added', 'removed'] as const).map((kind) =>
        diff[kind].length === 0 ? null : (
          <div key={kind}>
            <Heading as="h4">{kind === 'added' ? 'Added' : 'Removed'}</Heading>
            <ul>
              {diff[kind].map((item) => (
                <li key={item.name}>
                  <ApiName item={item} /> ({item.kind})
                  <BreakingBadge breaking={item.breaking} />
                  <pre className="margin-vert--xs" style={SIGNATURE_STYLE}>
                    <code>{item.signature}</code>
                  </pre>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
      {diff.changed.length > 0 && (
        <>
          <Heading as="h4">Changed</Heading>
          <ul>
            {diff.changed.map((item) => (
              <li key={item.name}>
                <ApiName item={item} /> ({item.kind})
                <BreakingBadge breaking={item.breaking} />
                {item.reasons.length > 0 && <span>: {item.reasons.join('; ')}</span>}
                <dl className="margin-vert--xs">
                  <dt>Before</dt>
                  <dd>
                    <pre className="margin-vert--xs" style={SIGNATURE_STYLE}>
                      <code>{item.before}</code>
                    </pre>
                  </dd>
                  <dt>After</dt>
                  <dd>
                    <pre className="margin-vert--xs" style={SIGNATURE_STYLE}>
                      <code>{item.after}</code>
                    </pre>
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** One kind of operation change (added, removed, changed) as a titled list; nothing when there is none. */
function ChangeList<T extends { method: string; path: string }>({ title, items, render }: { title: string; items: readonly T[]; render: (item: T) => ReactNode }): ReactNode {
  if (items.length === 0) return null;
  return (
    <>
      <Heading as="h4">{title}</Heading>
      <ul>
        {items.map((item) => (
          <li key={`${item.method} ${item.path}`}>{render(item)}</li>
        ))}
      </ul>
    </>
  );
}

function describe(delta: BenchDelta): string {
  const amount = Math.abs(delta.worsePercent);
  if (delta.verdict === 'regressed') return `${amount}% worse: regressed (threshold ${delta.threshold}%)`;
  if (delta.verdict === 'improved') return `${amount}% better: improved (threshold ${delta.threshold}%)`;
  return delta.worsePercent === 0 ? 'unchanged' : `${amount}% ${delta.worsePercent > 0 ? 'worse' : 'better'}, within ${delta.threshold}%`;
}

function BenchTable({ title, section, from, to }: { title: string; section: ReleaseSection<BenchDelta[]>; from: string; to: string }): ReactNode {
  return (
    <>
      <Heading as="h3">{title}</Heading>
      {!section.available ? (
        <NotComputed reason={section.reason} />
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">Series</th>
                <th scope="col">{from}</th>
                <th scope="col">{to}</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {section.value.map((delta) => (
                <tr key={`${delta.suite} ${delta.series}`}>
                  <th scope="row">
                    {delta.suite}: {delta.series}
                  </th>
                  <td>
                    {delta.before} {delta.unit}
                  </td>
                  <td>
                    {delta.after} {delta.unit}
                  </td>
                  <td>
                    {delta.verdict === 'regressed' && <span className="badge badge--warning margin-right--sm">regressed</span>}
                    {describe(delta)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Notes notes={section.notes} />
        </>
      )}
    </>
  );
}

function CoverageTable({ section, from, to }: { section: ReleaseSection<CoverageDelta[]>; from: string; to: string }): ReactNode {
  return (
    <>
      <Heading as="h3">Coverage</Heading>
      {!section.available ? (
        <NotComputed reason={section.reason} />
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">Total</th>
                <th scope="col">{from}</th>
                <th scope="col">{to}</th>
              </tr>
            </thead>
            <tbody>
              {section.value.map((delta) => (
                <tr key={`${delta.suite} ${delta.metric}`}>
                  <th scope="row">
                    {delta.suite}: {delta.metric}
                  </th>
                  <td>{delta.before}%</td>
                  <td>{delta.after}%</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Notes notes={section.notes} />
        </>
      )}
    </>
  );
}

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

          <section aria-labelledby="typescript-api">
            <Heading as="h2" id="typescript-api">
              TypeScript API changes
            </Heading>
            {!report.typescriptApi.available ? (
              <NotComputed reason={report.typescriptApi.reason} />
            ) : (
              report.typescriptApi.value.map((pkg) => (
                <div key={pkg.packageName}>
                  <Heading as="h3" id={`typescript-api-${pkg.packageName}`}>
                    {pkg.title}
                  </Heading>
                  {!pkg.diff.available ? (
                    <NotComputed reason={pkg.diff.reason} />
                  ) : (
                    <>
                      <TsDiff diff={pkg.diff.value} />
                      <Notes notes={pkg.diff.notes} />
                    </>
                  )}
                </div>
              ))
            )}
          </section>

          <section aria-labelledby="http-api">
            <Heading as="h2" id="http-api">
              HTTP API changes
            </Heading>
            {!report.httpApi.available ? (
              <NotComputed reason={report.httpApi.reason} />
            ) : (
              report.httpApi.value.map((spec) => (
                <div key={spec.specId}>
                  <Heading as="h3" id={`http-api-${spec.specId}`}>
                    {spec.specId} <code>{spec.file}</code>
                  </Heading>
                  {!spec.diff.available ? (
                    <NotComputed reason={spec.diff.reason} />
                  ) : (
                    <>
                      <HttpDiff diff={spec.diff.value} />
                      <Notes notes={spec.diff.notes} />
                    </>
                  )}
                </div>
              ))
            )}
          </section>

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
