import path from 'node:path';
import pc from 'picocolors';
import { PortalError } from '../../../lib/errors.js';
import { applyGateSeverity, type Severity } from '../../../lib/gates/severity.js';
import { RFC_TEMPLATE_FILE, lintRfcs, type RfcLintReport } from '../../../lib/rfcs/index.js';
import { writeJsonReport } from '../../shared/write-json.js';

/** Options of `portal lint rfcs`, as commander hands them over. */
export interface LintRfcsCommandOptions {
  dir?: string;
  json?: string;
  config?: string;
}

/** The action of `portal lint rfcs`. */
export async function runLintRfcs(files: string[], options: LintRfcsCommandOptions): Promise<void> {
  // --dir makes the configuration unnecessary, so a project without one can still lint its RFCs.
  const configured = options.dir ? undefined : await configuredPortal(options.config);
  const dir = options.dir ? path.resolve(options.dir) : path.join(configured!.rootDir, 'rfcs');
  const severity: Severity = configured?.gates.rfcs ?? 'error';
  const report = await lintRfcs({ dir, files: files.length > 0 ? files : undefined });
  const findings = relativeFindings(report);
  if (options.json) await writeJsonReport(options.json, jsonReport(report, findings));
  const rfcCount = report.checkedFiles.length - report.checkedFiles.filter((file) => RFC_TEMPLATE_FILE.test(path.basename(file))).length;
  if (findings.length === 0) {
    process.stdout.write(`${pc.green('✔')} ${plural(rfcCount, 'RFC')} checked, no problems\n`);
    return;
  }
  for (const finding of findings) process.stdout.write(`${finding.file}:${finding.line}: ${finding.message}\n`);
  const fileCount = new Set(findings.map((finding) => finding.file)).size;
  applyGateSeverity('rfcs', severity, new PortalError(`${plural(findings.length, 'problem')} in ${plural(fileCount, 'file')}`, 1));
}

/** The portal configuration; its loader is imported only when there is no --dir. */
async function configuredPortal(configFile: string | undefined) {
  const { loadPortalConfig } = await import('../../../config/index.js');
  return loadPortalConfig(configFile);
}

/** Findings with paths relative to the working directory, sorted by file then line. */
function relativeFindings(report: RfcLintReport) {
  return report.findings
    .map((finding) => ({ ...finding, file: path.relative(process.cwd(), finding.file) || finding.file }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/** The `--json` report: counts, findings, the files checked and the RFCs found. */
function jsonReport(report: RfcLintReport, findings: ReturnType<typeof relativeFindings>) {
  return {
    problems: findings.length,
    files: new Set(findings.map((finding) => finding.file)).size,
    findings,
    checkedFiles: report.checkedFiles.map((checked) => path.relative(process.cwd(), checked) || checked),
    rfcs: report.rfcs,
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
