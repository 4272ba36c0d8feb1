import type { Command } from 'commander';
import { configOption } from '../../shared/options.js';
import type { LintChangelogOptions } from './run.js';

/**
 * `portal lint changelog [file] [--json] [-c <file>]`: parses one changelog,
 * or every changelog of the configuration, and lists its releases. Exit 2,
 * with one `file:line: message` line per problem, when a changelog cannot be used.
 */
export function registerLintChangelogCommand(lint: Command): void {
  lint
    .command('changelog')
    .description('parse changelogs (Keep a Changelog, conventional-changelog, Changesets) and list their releases')
    .argument('[file]', 'changelog to lint (default: every changelog in the configuration)')
    .option('--json', 'print the changelogs as JSON instead of tables')
    .addOption(configOption())
    .action(async (file: string | undefined, options: LintChangelogOptions) => {
      const { runLintChangelog } = await import('./run.js');
      await runLintChangelog(file, options);
    });
}
