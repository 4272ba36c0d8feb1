import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Browsers cannot be downloaded on the machines Portico runs on (no
 * `npx playwright install`), so browser tests and Lighthouse use the
 * distribution's Chromium. `CHROME_PATH` overrides the location.
 */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that keep a headless Chromium quiet on a machine without outside network, and working as root. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** Path of the Chromium executable to use: `$CHROME_PATH` or Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH || DEFAULT_CHROMIUM_PATH;
}

/** The outcome of {@link ensureChromium}. */
export type ChromiumSetup =
  | { status: 'present'; path: string }
  | { status: 'installed'; path: string }
  | { status: 'missing'; path: string; instructions: string };

/** What a user has to run when Chromium is missing and Portico may not install it itself. */
export const INSTALL_INSTRUCTIONS =
  'Install Chromium from your distribution, e.g. on Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium ' +
  '(or set CHROME_PATH to an existing Chrome/Chromium executable).';

/**
 * Makes sure a Chromium executable exists. When it is missing and we run as
 * root on a Debian-like system, installs the `chromium` package with apt-get;
 * otherwise returns the instructions to print.
 */
export function ensureChromium(log: (line: string) => void = () => {}): ChromiumSetup {
  const path = chromiumPath();
  if (existsSync(path)) return { status: 'present', path };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt || path !== DEFAULT_CHROMIUM_PATH) {
    return { status: 'missing', path, instructions: INSTALL_INSTRUCTIONS };
  }
  log('Chromium not found; installing it with apt-get (running as root)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'chromium']]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) return { status: 'missing', path, instructions: `apt-get ${args.join(' ')} failed. ${INSTALL_INSTRUCTIONS}` };
  }
  return existsSync(path) ? { status: 'installed', path } : { status: 'missing', path, instructions: INSTALL_INSTRUCTIONS };
}
