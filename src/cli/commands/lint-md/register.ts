import type { Command } from 'commander';
import { configOption } from '../../shared/options.js';
import type { LintMdCommandOptions } from './run.js';

/** `portal lint md [paths...]`: remark-lint (recommended + consistent presets) over the portal's Markdown; exit 1 on any finding. */
export function registerLintMdCommand(lint: Command): void {
  lint
    .command('md')
    .description('lint Markdown and MDX with remark-lint (configured in .remarkrc.mjs); exit 1 on any finding')
    .argument('[paths...]', 'files, directories or globs (default: docs, tutorials, rfcs, runbooks, blog, README.md and the configured changelogs)')
    .option('--json <file>', 'also write the findings as JSON to <file>')
    .addOption(configOption())
    .action(async (paths: string[], options: LintMdCommandOptions) => {
      const { runLintMd } = await import('./run.js');
      await runLintMd(paths, options);
    });
}
