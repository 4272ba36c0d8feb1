import type { Command } from 'commander';
import type { InitCommandOptions } from './run.js';

/**
 * `portal init [dir]`: creates a portal for a project in `dir` (default: `portal/` inside the
 * `--from` repository, else `./portal`): a commented
 * portal.config.ts and starter pages for docs/, rfcs/ and runbooks/. `--from <repo>` fills the
 * config from the project's package.json, OpenAPI files, changelog, alert rules and result files.
 * Exit 2 when a file it would write exists (unless `--force`) or `--from` is not a folder.
 */
export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description('create a portal for your project: portal.config.ts and starter docs, RFC and runbook pages')
    .argument('[dir]', 'folder to create the portal in (default: portal/ in the --from repository, else ./portal)')
    .option('--from <repo>', "fill the config from the project's repository (package.json types, OpenAPI, changelog, alert rules, results)")
    .option('--force', 'replace files that already exist (others in the folder are left alone)')
    .action(async (dir: string | undefined, options: InitCommandOptions) => {
      const { runInit } = await import('./run.js');
      await runInit(dir, options);
    });
}
