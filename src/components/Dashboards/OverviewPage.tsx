import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import type { OverviewPageData } from '../../lib/dashboards/overview';
import ColumnTable from '../ColumnTable';
import HeadedSection from '../HeadedSection';
import DashboardFrame from './DashboardFrame';
import { RegressionList } from './BenchmarksPage';
import TableScroll from './TableScroll';
import Verdict, { CoverageVerdict } from './Verdict';

/** `/dashboards`: each suite's latest status, open and recent regressions, coverage totals. */
export default function OverviewPage({ data }: { data: OverviewPageData }): ReactNode {
  return (
    <DashboardFrame title="Dashboards" description="Benchmark and coverage status of the project, from its CI results." notes={data.notes}>
      <p>
        Benchmark and coverage results from CI, kept in the repository's history store and judged by the same rules as{' '}
        <code>portal check bench</code> and <code>portal check coverage</code>. Details on the <Link to={data.links.benchmarks}>benchmarks</Link> and{' '}
        <Link to={data.links.coverage}>coverage</Link> pages; regressions also as an <Link to={`pathname://${data.links.feed}`}>Atom feed</Link>.
      </p>
      <HeadedSection id="bench-status" title="Benchmarks">
        {data.bench.length === 0 ? (
          <p>No benchmark runs yet.</p>
        ) : (
          <TableScroll label="Benchmark suites">
            <ColumnTable columns={['Suite', 'Runs', 'Latest run', 'Series', 'Status']}>
              {data.bench.map((suite) => (
                <tr key={suite.suite} data-suite={suite.suite}>
                  <th scope="row">
                    <Link to={`${data.links.benchmarks}#suite-${suite.suite}`}>{suite.suite}</Link>
                  </th>
                  <td>{suite.runs}</td>
                  <td>{suite.latestDate}</td>
                  <td>{suite.series}</td>
                  <td>
                    <Verdict verdict={suite.status}>{suite.status === 'regressed' ? `${suite.regressed} regressed` : 'no regression'}</Verdict>
                    {suite.noisy > 0 && ` (${suite.noisy} noisy)`}
                  </td>
                </tr>
              ))}
            </ColumnTable>
          </TableScroll>
        )}
        <Heading as="h3" id="open-regressions">
          Open regressions
        </Heading>
        {data.openRegressions.length === 0 ? <p>None: every series of every latest run is within its threshold.</p> : <RegressionList regressions={data.openRegressions} commitUrl={data.commitUrl} />}
        <Heading as="h3" id="recent-regressions">
          Recent past regressions
        </Heading>
        <RegressionList regressions={data.recentRegressions} commitUrl={data.commitUrl} />
      </HeadedSection>
      <HeadedSection id="coverage-status" title="Coverage">
        {data.coverage.length === 0 ? (
          <p>No coverage runs yet.</p>
        ) : (
          <TableScroll label="Coverage suites">
            <ColumnTable columns={['Suite', 'Latest run', 'Totals', 'Status']}>
              {data.coverage.map((suite) => (
                <tr key={suite.suite} data-suite={suite.suite}>
                  <th scope="row">
                    <Link to={`${data.links.coverage}#${suite.id}`}>{suite.suite}</Link>
                  </th>
                  <td>{suite.latestDate}</td>
                  <td>{suite.totals.map((t) => `${t.metric} ${t.percent}`).join(', ')}</td>
                  <td>
                    <CoverageVerdict passed={suite.passed} />
                  </td>
                </tr>
              ))}
            </ColumnTable>
          </TableScroll>
        )}
      </HeadedSection>
    </DashboardFrame>
  );
}
