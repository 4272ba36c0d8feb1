import type { Command } from 'commander';
import { ensureChromium } from '../../lib/browser/chromium.js';
import { PortalError } from '../../lib/errors.js';

/** `portal setup-browser`: make Debian's Chromium available for browser tests and Lighthouse. */
export function registerSetupBrowserCommand(program: Command): void {
  program
    .command('setup-browser')
    .description('make sure Chromium is installed for browser tests (installs it with apt-get when root)')
    .action(() => {
      const result = ensureChromium((line) => process.stderr.write(`${line}\n`));
      if (result.status === 'missing') {
        throw new PortalError(`Chromium not found at ${result.path}.`, 2, [result.instructions]);
      }
      process.stdout.write(`Chromium ${result.status === 'installed' ? 'installed' : 'found'} at ${result.path}\n`);
    });
}
