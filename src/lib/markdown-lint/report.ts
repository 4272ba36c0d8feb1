import pc from 'picocolors';
import type { MarkdownFinding, MarkdownLintReport } from './lint.js';
import { plural } from '../core/text.js';
import { displayPath } from '../core/files.js';

/** `file:line:column  rule  message`, the file relative to `cwd` when inside it; editors and CI annotations link to it. */
export function formatMarkdownFinding(finding: MarkdownFinding, cwd: string = process.cwd()): string {
  return `${displayPath(finding.file, cwd)}:${finding.line}:${finding.column}  ${finding.rule}  ${finding.message}`;
}

/** The summary line: problems and files with problems out of the files checked. */
export function summarizeMarkdownLintReport(report: MarkdownLintReport): string {
  const checked = plural(report.checkedFiles.length, 'Markdown file');
  if (report.findings.length === 0) return `${checked} checked, no problems`;
  const files = new Set(report.findings.map((finding) => finding.file)).size;
  return `${plural(report.findings.length, 'problem')} in ${plural(files, 'file')} (${checked} checked)`;
}

/** Renders a report for the terminal: one line per finding, then the summary. */
export function formatMarkdownLintReport(report: MarkdownLintReport, cwd: string = process.cwd()): string {
  const lines = report.findings.map((finding) => formatMarkdownFinding(finding, cwd));
  const summary = summarizeMarkdownLintReport(report);
  lines.push(report.findings.length === 0 ? `${pc.green('✔')} ${summary}` : `${pc.red('✖')} ${summary}`);
  return `${lines.join('\n')}\n`;
}

/** The JSON form of a {@link MarkdownLintReport}, as `--json` writes it. */
export interface MarkdownLintReportJson {
  /** Number of findings. */
  problems: number;
  /** Number of files with findings. */
  files: number;
  /** The findings, with paths relative to the working directory. */
  findings: MarkdownFinding[];
  /** The files linted, relative to the working directory. */
  checkedFiles: string[];
}

/** The report as JSON-ready data, paths relative to `cwd`. */
export function markdownLintReportToJson(report: MarkdownLintReport, cwd: string = process.cwd()): MarkdownLintReportJson {
  return {
    problems: report.findings.length,
    files: new Set(report.findings.map((finding) => finding.file)).size,
    findings: report.findings.map((finding) => ({ ...finding, file: displayPath(finding.file, cwd) })),
    checkedFiles: report.checkedFiles.map((file) => displayPath(file, cwd)),
  };
}
