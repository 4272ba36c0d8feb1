import pc from 'picocolors';
import { BENCH_FORMAT_LABELS, ingestBenchmarkRun, resolveBenchFormat } from '../../../lib/bench/index.js';
import { DATE_SOURCES, resolveHistoryContext } from '../../shared/history-context.js';
import { plural } from '../../../lib/core/text.js';
import { displayPath } from '../../../lib/core/files.js';

/** Options of `portal ingest bench`, as commander hands them over. */
export interface IngestBenchCliOptions {
  format?: string;
  suite?: string;
  commit?: string;
  branch?: string;
  date?: string;
  history?: string;
  config?: string;
}

/** The action of `portal ingest bench`. */
export async function runIngestBench(file: string | undefined, options: IngestBenchCliOptions): Promise<void> {
  if (file === undefined) {
    // No file: every configured bench result not stored yet, as `portal ingest all` does.
    const { runIngestConfigured } = await import('../ingest-all/run.js');
    return runIngestConfigured(['bench'], options);
  }
  const format = options.format ? resolveBenchFormat(options.format) : undefined;
  const { historyDir } = await resolveHistoryContext(options);
  const result = await ingestBenchmarkRun({
    file,
    historyDir,
    format,
    suite: options.suite,
    commit: options.commit,
    branch: options.branch,
    date: options.date,
  });
  const { reading, outcome, meta, suite } = result;
  if (reading.detection) {
    process.stdout.write(`Detected format: ${BENCH_FORMAT_LABELS[reading.format]} (${reading.format}): ${reading.detection.reason}\n`);
  }
  const run = outcome.run;
  const details = [plural(run.results.length, 'series', 'series'), run.commit ? `commit ${run.commit.slice(0, 12)}` : 'no commit', `${run.date} (${DATE_SOURCES[meta.dateSource]})`];
  if (outcome.status === 'added') {
    process.stdout.write(`${pc.green('✔')} Stored run ${run.id} in suite "${suite}": ${details.join(', ')}\n`);
  } else {
    process.stdout.write(`${pc.green('✔')} Already stored: run ${run.id} in suite "${suite}" has the same commit and results; the history is unchanged\n`);
  }
  process.stdout.write(`  ${displayPath(outcome.file)}: ${plural(outcome.runCount, 'run')}\n`);
  if (!run.commit) process.stdout.write(pc.dim('  note: without --commit, runs are told apart by their results alone and cannot link to a commit\n'));
}
