import pc from 'picocolors';
import { PortalError, formatPortalError } from '../errors.js';

/** A gate's severity, as `gates.<name>` in portal.config.ts sets it (mirrors the config schema, which src/lib does not import). */
export type Severity = 'error' | 'warn' | 'off';

/**
 * Applies a gate's severity to a failed check, the same way in the build and
 * in every `portal` command: `error` keeps the failure (exit 1), `warn` prints
 * it as a warning and lets the caller go on (exit 0). A command run by hand
 * with the gate `off` reports like `warn`: the user asked for the check, the
 * build just does not run it. Unusable input (exit 2) is never softened: a
 * file that cannot be read cannot be judged.
 *
 * @param gate - The field name under `gates`, for the message (`openapiLint`).
 * @param severity - The configured severity.
 * @param failure - The check's failure (exit 1) or unusable-input error (exit 2).
 * @param write - Where a softened failure is printed.
 * @throws The failure itself when the severity is `error` or the input was unusable.
 */
export function applyGateSeverity(gate: string, severity: Severity, failure: PortalError, write: (text: string) => void = (text) => process.stderr.write(text)): void {
  if (failure.exitCode === 2 || severity === 'error') throw failure;
  const softened = new PortalError(`${failure.message} (gates.${gate}: "${severity}", not failing)`, 1, failure.problems);
  write(`${pc.yellow(formatPortalError(softened).replace(/^✖/, '⚠'))}\n`);
}

/**
 * Runs a check and applies its gate's severity to a failure it throws
 * (see {@link applyGateSeverity}); other errors pass through.
 */
export async function runGate(gate: string, severity: Severity, check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (error instanceof PortalError && error.exitCode === 1) {
      applyGateSeverity(gate, severity, error);
      return;
    }
    throw error;
  }
}
