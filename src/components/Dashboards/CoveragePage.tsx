import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import type { CoveragePageData, CoverageSuiteView } from '../../lib/dashboards/coverage-page';
import Commit from './Commit';
import { countOf } from '../../lib/dashboards/links';
import ColumnTable from '../ColumnTable';
import HeadedSection from '../HeadedSection';
import DashboardFrame from './DashboardFrame';
import Downloads from './Downloads';
import LatestRuns from './LatestRuns';
import LineChart from './LineChart';
import { suiteNotes } from './SampleNotes';
import styles from './styles.module.css';
import TableScroll from './TableScroll';
import Verdict, { CoverageVerdict } from './Verdict';

/** `/dashboards/coverage`: the trend of the four totals with their minimums, and the latest run per file. */
export default function CoveragePage({ data }: { data: CoveragePageData }): ReactNode {
  const t = data.thresholds;
  return (
    <DashboardFrame title="Coverage" description="Code coverage over time: lines, statements, functions and branches." notes={suiteNotes(data.suites)}>
      <p>
        Minimums, as <code>portal check coverage</code> enforces them: lines {t.lines}%, statements {t.statements}%, functions {t.functions}%,
        branches {t.branches}%; no total may drop by more than {t.maxDrop} point{t.maxDrop === 1 ? '' : 's'} from one run to the next.{' '}
        <Link to="/dashboards">All dashboards</Link>.
      </p>
      {data.suites.length === 0 && (
        <p>
          No coverage runs yet. Add one with <code>portal ingest coverage &lt;file&gt; --commit &lt;sha&gt;</code>.
        </p>
      )}
      {data.suites.map((suite) => (
        <SuiteSection key={suite.id} suite={suite} linesFile={data.linesFile} commitUrl={data.commitUrl} />
      ))}
    </DashboardFrame>
  );
}

function SuiteSection({ suite, linesFile, commitUrl }: { suite: CoverageSuiteView; linesFile?: string; commitUrl?: string }): ReactNode {
  const { rows, total } = suite.table;
  return (
    <HeadedSection id={suite.id} title={<>Suite {suite.suite}</>} className={styles.card} data={{ 'data-suite': suite.suite }}>
      <p>
        {countOf(suite.runs, 'run')}; latest on {suite.latest.date} at commit <Commit sha={suite.latest.commit} base={commitUrl} /> ({suite.latest.format}).{' '}
        <CoverageVerdict passed={suite.passed} /> Totals of every run:{' '}
        <Downloads downloads={suite.downloads} label={`Coverage totals of every run of suite ${suite.suite}`} />.
      </p>
      <TableScroll label={`Latest totals of suite ${suite.suite}`}>
        <ColumnTable columns={['Total', 'Latest', 'Covered', 'Minimum', 'Since previous run', 'Verdict']}>
          {suite.totals.map((total) => (
            <tr key={total.metric} data-metric={total.metric}>
              <th scope="row">{total.metric}</th>
              <td>{total.percent}</td>
              <td>
                {total.covered} of {total.total}
              </td>
              <td>{total.minimum}%</td>
              <td>{total.change ?? '—'}</td>
              <td>
                <Verdict verdict={total.verdict}>{total.verdict === 'ok' ? 'ok' : total.reasons.join(', ')}</Verdict>
              </td>
            </tr>
          ))}
        </ColumnTable>
      </TableScroll>
      <LineChart chart={suite.chart} linesFile={linesFile} />
      <LatestRuns
        shown={rows.length}
        total={total}
        label={`Coverage totals of the latest runs of suite ${suite.suite}`}
        caption={
          <>
            Coverage totals of {suite.suite} {rows.length === total ? 'per run' : `in the latest ${rows.length} runs`}, in percent
          </>
        }
        columns={['Date', 'Commit', ...suite.table.metrics]}
        downloads={suite.downloads}
        downloadsLabel={`Coverage totals of every run of suite ${suite.suite}`}
      >
        {rows.map(([date, commit, ...values], i) => (
          <tr key={i}>
            <td>{date}</td>
            <td>{commit || '—'}</td>
            {values.map((value, j) => (
              <td key={j}>{value}</td>
            ))}
          </tr>
        ))}
      </LatestRuns>
      <Heading as="h3" id={`${suite.id}-files`}>
        Files in the latest run
      </Heading>
      <TableScroll label={`Files in the latest run of suite ${suite.suite}`}>
        <ColumnTable columns={['File', ...suite.fileMetrics]}>
          {suite.files.map((file) => (
            <tr key={file.path}>
              <td>
                <code>{file.path}</code>
              </td>
              {file.values.map((value, j) => (
                <td key={j}>{value}</td>
              ))}
            </tr>
          ))}
        </ColumnTable>
      </TableScroll>
    </HeadedSection>
  );
}
