import { InvalidArgumentError, type Command } from 'commander';
import { configOption } from '../../shared/options.js';
import type { LighthouseCommandOptions } from './run.js';

/**
 * `portal lighthouse`: serves the build on 127.0.0.1 with compression, runs
 * Lighthouse (mobile preset) in Chromium on the key pages and holds the median
 * scores against the budgets of `portal.config.ts`. Exit 1 under budget, 2 when
 * there is no build, a page is missing or Chromium is not installed.
 */
export function registerLighthouseCommand(program: Command): void {
  program
    .command('lighthouse')
    .description('run Lighthouse (mobile preset) on the key pages of the build and check the score budgets; exit 1 under budget')
    .option('--urls <paths...>', 'URL paths to measure instead of lighthouse.pages, e.g. / /docs/getting-started')
    .option('--build-dir <dir>', 'the built site to serve (default: build/ next to the portal configuration)')
    .option('--runs <n>', 'Lighthouse runs per page; medians are checked (default: lighthouse.runs, 3)', parseRuns)
    .option('--json <file>', 'write the results (scores, budgets, metrics, failing audits) as JSON to <file>')
    .option('--bench-json <file>', 'write the scores as github-action-benchmark customBiggerIsBetter JSON to <file>')
    .addOption(configOption())
    .action(async (options: LighthouseCommandOptions) => {
      const { runLighthouse } = await import('./run.js');
      await runLighthouse(options);
    });
}

function parseRuns(value: string): number {
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 1 || runs > 9) throw new InvalidArgumentError('expected a whole number between 1 and 9');
  return runs;
}
