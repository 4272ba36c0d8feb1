import pc from 'picocolors';
import { BENCH_FORMAT_LABELS, ingestBenchmarkRun, resolveBenchFormat } from '../../../lib/bench/index.js';
import { resolveHistoryContext } from '../../shared/history-context.js';
import { writeIngestReport, type IngestRunCliOptions } from '../../shared/ingest-report.js';
import { plural } from '../../../lib/core/text.js';

/** Options of `portal ingest bench`, as commander hands them over. */
export type IngestBenchCliOptions = IngestRunCliOptions;

/** The action of `portal ingest bench`. */
export async function runIngestBench(file: string | undefined, options: IngestBenchCliOptions): Promise<void> {
  if (file === undefined) {
    // No file: every configured bench result not stored yet, as `portal ingest all` does.
    const { runIngestConfigured } = await import('../ingest-all/run.js');
    return runIngestConfigured(['bench'], options);
  }
  const format = options.format ? resolveBenchFormat(options.format) : undefined;
  const { historyDir } = await resolveHistoryContext(options);
  const { suite, commit, branch, date } = options;
  const result = await ingestBenchmarkRun({ file, historyDir, format, suite, commit, branch, date });
  const run = result.outcome.run;
  writeIngestReport({
    ...result,
    formatLabel: BENCH_FORMAT_LABELS[result.reading.format],
    measured: plural(run.results.length, 'series', 'series'),
    sameWhat: 'results',
  });
  if (!run.commit) process.stdout.write(pc.dim('  note: without --commit, runs are told apart by their results alone and cannot link to a commit\n'));
}
