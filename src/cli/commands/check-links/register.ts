import type { Command } from 'commander';
import { configOption } from '../../shared/options.js';
import type { CheckLinksOptions } from './run.js';

/**
 * `portal check links [build-dir]`: every internal href/src/srcset of the built
 * pages and feeds must resolve to a file of the build and every #fragment to
 * an element id. Exit 1 on any broken link, 2 when there is no build.
 */
export function registerCheckLinksCommand(check: Command): void {
  check
    .command('links')
    .description('check every link, asset and #fragment in a built site (pages, redirect pages, feeds); external links are listed, not fetched')
    .argument('[build-dir]', 'the built site (default: build/ next to the portal configuration)')
    .option('--list-external', 'also list every external URL and how many pages link to it')
    .option('--json <file>', 'also write the report (broken links, external URLs, counts) as JSON to <file>')
    .addOption(configOption())
    .action(async (buildDirArgument: string | undefined, options: CheckLinksOptions) => {
      const { runCheckLinks } = await import('./run.js');
      await runCheckLinks(buildDirArgument, options);
    });
}
