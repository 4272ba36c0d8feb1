import {
  COVERAGE_FORMAT_LABELS,
  COVERAGE_METRICS,
  coveragePercent,
  formatPercent,
  ingestCoverageRun,
  resolveCoverageFormat,
} from '../../../lib/coverage/index.js';
import { resolveHistoryContext } from '../../shared/history-context.js';
import { writeIngestReport, type IngestRunCliOptions } from '../../shared/ingest-report.js';
import { plural } from '../../../lib/core/text.js';

/** Options of `portal ingest coverage`, as commander hands them over. */
export type IngestCoverageCliOptions = IngestRunCliOptions;

/** The action of `portal ingest coverage`. */
export async function runIngestCoverage(file: string | undefined, options: IngestCoverageCliOptions): Promise<void> {
  if (file === undefined) {
    // No file: every configured coverage result not stored yet, as `portal ingest all` does.
    const { runIngestConfigured } = await import('../ingest-all/run.js');
    return runIngestConfigured(['coverage'], options);
  }
  const format = options.format ? resolveCoverageFormat(options.format) : undefined;
  const { historyDir, rootDir } = await resolveHistoryContext(options);
  const { suite, commit, branch, date } = options;
  const result = await ingestCoverageRun({ file, historyDir, rootDir, format, suite, commit, branch, date });
  const run = result.outcome.run;
  const totals = COVERAGE_METRICS.flatMap((metric) => (run.totals[metric] ? [`${metric} ${formatPercent(coveragePercent(run.totals[metric]!))}`] : []));
  writeIngestReport({
    ...result,
    formatLabel: COVERAGE_FORMAT_LABELS[result.reading.format],
    measured: `${totals.join(', ')}; ${plural(run.files.length, 'file')}`,
    sameWhat: 'counts',
  });
}
