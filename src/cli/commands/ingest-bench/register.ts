import type { Command } from 'commander';
import { BENCH_FORMATS } from '../../../lib/bench/model.js';
import { configOption } from '../../shared/options.js';
import { historyOption } from '../../shared/history-options.js';
import type { IngestBenchCliOptions } from './run.js';

/**
 * `portal ingest bench <file>`: appends one run of benchmark results to the
 * history. Exit 2, with the file and place of every problem, when the file
 * cannot be used; the store is then unchanged.
 */
export function registerIngestBenchCommand(ingest: Command): void {
  ingest
    .command('bench')
    .description('add one run of benchmark results to the history (format detected unless --format)')
    .argument('[file]', 'benchmark result file (default: every file of dashboards.benchmarks not stored yet, at git HEAD)')
    .option('--format <format>', `one of ${BENCH_FORMATS.join(', ')} (default: detected from the content)`)
    .option('--suite <name>', 'suite to add the run to (default: the file name without extension)')
    .option('--commit <sha>', 'commit the results measured')
    .option('--branch <name>', 'branch the results measured')
    .option('--date <iso>', 'when the run happened (default: the date in the file, else now)')
    .addOption(historyOption())
    .addOption(configOption())
    .action(async (file: string | undefined, options: IngestBenchCliOptions) => {
      const { runIngestBench } = await import('./run.js');
      await runIngestBench(file, options);
    });
}
