import type { PortalConfigInput } from './schema.js';

export { loadPortalConfig, validatePortalConfig, resolveConfigPath, formatIssue, DEFAULT_CONFIG_FILE } from './load.js';
export type { PortalConfig } from './load.js';
export { portalConfigSchema, gatesSchema, GATE_NAMES, GATE_SEVERITIES } from './schema.js';
export type { PortalConfigInput, PortalConfigParsed, GateName, GateSeverity } from './schema.js';

/**
 * Identity helper that gives `portal.config.ts` type checking and editor
 * completion. Validation happens when the file is loaded, not here.
 *
 * @example
 * ```ts
 * import { definePortalConfig } from './src/config/index.js';
 * export default definePortalConfig({
 *   site: { title: 'Acme docs', url: 'https://docs.acme.dev', repository: 'https://github.com/acme/acme' },
 * });
 * ```
 */
export function definePortalConfig(config: PortalConfigInput): PortalConfigInput {
  return config;
}
