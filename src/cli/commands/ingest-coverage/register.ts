import type { Command } from 'commander';
import { COVERAGE_FORMATS } from '../../../lib/coverage/model.js';
import { configOption } from '../../shared/options.js';
import { historyOption } from '../../shared/history-options.js';
import type { IngestCoverageCliOptions } from './run.js';

/**
 * The suite a run goes to without `--suite`: `DEFAULT_COVERAGE_SUITE` of
 * src/lib/coverage/ingest.ts, which is not imported here because that module
 * loads the report parsers (zod, the XML parser); a unit test keeps the two equal.
 */
export const DEFAULT_COVERAGE_SUITE_HELP = 'default';

/** `portal ingest coverage <file>`: appends one coverage run (totals and per-file counts) to the history. */
export function registerIngestCoverageCommand(ingest: Command): void {
  ingest
    .command('coverage')
    .description('add one coverage report (Istanbul, LCOV, Cobertura) to the history')
    .argument('[file]', 'coverage report (default: every file of dashboards.coverage not stored yet, at git HEAD)')
    .option('--format <format>', `one of ${COVERAGE_FORMATS.join(', ')} (default: detected from the content)`)
    .option('--suite <name>', `suite to add the run to (default: ${DEFAULT_COVERAGE_SUITE_HELP})`)
    .option('--commit <sha>', 'commit the report measured')
    .option('--branch <name>', 'branch the report measured')
    .option('--date <iso>', 'when the run happened (default: now)')
    .addOption(historyOption())
    .addOption(configOption())
    .action(async (file: string | undefined, options: IngestCoverageCliOptions) => {
      const { runIngestCoverage } = await import('./run.js');
      await runIngestCoverage(file, options);
    });
}
