import type { Command } from 'commander';
import { configOption } from '../options.js';

/** Options of `portal lint rfcs`, as commander hands them over. */
export interface LintRfcsCommandOptions {
  dir?: string;
  json?: string;
  config?: string;
}

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
      const { runLintRfcs } = await import('../actions/lint-rfcs.js');
      await runLintRfcs(files, options);
    });
}
