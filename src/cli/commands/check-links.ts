import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadPortalConfig } from '../../config/index.js';
import { PortalError } from '../../lib/errors.js';
import { checkBuildLinks, formatLinkReport, linkReportToJson } from '../../lib/links/index.js';
import { configOption } from '../options.js';

interface CheckLinksOptions {
  json?: string;
  listExternal?: boolean;
  config?: string;
}

/**
 * `portal check links [build-dir]`: every internal href/src/srcset of the built
 * pages and feeds must resolve to a file of the build and every #fragment to
 * an element id. Exit 1 on any broken link, 2 when there is no build.
 */
export function registerCheckLinksCommand(check: Command): void {
  check
    .command('links')
    .description('check every link, asset and #fragment in a built site (pages, redirect pages, feeds); external links are listed, not fetched')
    .argument('[build-dir]', 'the built site (default: build/ next to the portal configuration)')
    .option('--list-external', 'also list every external URL and how many pages link to it')
    .option('--json <file>', 'also write the report (broken links, external URLs, counts) as JSON to <file>')
    .addOption(configOption())
    .action(async (buildDirArgument: string | undefined, options: CheckLinksOptions) => {
      const config = await loadPortalConfig(options.config);
      const buildDir = buildDirArgument ? path.resolve(buildDirArgument) : path.join(config.rootDir, 'build');
      const report = await checkBuildLinks(buildDir, { siteUrl: config.site.url, baseUrl: config.site.baseUrl });
      if (options.json) await writeJson(options.json, linkReportToJson(report));
      process.stdout.write(formatLinkReport(report, { listExternal: options.listExternal }));
      if (report.broken.length > 0) {
        const pages = new Set(report.broken.map((link) => link.page)).size;
        throw new PortalError(`Link check failed: ${report.broken.length} broken link${report.broken.length === 1 ? '' : 's'} on ${pages} page${pages === 1 ? '' : 's'} of ${buildDir}`, 1);
      }
    });
}

async function writeJson(target: string, value: unknown): Promise<void> {
  const file = path.resolve(target);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
  } catch (error) {
    throw new PortalError(`Cannot write the JSON report to ${file}`, 2, [error instanceof Error ? error.message : String(error)]);
  }
}
