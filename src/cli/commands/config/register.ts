import type { Command } from 'commander';
import { configOption } from '../../shared/options.js';

/** `portal config check` and `portal config print`. */
export function registerConfigCommands(program: Command): void {
  const config = program.command('config').description('validate or show the portal configuration');

  config
    .command('check')
    .description('validate portal.config.ts and the files it names; exit 2 with one line per problem')
    .addOption(configOption())
    .action(async (options: { config?: string }) => {
      const { runConfigCheck } = await import('./run.js');
      await runConfigCheck(options);
    });

  config
    .command('print')
    .description('print the validated configuration, defaults filled in, as JSON')
    .addOption(configOption())
    .action(async (options: { config?: string }) => {
      const { runConfigPrint } = await import('./run.js');
      await runConfigPrint(options);
    });
}
