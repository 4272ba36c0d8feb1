import type { Command } from 'commander';
import { configOption } from '../../shared/options.js';
import type { CheckScriptsOptions } from './run.js';

/**
 * `portal check scripts`: the gzipped JavaScript the heaviest page of each
 * kind loads before it is interactive, against `budgets.scripts`. Exit 1 when
 * a kind is more than 10% over its budget, 2 when there is no build or no sitemap.
 */
export function registerCheckScriptsCommand(check: Command): void {
  check
    .command('scripts')
    .description('check the gzipped JavaScript each kind of page loads against budgets.scripts (more than 10% over fails)')
    .option('--dir <build-dir>', 'the built site (default: build/ next to the portal configuration)')
    .option('--json <file>', 'also write the report (findings and each kind\'s heaviest page with its scripts) as JSON to <file>')
    .addOption(configOption())
    .action(async (options: CheckScriptsOptions) => {
      const { runCheckScripts } = await import('./run.js');
      await runCheckScripts(options);
    });
}
