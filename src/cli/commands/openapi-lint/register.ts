import type { Command } from 'commander';
import { configOption } from '../../shared/options.js';
import type { OpenApiLintOptions } from './run.js';

/**
 * `portal openapi lint [files...]`: Redocly's linter over the configured specs
 * (or the files given), one `file:line:column  severity  rule  message` line
 * per finding. Exit 1 when a finding is an error, 2 when a spec or the Redocly
 * configuration cannot be used. The build runs the same lint as its gate.
 */
export function registerOpenApiLintCommand(openapi: Command): void {
  openapi
    .command('lint')
    .description("lint OpenAPI specs with Redocly's linter and print each finding with its file:line:column; exit 1 on errors")
    .argument('[files...]', 'spec files to lint, relative to the working directory (default: openapi.specs of the configuration)')
    .option('--redocly-config <file>', 'Redocly configuration with the rules (default: redocly.yaml next to the portal configuration, else the recommended ruleset)')
    .addOption(configOption())
    .action(async (files: string[], options: OpenApiLintOptions) => {
      // Loaded on use: Redocly's library is large, and every other command would pay for it at startup.
      const { runOpenApiLint } = await import('./run.js');
      await runOpenApiLint(files, options);
    });
}
