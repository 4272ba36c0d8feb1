import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import type { BenchSuiteView, BenchmarksPageData, RegressionView, SeriesCard } from '../../lib/dashboards/bench-page-data';
import { SPARKLINE } from '../../lib/dashboards/chart';
import type { SuiteDownloads } from '../../lib/dashboards/files';
import { countOf } from '../../lib/dashboards/links';
import ColumnTable from '../ColumnTable';
import HeadedSection from '../HeadedSection';
import DashboardFrame from './DashboardFrame';
import Commit from './Commit';
import Downloads from './Downloads';
import LatestRuns from './LatestRuns';
import LineChart from './LineChart';
import { suiteNotes } from './SampleNotes';
import styles from './styles.module.css';
import TableScroll from './TableScroll';
import Verdict from './Verdict';

/** The verdict word of an overview row. */
const VERDICT_WORD: Record<SeriesCard['verdict'], string> = {
  regressed: 'regression',
  noisy: 'noisy',
  improved: 'improved',
  ok: 'ok',
  new: 'new',
  missing: 'missing',
};

/**
 * `/dashboards/benchmarks`: per suite an overview table (latest value, change,
 * verdict and sparkline of each series), then the full charts with their
 * latest value, verdict and runs; and the regressions.
 */
export default function BenchmarksPage({ data }: { data: BenchmarksPageData }): ReactNode {
  return (
    <DashboardFrame title="Benchmarks" description="Benchmark history of every series, with regressions against the baseline." notes={suiteNotes(data.suites)}>
      <p>
        Each series is compared with its baseline ({data.baseline === 'previous' ? 'the previous run' : `the median of the ${data.baseline.slice(7)} runs before the latest`}
        ), as <code>portal check bench</code> does; a change beyond {data.threshold}% in the bad direction is a regression unless the
        reported spread is wider. Follow regressions with the <Link to={`pathname://${data.feeds.atom}`}>Atom</Link> or{' '}
        <Link to={`pathname://${data.feeds.rss}`}>RSS</Link> feed. <Link to="/dashboards">All dashboards</Link>.
      </p>
      {data.suites.length === 0 && (
        <p>
          No benchmark runs yet. Add one with <code>portal ingest bench &lt;file&gt; --commit &lt;sha&gt;</code>.
        </p>
      )}
      <HeadedSection id="regressions" title="Regressions">
        <RegressionList regressions={data.regressions} commitUrl={data.commitUrl} />
        {data.regressionCount > data.regressions.length && (
          <p>
            Open regressions and the most recent past ones are listed, {data.regressions.length} of {data.regressionCount}; the feeds carry more,
            and each suite&apos;s JSON download has all of its own.
          </p>
        )}
      </HeadedSection>
      {data.suites.map((suite) => (
        <HeadedSection key={suite.suite} id={`suite-${suite.suite}`} title={<>Suite {suite.suite}</>} data={{ 'data-suite': suite.suite }}>
          <p>
            {countOf(suite.runs, 'run')}; latest on {suite.latest.date} at commit <Commit sha={suite.latest.commit} base={data.commitUrl} />.{' '}
            {countOf(suite.series.length, 'series', 'series')}: {suite.counts.regressed} regressed, {suite.counts.noisy} noisy,{' '}
            {suite.counts.ok + suite.counts.improved} ok or improved. Every run of every series:{' '}
            <Downloads downloads={suite.downloads} label={`All runs of suite ${suite.suite}`} />.
          </p>
          <SuiteOverview suite={suite} linesFile={data.linesFile} />
          {suite.chartsExpanded ? (
            <SeriesCharts suite={suite} linesFile={data.linesFile} commitUrl={data.commitUrl} />
          ) : (
            <details className={styles.charts} data-charts={suite.suite}>
              <summary>Charts and runs of the {countOf(suite.series.length, 'series', 'series')}</summary>
              <SeriesCharts suite={suite} linesFile={data.linesFile} commitUrl={data.commitUrl} />
            </details>
          )}
        </HeadedSection>
      ))}
    </DashboardFrame>
  );
}

/**
 * One compact row per series: latest value, change from the run before, the
 * gate's verdict and a sparkline of the latest runs; the name links to the
 * series' full chart (a plain fragment link, so a browser opens the
 * disclosure holding it).
 */
function SuiteOverview({ suite, linesFile }: { suite: BenchSuiteView; linesFile?: string }): ReactNode {
  const linesUrl = useBaseUrl(linesFile ?? '/');
  return (
    <TableScroll label={`Overview of suite ${suite.suite}`}>
      <ColumnTable
        className={styles.overview}
        data-overview={suite.suite}
        caption={`Suite ${suite.suite}: latest value, change from the run before, verdict against the baseline and trend of each series`}
        captionClassName={styles.srOnly}
        columns={['Series', { label: 'Latest', className: styles.number }, { label: 'Change', className: styles.number }, 'Verdict', 'Trend']}
      >
        {suite.series.map((card) => (
          <tr key={card.id} data-series-row={card.name}>
            <th scope="row">
              <a href={`#${card.id}`}>{card.name}</a>
            </th>
            <td className={styles.number}>{card.latest.value}</td>
            <td className={styles.number}>{card.previousChange ?? '—'}</td>
            <td>
              <Verdict verdict={card.verdict}>{VERDICT_WORD[card.verdict]}</Verdict>
            </td>
            <td>
              <svg
                className={styles.spark}
                width={SPARKLINE.width}
                height={SPARKLINE.height}
                role="img"
                aria-label={
                  card.spark.runs === 1
                    ? `1 run: ${card.latest.value}`
                    : `Latest ${countOf(card.spark.runs, 'run')}: from ${card.spark.first} to ${card.latest.value}`
                }
                data-spark={card.name}
              >
                {card.spark.d !== undefined || !linesFile ? (
                  <path className={styles.sparkLine} d={card.spark.d ?? ''} />
                ) : (
                  <use className={styles.sparkLine} href={`${linesUrl}#${card.spark.ref}`} />
                )}
                <circle className={styles.sparkLast} cx={card.spark.last[0]} cy={card.spark.last[1]} r={2.5} />
              </svg>
            </td>
          </tr>
        ))}
      </ColumnTable>
    </TableScroll>
  );
}

function SeriesCharts({ suite, linesFile, commitUrl }: { suite: BenchSuiteView; linesFile?: string; commitUrl?: string }): ReactNode {
  return suite.series.map((card) => <SeriesSection key={card.id} card={card} downloads={suite.downloads} linesFile={linesFile} commitUrl={commitUrl} />);
}

function SeriesSection({
  card,
  downloads,
  linesFile,
  commitUrl,
}: {
  card: SeriesCard;
  downloads: SuiteDownloads;
  linesFile?: string;
  commitUrl?: string;
}): ReactNode {
  const { rows, total } = card.table;
  return (
    <article className={styles.card} aria-labelledby={card.id} data-series={card.name}>
      {/* The id is on the heading: Docusaurus' broken-anchor check only knows ids of headings. */}
      <Heading as="h3" id={card.id}>
        {card.name}
      </Heading>
      <dl className={styles.facts}>
        <div>
          <dt>Latest</dt>
          <dd>
            {card.latest.value} <small>({card.latest.date}, <Commit sha={card.latest.commit} base={commitUrl} />)</small>
          </dd>
        </div>
        <div>
          <dt>Baseline</dt>
          <dd>{card.baseline ?? '—'}</dd>
        </div>
        <div>
          <dt>Change</dt>
          <dd>{card.change ?? '—'}</dd>
        </div>
        <div>
          <dt>Verdict</dt>
          <dd>
            <Verdict verdict={card.verdict}>{card.verdictText}</Verdict>
          </dd>
        </div>
        <div>
          <dt>Direction</dt>
          <dd>{card.direction}</dd>
        </div>
      </dl>
      <LineChart chart={card.chart} linesFile={linesFile} />
      <LatestRuns
        shown={rows.length}
        total={total}
        label={`Latest runs of ${card.name}`}
        caption={
          <>
            {card.name}: {rows.length === total ? (total === 1 ? 'its one run' : 'every run') : `the latest ${rows.length} runs`}, exact values; change from the run before
          </>
        }
        columns={['Date', 'Commit', 'Value', 'Change', 'Spread']}
        downloads={downloads}
        downloadsLabel={`All runs of suite ${card.suite}`}
        along={<>, with the other series of suite {card.suite}</>}
      >
        {rows.map(([date, commit, value, change, spread, regression], i) => (
          <tr key={i} data-regression={regression ? 'true' : undefined}>
            <td>{date}</td>
            <td>{commit || '—'}</td>
            <td>
              {value}
              {regression ? ' (regression)' : ''}
            </td>
            <td>{change || '—'}</td>
            <td>{spread || '—'}</td>
          </tr>
        ))}
      </LatestRuns>
    </article>
  );
}

/** Regressions, newest first: open ones (the latest run, per the gate) and confirmed step changes. */
export function RegressionList({ regressions, commitUrl }: { regressions: readonly RegressionView[]; commitUrl?: string }): ReactNode {
  if (regressions.length === 0) return <p>No regressions in the history.</p>;
  return (
    <TableScroll label="Regressions">
      <ColumnTable columns={['Date', 'Series', 'Before', 'After', 'Change', 'Commit']}>
        {regressions.map((r) => (
          <tr key={r.id} id={r.id} data-regression-of={r.series}>
            <td>{r.date}</td>
            <td>
              <Link to={`/dashboards/benchmarks#${r.seriesId}`}>{r.series}</Link> <small>({r.suite})</small>
              {r.open && (
                <>
                  {' '}
                  <Verdict verdict="regressed">open</Verdict>
                </>
              )}
            </td>
            <td>{r.before}</td>
            <td>{r.after}</td>
            <td>{r.change}</td>
            <td>
              <Commit sha={r.commit} base={commitUrl} />
              {r.previousCommit && (
                <small>
                  {' '}
                  (after <Commit sha={r.previousCommit} base={commitUrl} />)
                </small>
              )}
            </td>
          </tr>
        ))}
      </ColumnTable>
    </TableScroll>
  );
}
