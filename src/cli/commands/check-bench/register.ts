import type { Command } from 'commander';
import { DEFAULT_BASELINE, formatBaseline } from '../../../lib/bench/gate.js';
import { configOption } from '../../shared/options.js';
import { historyOption } from '../../shared/history-options.js';
import type { CheckBenchOptions } from './run.js';

/**
 * `portal check bench`: the latest run of each series against its baseline.
 * Exit 1 when a series regressed beyond its threshold; 2 when there is no
 * history to check or it cannot be read.
 */
export function registerCheckBenchCommand(check: Command): void {
  check
    .command('bench')
    .description('compare the latest benchmark run with its baseline; exit 1 on a regression')
    .option('--baseline <spec>', 'previous, or median:N of the N runs before the latest', formatBaseline(DEFAULT_BASELINE))
    .option('--threshold <percent>', 'regression threshold in percent (default: thresholds.benchRegression, 10)')
    .option('--suite <name...>', 'only these suites (default: all)')
    .option('--json <file>', 'also write the verdicts as JSON')
    .addOption(historyOption())
    .addOption(configOption())
    .action(async (options: CheckBenchOptions) => {
      const { runCheckBench } = await import('./run.js');
      await runCheckBench(options);
    });
}
