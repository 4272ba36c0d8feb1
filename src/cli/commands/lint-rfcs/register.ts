import type { Command } from 'commander';
import { configOption } from '../../shared/options.js';
import type { LintRfcsCommandOptions } from './run.js';

/** `portal lint rfcs [files...]`: checks RFC front matter, file names, sections and references. */
export function registerLintRfcsCommand(lint: Command): void {
  lint
    .command('rfcs')
    .description('check RFC front matter, file names, required sections and references; exit 1 on any problem')
    .argument('[files...]', 'only report these RFC files (default: every RFC in the RFC directory)')
    .option('--dir <rfcs-dir>', 'RFC directory (default: rfcs/ next to the portal configuration)')
    .option('--json <file>', 'also write the findings and the RFC list as JSON to <file>')
    .addOption(configOption())
    .action(async (files: string[], options: LintRfcsCommandOptions) => {
      const { runLintRfcs } = await import('./run.js');
      await runLintRfcs(files, options);
    });
}
