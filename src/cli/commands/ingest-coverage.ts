import type { Command } from 'commander';
import pc from 'picocolors';
import {
  COVERAGE_FORMATS,
  COVERAGE_FORMAT_LABELS,
  COVERAGE_METRICS,
  DEFAULT_COVERAGE_SUITE,
  coveragePercent,
  formatPercent,
  ingestCoverageRun,
  resolveCoverageFormat,
} from '../../lib/coverage/index.js';
import { displayPath } from '../../lib/results/index.js';
import { configOption } from '../options.js';
import { DATE_SOURCES, historyOption, plural, resolveHistoryContext } from './history-options.js';

/** Options of `portal ingest coverage`, as commander hands them over. */
interface IngestCoverageCliOptions {
  format?: string;
  suite?: string;
  commit?: string;
  branch?: string;
  date?: string;
  history?: string;
  config?: string;
}

/** `portal ingest coverage <file>`: appends one coverage run (totals and per-file counts) to the history. */
export function registerIngestCoverageCommand(ingest: Command): void {
  ingest
    .command('coverage')
    .description('add one coverage report (Istanbul, LCOV, Cobertura) to the history')
    .argument('<file>', 'coverage report')
    .option('--format <format>', `one of ${COVERAGE_FORMATS.join(', ')} (default: detected from the content)`)
    .option('--suite <name>', `suite to add the run to (default: ${DEFAULT_COVERAGE_SUITE})`)
    .option('--commit <sha>', 'commit the report measured')
    .option('--branch <name>', 'branch the report measured')
    .option('--date <iso>', 'when the run happened (default: now)')
    .addOption(historyOption())
    .addOption(configOption())
    .action(async (file: string, options: IngestCoverageCliOptions) => {
      const format = options.format ? resolveCoverageFormat(options.format) : undefined;
      const { historyDir, rootDir } = await resolveHistoryContext(options);
      const { reading, outcome, meta, suite } = await ingestCoverageRun({
        file,
        historyDir,
        rootDir,
        format,
        suite: options.suite,
        commit: options.commit,
        branch: options.branch,
        date: options.date,
      });
      if (reading.detection) {
        process.stdout.write(`Detected format: ${COVERAGE_FORMAT_LABELS[reading.format]} (${reading.format}): ${reading.detection.reason}\n`);
      }
      const run = outcome.run;
      const totals = COVERAGE_METRICS.flatMap((metric) => (run.totals[metric] ? [`${metric} ${formatPercent(coveragePercent(run.totals[metric]!))}`] : []));
      if (outcome.status === 'added') {
        process.stdout.write(
          `${pc.green('✔')} Stored run ${run.id} in suite "${suite}": ${totals.join(', ')}; ${plural(run.files.length, 'file')}, ` +
            `${run.commit ? `commit ${run.commit.slice(0, 12)}` : 'no commit'}, ${run.date} (${DATE_SOURCES[meta.dateSource]})\n`,
        );
      } else {
        process.stdout.write(`${pc.green('✔')} Already stored: run ${run.id} in suite "${suite}" has the same commit and counts; the history is unchanged\n`);
      }
      process.stdout.write(`  ${displayPath(outcome.file)}: ${plural(outcome.runCount, 'run')}\n`);
    });
}
