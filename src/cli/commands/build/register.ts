import type { Command } from 'commander';
import { configOption } from '../../shared/options.js';
import type { BuildCommandOptions } from './run.js';

/**
 * `portal build`: what `npm run build` runs. Builds the site from the portal
 * configuration with every build check (doc coverage, OpenAPI lint, validated
 * sections, strict links), bundling and rendering in separate processes unless
 * `build.bundleInSeparateProcess` is false or `--single-process` is given.
 * Exit 1 when the build or a check fails, 2 on an unusable configuration.
 */
export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description('build the site (API reference, HTTP API, dashboards and every build check); exit 1 when the build fails')
    .option('--out-dir <dir>', 'where the built site goes (default: build/ next to the portal configuration)')
    .option('--single-process', 'bundle and render in one process, as `docusaurus build` does (faster by a few seconds, higher peak memory)')
    .option('--no-cache', 'render the pages even when the last build’s render step could be reused (build.reuseRender)')
    .addOption(configOption())
    .action(async (options: BuildCommandOptions) => {
      const { runBuild } = await import('./run.js');
      await runBuild(options);
    });
}
