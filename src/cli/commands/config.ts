import path from 'node:path';
import type { Command } from 'commander';
import pc from 'picocolors';
import { loadPortalConfig, type PortalConfig } from '../../config/index.js';
import { configOption } from '../options.js';

/** `portal config check` and `portal config print`. */
export function registerConfigCommands(program: Command): void {
  const config = program.command('config').description('validate or show the portal configuration');

  config
    .command('check')
    .description('validate portal.config.ts and the files it names; exit 2 with one line per problem')
    .addOption(configOption())
    .action(async (options: { config?: string }) => {
      const loaded = await loadPortalConfig(options.config);
      process.stdout.write(`${pc.green('✔')} ${summarizeConfig(loaded)}\n`);
    });

  config
    .command('print')
    .description('print the validated configuration, defaults filled in, as JSON')
    .addOption(configOption())
    .action(async (options: { config?: string }) => {
      const loaded = await loadPortalConfig(options.config);
      process.stdout.write(`${JSON.stringify(loaded, null, 2)}\n`);
    });
}

/** One line that says what a configuration describes, for humans. */
export function summarizeConfig(config: PortalConfig): string {
  const rel = path.relative(process.cwd(), config.configFile) || config.configFile;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `${rel} is valid: "${config.site.title}" at ${config.site.url}${config.site.baseUrl}; ` +
    [
      count(config.api.packages.length, 'API package'),
      count(config.openapi.specs.length, 'OpenAPI spec'),
      count(config.runbooks.alertRules.length, 'alert-rule file'),
      count(config.changelogs.length, 'changelog'),
    ].join(', ')
  );
}
