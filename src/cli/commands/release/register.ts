import type { Command } from 'commander';
import { configOption } from '../../shared/options.js';
import type { ReleaseCheckOptions, ReleaseNotesOptions } from './run.js';

/**
 * `portal release notes <version> [--changelog id] [--json]` prints what a
 * release changed (notes, RFCs, TypeScript and HTTP API diffs, deltas) as Markdown for a
 * GitHub release body, or JSON; `portal release check <version>` exits 1 when
 * the release has breaking TypeScript or HTTP API changes but is not a major version.
 */
export function registerReleaseCommands(program: Command): void {
  const release = program.command('release').description('what a release changed: notes for a GitHub release, breaking-change check');
  release
    .command('notes')
    .description('print a release (notes, RFCs, TypeScript and HTTP API changes, benchmark and coverage deltas) as Markdown for a GitHub release body')
    .argument('<version>', 'the release, as its changelog writes it (1.2.0 or v1.2.0)')
    .option('--changelog <id>', 'the changelog the release belongs to (default: the first in the configuration)')
    .option('--json', 'print the release as JSON instead of Markdown')
    .addOption(configOption())
    .action(async (version: string, options: ReleaseNotesOptions) => {
      const { runReleaseNotes } = await import('./run.js');
      await runReleaseNotes(version, options);
    });
  release
    .command('check')
    .description('exit 1 when the release has breaking TypeScript or HTTP API changes but its version is not a major bump')
    .argument('<version>', 'the release, as its changelog writes it (1.2.0 or v1.2.0)')
    .option('--changelog <id>', 'the changelog the release belongs to (default: the first in the configuration)')
    .addOption(configOption())
    .action(async (version: string, options: ReleaseCheckOptions) => {
      const { runReleaseCheck } = await import('./run.js');
      await runReleaseCheck(version, options);
    });
}
