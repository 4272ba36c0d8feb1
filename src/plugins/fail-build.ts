import { PortalError, formatPortalError } from '../lib/errors.js';

/**
 * Runs a plugin's loading step. A {@link PortalError} (bad input, failed
 * check) ends a production build with its own exit code and one line per
 * problem, instead of a bundler stack trace; in `docusaurus start` it is
 * rethrown so the dev server reports it and keeps running.
 */
export async function loadOrFailBuild<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof PortalError && process.env.NODE_ENV === 'production') {
      process.stderr.write(`${formatPortalError(error)}\n`);
      process.exit(error.exitCode);
    }
    throw error;
  }
}
