import type { Command } from 'commander';
import { configOption } from '../../shared/options.js';
import { historyOption } from '../../shared/history-options.js';
import type { IngestConfiguredCliOptions } from './run.js';

/**
 * `portal ingest` (or `portal ingest all`): ingests every result file that
 * `dashboards.benchmarks` and `dashboards.coverage` name, at the git HEAD
 * commit, skipping files already stored. The default subcommand of `ingest`.
 */
export function registerIngestAllCommand(ingest: Command): void {
  ingest
    .command('all', { isDefault: true })
    .description('add every configured benchmark and coverage result file not stored yet (what `portal ingest` alone does)')
    .option('--commit <sha>', "commit the results measured (default: git HEAD of the configuration's folder)")
    .option('--branch <name>', 'branch the results measured')
    .option('--date <iso>', 'when the runs happened (default: the date in each file, else now)')
    .addOption(historyOption())
    .addOption(configOption())
    .action(async (options: IngestConfiguredCliOptions) => {
      const { runIngestConfigured } = await import('./run.js');
      await runIngestConfigured(['bench', 'coverage'], options);
    });
}
