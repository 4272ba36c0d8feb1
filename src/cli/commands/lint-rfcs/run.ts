import path from 'node:path';
import { PortalError } from '../../../lib/errors.js';
import { formatGithubAnnotations, inGithubActions } from '../../../lib/findings/index.js';
import { applyGateSeverity, type Severity } from '../../../lib/gates/severity.js';
import { formatRfcLintReport, lintRfcs, rfcFindings, rfcLintReportToJson, summarizeRfcLintReport } from '../../../lib/rfcs/index.js';
import { writeJsonReport } from '../../shared/write-json.js';

/** Options of `portal lint rfcs`, as commander hands them over. */
export interface LintRfcsCommandOptions {
  dir?: string;
  json?: string;
  config?: string;
}

/**
 * The action of `portal lint rfcs`: one `file:line: message (rule)` line per
 * finding (plus a GitHub annotation each under GitHub Actions), then exit 1
 * under `gates.rfcs: "error"`.
 */
export async function runLintRfcs(files: string[], options: LintRfcsCommandOptions): Promise<void> {
  // --dir makes the configuration unnecessary, so a project without one can still lint its RFCs.
  const configured = options.dir ? undefined : await configuredPortal(options.config);
  const dir = options.dir ? path.resolve(options.dir) : path.join(configured!.rootDir, 'rfcs');
  const severity: Severity = configured?.gates.rfcs ?? 'error';
  const report = await lintRfcs({
    dir,
    files: files.length > 0 ? files : undefined,
    // `release:` in front matter is checked against the configured changelogs' versions.
    ...(configured ? { changelogVersions: () => changelogVersions(configured.changelogs) } : {}),
  });
  const reporter = { severity: severity === 'error' ? ('error' as const) : ('warn' as const) };
  if (options.json) await writeJsonReport(options.json, rfcLintReportToJson(report, reporter));
  process.stdout.write(formatRfcLintReport(report, reporter));
  if (report.findings.length === 0) return;
  if (inGithubActions()) process.stdout.write(formatGithubAnnotations(rfcFindings(report, reporter)));
  applyGateSeverity('rfcs', severity, new PortalError(summarizeRfcLintReport(report), 1));
}

/** The released versions of each configured changelog (parsed by src/lib/changelog). */
async function changelogVersions(changelogs: readonly { id: string; file: string }[]) {
  const { loadChangelog, UNRELEASED } = await import('../../../lib/changelog/index.js');
  return Promise.all(
    changelogs.map(async (log) => ({
      id: log.id,
      versions: (await loadChangelog(log.file)).releases.map((release) => release.version).filter((version) => version !== UNRELEASED),
    })),
  );
}

/** The portal configuration; its loader is imported only when there is no --dir. */
async function configuredPortal(configFile: string | undefined) {
  const { loadPortalConfig } = await import('../../../config/index.js');
  return loadPortalConfig(configFile);
}
