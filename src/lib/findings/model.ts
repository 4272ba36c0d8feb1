/**
 * One finding of any check (RFC lint, changelog lint, runbook check, link
 * check...), in the one shape every reporter renders: the terminal, the JSON
 * report and GitHub annotations. Checkers keep their own richer findings and
 * convert them to this shape at the edge (`rfcFindings`, `runbookFindings`...).
 */
export interface Finding {
  /** The file to fix, absolute or relative to the working directory. */
  file: string;
  /** 1-based line; `0` when the finding concerns the file as a whole and no line is known (a built HTML page). */
  line: number;
  /** 1-based column, when the finding points inside the line. */
  column?: number;
  /** Which rule found it, in kebab-case (`missing-section`, `invalid-date`, `missing-file`). */
  rule: string;
  /** `error` fails the gate, `warn` is reported only. */
  severity: FindingSeverity;
  /** What is wrong, in one line, without the file and line. */
  message: string;
  /** What to change to fix it, when that is not already in the message. */
  hint?: string;
}

/** How serious a finding is: `error` fails the check (under an `error` gate), `warn` is reported only. */
export type FindingSeverity = 'error' | 'warn';

/** The findings of one check run. */
export interface Report {
  /** The check that produced them, as the gate is named in `gates` (`rfcs`, `changelog`, `runbooks`, `links`). */
  check: string;
  /** The findings, in the order reporters print them (see {@link sortFindings}). */
  findings: Finding[];
}

/** Findings sorted by file, then line, then column; the order every reporter prints. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.column ?? 0) - (b.column ?? 0)),
  );
}

/** The number of distinct files with a finding. */
export function countFiles(findings: readonly Finding[]): number {
  return new Set(findings.map((finding) => finding.file)).size;
}
