import type { Command } from 'commander';
import { configOption } from '../../shared/options.js';
import { historyOption } from '../../shared/history-options.js';
import type { CheckCoverageOptions } from './run.js';

/**
 * `portal check coverage`: the latest coverage run against the minimums in
 * `thresholds.coverage` and the maximum drop since the previous run. Exit 1
 * when a total is broken; 2 when there is nothing to check.
 */
export function registerCheckCoverageCommand(check: Command): void {
  check
    .command('coverage')
    .description('check the latest coverage run against minimums and the maximum drop; exit 1 when broken')
    .option('--suite <name...>', 'only these suites (default: all)')
    .option('--json <file>', 'also write the verdicts as JSON')
    .addOption(historyOption())
    .addOption(configOption())
    .action(async (options: CheckCoverageOptions) => {
      const { runCheckCoverage } = await import('./run.js');
      await runCheckCoverage(options);
    });
}
