import { ensureChromium } from '../../../lib/browser/chromium.js';
import { PortalError } from '../../../lib/errors.js';

/** The action of `portal setup-browser`. */
export function runSetupBrowser(): void {
  const result = ensureChromium((line) => process.stderr.write(`${line}\n`));
  if (result.status === 'missing') {
    throw new PortalError(`Chromium not found at ${result.path}.`, 2, [result.instructions]);
  }
  process.stdout.write(`Chromium ${result.status === 'installed' ? 'installed' : 'found'} at ${result.path}\n`);
}
