import path from 'node:path';
import pc from 'picocolors';
import { displayPath } from '../core/files.js';
import { plural } from '../core/text.js';
import { formatFinding, reportToJson, sortFindings, summarizeFindings, type Finding, type FindingSeverity, type ReportJson } from '../findings/index.js';
import { RFC_TEMPLATE_FILE, type RfcLintReport, type RfcMeta } from './lint.js';

/** How the RFC reporters show paths. */
export interface RfcReporterOptions {
  /** Paths are shown relative to this directory when inside it. @default process.cwd() */
  cwd?: string;
  /** The severity of every finding: `error` under `gates.rfcs: "error"`, else `warn`. @default 'error' */
  severity?: FindingSeverity;
}

/** The report's findings in the shape every reporter renders, sorted by file then line. */
export function rfcFindings(report: RfcLintReport, options: RfcReporterOptions = {}): Finding[] {
  const severity = options.severity ?? 'error';
  return sortFindings(report.findings.map(({ file, line, rule, message }) => ({ file, line, rule, severity, message })));
}

/** The number of RFCs checked, not counting the template. */
export function countCheckedRfcs(report: RfcLintReport): number {
  return report.checkedFiles.filter((file) => !RFC_TEMPLATE_FILE.test(path.basename(file))).length;
}

/** `3 problems in 2 files`, or `no problems`. */
export function summarizeRfcLintReport(report: RfcLintReport): string {
  return report.findings.length === 0 ? 'no problems' : summarizeFindings(rfcFindings(report));
}

/**
 * The terminal form: `✔ 3 RFCs checked, no problems` when clean, else one
 * `file:line: message (rule)` line per finding (the summary is the failure's message).
 */
export function formatRfcLintReport(report: RfcLintReport, options: RfcReporterOptions = {}): string {
  const findings = rfcFindings(report, options);
  if (findings.length === 0) return `${pc.green('✔')} ${plural(countCheckedRfcs(report), 'RFC')} checked, no problems\n`;
  return findings.map((finding) => `${formatFinding(finding, options)}\n`).join('');
}

/** The JSON form of an RFC lint, as `portal lint rfcs --json` writes it. */
export interface RfcLintReportJson extends ReportJson {
  /** Number of findings (errors and warnings). */
  problems: number;
  /** The files checked (RFCs and the template), relative to the working directory when inside it. */
  checkedFiles: string[];
  /** The RFCs with valid front matter, sorted by number. */
  rfcs: RfcMeta[];
}

/** The report as JSON-ready data: the findings report, plus the files checked and the RFCs found. */
export function rfcLintReportToJson(report: RfcLintReport, options: RfcReporterOptions = {}): RfcLintReportJson {
  const findings = rfcFindings(report, options);
  return {
    ...reportToJson({ check: 'rfcs', findings }, options),
    problems: findings.length,
    checkedFiles: report.checkedFiles.map((file) => displayPath(file, options.cwd)),
    rfcs: report.rfcs,
  };
}
