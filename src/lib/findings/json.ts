import { displayPath } from '../core/files.js';
import { countFiles, type Finding, type Report } from './model.js';
import type { FindingFormatOptions } from './terminal.js';

/** The JSON form of a {@link Report}, as `--json` writes it (a check may add its own fields beside these). */
export interface ReportJson {
  /** The check (`rfcs`, `changelog`, `runbooks`, `links`). */
  check: string;
  /** True when no finding is an error. */
  passed: boolean;
  /** Findings of severity `error`. */
  errors: number;
  /** Findings of severity `warn`. */
  warnings: number;
  /** Files with at least one finding. */
  files: number;
  /** The findings, with paths relative to the working directory when inside it. */
  findings: Finding[];
}

/** A report as JSON-ready data: counts, then the findings with their paths shown as the terminal shows them. */
export function reportToJson(report: Report, options: FindingFormatOptions = {}): ReportJson {
  const findings = report.findings.map((finding) => findingToJson(finding, options));
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { check: report.check, passed: errors === 0, errors, warnings: findings.length - errors, files: countFiles(findings), findings };
}

/** One finding with its path relative to the working directory (when inside it), fields in a fixed order, no `undefined`. */
export function findingToJson(finding: Finding, options: FindingFormatOptions = {}): Finding {
  const out: Finding = { file: displayPath(finding.file, options.cwd), line: finding.line, rule: finding.rule, severity: finding.severity, message: finding.message };
  if (finding.column !== undefined) out.column = finding.column;
  if (finding.hint !== undefined) out.hint = finding.hint;
  return out;
}
