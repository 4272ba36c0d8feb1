import pc from 'picocolors';
import {
  COVERAGE_FORMAT_LABELS,
  COVERAGE_METRICS,
  coveragePercent,
  formatPercent,
  ingestCoverageRun,
  resolveCoverageFormat,
} from '../../../lib/coverage/index.js';
import { DATE_SOURCES, resolveHistoryContext } from '../../shared/history-context.js';
import { plural } from '../../../lib/core/text.js';
import { displayPath } from '../../../lib/core/files.js';

/** Options of `portal ingest coverage`, as commander hands them over. */
export interface IngestCoverageCliOptions {
  format?: string;
  suite?: string;
  commit?: string;
  branch?: string;
  date?: string;
  history?: string;
  config?: string;
}

/** The action of `portal ingest coverage`. */
export async function runIngestCoverage(file: string | undefined, options: IngestCoverageCliOptions): Promise<void> {
  if (file === undefined) {
    // No file: every configured coverage result not stored yet, as `portal ingest all` does.
    const { runIngestConfigured } = await import('../ingest-all/run.js');
    return runIngestConfigured(['coverage'], options);
  }
  const format = options.format ? resolveCoverageFormat(options.format) : undefined;
  const { historyDir, rootDir } = await resolveHistoryContext(options);
  const { reading, outcome, meta, suite } = await ingestCoverageRun({
    file,
    historyDir,
    rootDir,
    format,
    suite: options.suite,
    commit: options.commit,
    branch: options.branch,
    date: options.date,
  });
  if (reading.detection) {
    process.stdout.write(`Detected format: ${COVERAGE_FORMAT_LABELS[reading.format]} (${reading.format}): ${reading.detection.reason}\n`);
  }
  const run = outcome.run;
  const totals = COVERAGE_METRICS.flatMap((metric) => (run.totals[metric] ? [`${metric} ${formatPercent(coveragePercent(run.totals[metric]!))}`] : []));
  if (outcome.status === 'added') {
    process.stdout.write(
      `${pc.green('✔')} Stored run ${run.id} in suite "${suite}": ${totals.join(', ')}; ${plural(run.files.length, 'file')}, ` +
        `${run.commit ? `commit ${run.commit.slice(0, 12)}` : 'no commit'}, ${run.date} (${DATE_SOURCES[meta.dateSource]})\n`,
    );
  } else {
    process.stdout.write(`${pc.green('✔')} Already stored: run ${run.id} in suite "${suite}" has the same commit and counts; the history is unchanged\n`);
  }
  process.stdout.write(`  ${displayPath(outcome.file)}: ${plural(outcome.runCount, 'run')}\n`);
}
