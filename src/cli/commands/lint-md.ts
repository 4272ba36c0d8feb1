import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadPortalConfig } from '../../config/index.js';
import { PortalError } from '../../lib/errors.js';
import {
  defaultMarkdownPaths,
  formatMarkdownLintReport,
  lintMarkdown,
  markdownLintReportToJson,
  summarizeMarkdownLintReport,
} from '../../lib/markdown-lint/index.js';
import { configOption } from '../options.js';

interface LintMdCommandOptions {
  json?: string;
  config?: string;
}

/** `portal lint md [paths...]`: remark-lint (recommended + consistent presets) over the portal's Markdown; exit 1 on any finding. */
export function registerLintMdCommand(lint: Command): void {
  lint
    .command('md')
    .description('lint Markdown and MDX with remark-lint (configured in .remarkrc.mjs); exit 1 on any finding')
    .argument('[paths...]', 'files, directories or globs (default: docs, tutorials, rfcs, runbooks, blog, README.md and the configured changelogs)')
    .option('--json <file>', 'also write the findings as JSON to <file>')
    .addOption(configOption())
    .action(async (paths: string[], options: LintMdCommandOptions) => {
      const config = await loadPortalConfig(options.config);
      const targets =
        paths.length > 0
          ? paths.map((p) => path.resolve(p))
          : defaultMarkdownPaths(
              config.rootDir,
              config.changelogs.map((changelog) => changelog.file),
            );
      const report = await lintMarkdown({ paths: targets, cwd: config.rootDir });
      if (options.json) await writeJson(options.json, markdownLintReportToJson(report));
      process.stdout.write(formatMarkdownLintReport(report));
      if (report.findings.length > 0) throw new PortalError(`Markdown lint failed: ${summarizeMarkdownLintReport(report)}`, 1);
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
