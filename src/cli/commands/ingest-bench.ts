import type { Command } from 'commander';
import pc from 'picocolors';
import { BENCH_FORMATS, BENCH_FORMAT_LABELS, ingestBenchmarkRun, resolveBenchFormat } from '../../lib/bench/index.js';
import { displayPath } from '../../lib/results/index.js';
import { configOption } from '../options.js';
import { DATE_SOURCES, historyOption, plural, resolveHistoryContext } from './history-options.js';

/** Options of `portal ingest bench`, as commander hands them over. */
interface IngestBenchCliOptions {
  format?: string;
  suite?: string;
  commit?: string;
  branch?: string;
  date?: string;
  history?: string;
  config?: string;
}

/**
 * `portal ingest bench <file>`: appends one run of benchmark results to the
 * history. Exit 2, with the file and place of every problem, when the file
 * cannot be used; the store is then unchanged.
 */
export function registerIngestBenchCommand(ingest: Command): void {
  ingest
    .command('bench')
    .description('add one run of benchmark results to the history (format detected unless --format)')
    .argument('<file>', 'benchmark result file')
    .option('--format <format>', `one of ${BENCH_FORMATS.join(', ')} (default: detected from the content)`)
    .option('--suite <name>', 'suite to add the run to (default: the file name without extension)')
    .option('--commit <sha>', 'commit the results measured')
    .option('--branch <name>', 'branch the results measured')
    .option('--date <iso>', 'when the run happened (default: the date in the file, else now)')
    .addOption(historyOption())
    .addOption(configOption())
    .action(async (file: string, options: IngestBenchCliOptions) => {
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
    });
}
