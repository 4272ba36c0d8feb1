import { existsSync } from 'node:fs';
import path from 'node:path';
import pc from 'picocolors';
import { loadPortalConfig, resolveConfigPath, type GateSeverity } from '../../../config/index.js';
import { PortalError } from '../../../lib/errors.js';
import {
  changelogFindings,
  changelogGateError,
  changelogReportToJson,
  formatChangelogReport,
  lintChangelogs,
  summarizeFindings,
  type ChangelogTarget,
} from '../../../lib/changelog/index.js';
import { formatGithubAnnotations, inGithubActions } from '../../../lib/findings/index.js';

/** Options of `portal lint changelog`, as commander hands them over. */
export interface LintChangelogOptions {
  json?: boolean;
  config?: string;
}

/**
 * The action of `portal lint changelog`: prints each readable changelog (or
 * one JSON document), then exits 2 when one cannot be used, 1 when there are
 * findings and `gates.changelog` is `error`, 0 otherwise.
 */
export async function runLintChangelog(file: string | undefined, options: LintChangelogOptions): Promise<void> {
  const { targets, gate } = file ? { targets: [{ file: path.resolve(file) }], gate: await gateFor(options.config) } : await configuredChangelogs(options.config);
  const report = await lintChangelogs({ changelogs: targets, gates: { changelog: gate } });
  const error = changelogGateError(report, { listFindings: false });
  if (options.json) {
    // Unusable input leaves stdout empty: there is no document to print.
    if (error?.exitCode !== 2) process.stdout.write(`${JSON.stringify(changelogReportToJson(report), null, 2)}\n`);
  } else {
    for (const linted of report.changelogs) process.stdout.write(`${formatChangelogReport(linted, report.gate)}\n`);
    // Not with --json, whose stdout is one JSON document.
    if (inGithubActions()) process.stdout.write(formatGithubAnnotations(changelogFindings(report)));
    if (report.findings.length > 0 && report.gate === 'warn' && report.unusable.length === 0) {
      process.stdout.write(`${pc.yellow('⚠')} ${summarizeFindings(report)}; not failing (gates.changelog: "warn")\n`);
    }
  }
  if (error) throw error;
}

/** The gate for a file given on the command line: the configuration's when there is one, else `error`. */
async function gateFor(configPath: string | undefined): Promise<GateSeverity> {
  if (!configPath && !existsSync(resolveConfigPath())) return 'error';
  return (await loadPortalConfig(configPath)).gates.changelog;
}

async function configuredChangelogs(configPath: string | undefined): Promise<{ targets: ChangelogTarget[]; gate: GateSeverity }> {
  const config = await loadPortalConfig(configPath);
  if (config.changelogs.length === 0) {
    throw new PortalError(`Nothing to lint: ${config.configFile} lists no changelogs`, 2, [
      'pass a file (portal lint changelog CHANGELOG.md) or add one to `changelogs` in the configuration',
    ]);
  }
  return { targets: config.changelogs.map(({ id, title, file }) => ({ id, title, file })), gate: config.gates.changelog };
}
