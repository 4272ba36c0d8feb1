import path from 'node:path';
import pc from 'picocolors';
import { loadPortalConfig, type PortalConfig } from '../../../config/index.js';
import { plural } from '../../../lib/core/text.js';

/** The action of `portal config check`. */
export async function runConfigCheck(options: { config?: string }): Promise<void> {
  const loaded = await loadPortalConfig(options.config);
  process.stdout.write(`${pc.green('✔')} ${summarizeConfig(loaded)}\n`);
  for (const deprecation of loaded.deprecations) process.stdout.write(`${pc.yellow('⚠')} ${deprecation}\n`);
  const relaxed = Object.entries(loaded.gates).filter(([, severity]) => severity !== 'error');
  if (relaxed.length > 0) process.stdout.write(`${pc.yellow('⚠')} gates not failing: ${relaxed.map(([gate, severity]) => `${gate} "${severity}"`).join(', ')}\n`);
}

/** The action of `portal config print`. */
export async function runConfigPrint(options: { config?: string }): Promise<void> {
  const loaded = await loadPortalConfig(options.config);
  process.stdout.write(`${JSON.stringify(loaded, null, 2)}\n`);
}

/** One line that says what a configuration describes, for humans. */
export function summarizeConfig(config: PortalConfig): string {
  const rel = path.relative(process.cwd(), config.configFile) || config.configFile;
  return (
    `${rel} is valid: "${config.site.title}" at ${config.site.url}${config.site.baseUrl}; ` +
    [
      plural(config.api.packages.length, 'API package'),
      plural(config.openapi.specs.length, 'OpenAPI spec'),
      plural(config.runbooks.alertRules.length, 'alert-rule file'),
      plural(config.changelogs.length, 'changelog'),
    ].join(', ')
  );
}
