import type { Command } from 'commander';

/** `portal setup-browser`: make Debian's Chromium available for browser tests and Lighthouse. */
export function registerSetupBrowserCommand(program: Command): void {
  program
    .command('setup-browser')
    .description('make sure Chromium is installed for browser tests (installs it with apt-get when root)')
    .action(async () => {
      const { runSetupBrowser } = await import('./run.js');
      runSetupBrowser();
    });
}
