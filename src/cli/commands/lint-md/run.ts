import path from 'node:path';
import { loadPortalConfig } from '../../../config/index.js';
import { PortalError } from '../../../lib/errors.js';
import { applyGateSeverity } from '../../../lib/gates/severity.js';
import {
  defaultMarkdownPaths,
  formatMarkdownLintReport,
  lintMarkdown,
  markdownLintReportToJson,
  summarizeMarkdownLintReport,
} from '../../../lib/markdown-lint/index.js';
import { writeJsonReport } from '../../shared/write-json.js';

/** Options of `portal lint md`, as commander hands them over. */
export interface LintMdCommandOptions {
  json?: string;
  config?: string;
}

/** The action of `portal lint md`. */
export async function runLintMd(paths: string[], options: LintMdCommandOptions): Promise<void> {
  const config = await loadPortalConfig(options.config);
  const targets =
    paths.length > 0
      ? paths.map((p) => path.resolve(p))
      : defaultMarkdownPaths(
          config.rootDir,
          config.changelogs.map((changelog) => changelog.file),
        );
  const report = await lintMarkdown({ paths: targets, cwd: config.rootDir });
  if (options.json) await writeJsonReport(options.json, markdownLintReportToJson(report));
  process.stdout.write(formatMarkdownLintReport(report));
  if (report.findings.length > 0) applyGateSeverity('markdownLint', config.gates.markdownLint, new PortalError(`Markdown lint failed: ${summarizeMarkdownLintReport(report)}`, 1));
}
