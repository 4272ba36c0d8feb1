import type { PortalError } from '../errors.js';
import { applyGateSeverity, type Severity } from './severity.js';

export type { Severity } from './severity.js';

/**
 * Set by `portal build` on its Docusaurus processes once every input gate has
 * run in the build's own process, before bundling (see src/cli/commands/build/gates.ts).
 * A plugin that sees it neither prints nor judges findings again: without it,
 * each of the build's three processes printed every list once more.
 */
export const GATES_CHECKED_ENV = 'PORTICO_GATES_CHECKED';

/** True inside a build process whose gates `portal build` has already run and reported. */
export function gatesCheckedBeforeBundling(): boolean {
  return process.env[GATES_CHECKED_ENV] === '1';
}

/**
 * What a plugin does with a gate's failure while Docusaurus loads the site:
 * nothing when `portal build` already judged it or the gate is `off`;
 * otherwise (`docusaurus start`, a plain `docusaurus build`) the gate's
 * severity decides, as in the `portal` commands.
 */
export function judgeGateInBuild(gate: string, severity: Severity, failure: PortalError | undefined): void {
  if (!failure || severity === 'off' || gatesCheckedBeforeBundling()) return;
  applyGateSeverity(gate, severity, failure);
}
