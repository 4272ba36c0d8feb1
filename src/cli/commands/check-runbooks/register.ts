import type { Command } from 'commander';
import { RUNBOOKS_ROUTE_BASE_PATH } from '../../../lib/runbooks/aliases.js';
import { configOption } from '../../shared/options.js';
import type { CheckRunbooksOptions } from './run.js';

/**
 * `portal check runbooks`: every alert's `runbook_url` must lead to a
 * published runbook page. Exit 1 on an unresolved link, a missing
 * `runbook_url` or an invalid runbook; exit 2 when the rules cannot be read.
 */
export function registerCheckRunbooksCommand(check: Command): void {
  check
    .command('runbooks')
    .description("check that every alert's runbook_url leads to a published runbook page")
    .option('--rules <glob...>', 'alert-rule files or globs, relative to the working directory (default: runbooks.alertRules from the config)')
    .option('--runbooks <dir>', `runbooks directory (default: ${RUNBOOKS_ROUTE_BASE_PATH}/ next to the config file)`)
    .option('--json <file>', 'also write the full report, resolved alerts included, as JSON')
    .addOption(configOption())
    .action(async (options: CheckRunbooksOptions) => {
      const { runCheckRunbooks } = await import('./run.js');
      await runCheckRunbooks(options);
    });
}
