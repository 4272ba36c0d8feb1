import pc from 'picocolors';
import type { RunbookFinding, RunbookReport } from './check.js';
import { displayPath } from '../core/files.js';
import { plural } from '../core/text.js';

/** How reporters show paths. */
export interface RunbookReporterOptions {
  /** Paths are shown relative to this directory when inside it. @default process.cwd() */
  cwd?: string;
}

/**
 * One finding as `file:line: message`, the form editors and CI annotations
 * link to the place to fix.
 */
export function formatRunbookFinding(finding: RunbookFinding, options: RunbookReporterOptions = {}): string {
  const where = `${displayPath(finding.file, options.cwd)}:${finding.line}`;
  return `${where}: ${describeFinding(finding, options)}`;
}

/**
 * The summary line, e.g. `3 alerts checked: 3 resolved, 0 unresolved, 0 without
 * runbook_url, 0 external; 0 runbooks name unknown alerts`. Resolved alerts
 * whose runbook does not list them, and runbook problems, are appended only
 * when there are some.
 */
export function summarizeRunbookReport(report: RunbookReport): string {
  const { counts } = report;
  let line =
    `${plural(counts.alerts, 'alert')} checked: ${counts.resolved} resolved, ${counts.unresolved} unresolved, ` +
    `${counts.missingUrl} without runbook_url, ${counts.external} external; ` +
    `${plural(counts.runbooksWithUnknownAlerts, 'runbook')} ${counts.runbooksWithUnknownAlerts === 1 ? 'names' : 'name'} unknown alerts`;
  if (counts.mismatched > 0) line += `; ${counts.mismatched} resolved to a runbook that does not list ${counts.mismatched === 1 ? 'it' : 'them'}`;
  if (counts.runbookProblems > 0) line += `; ${plural(counts.runbookProblems, 'runbook problem')}`;
  return line;
}

/**
 * Renders a report for the terminal: errors, then warnings, then links to
 * other hosts (listed, not checked), each as `file:line: message`, then the
 * summary line. Alerts that resolve are only counted; the JSON report lists them.
 */
export function formatRunbookReport(report: RunbookReport, options: RunbookReporterOptions = {}): string {
  const lines: string[] = [];
  const group = (findings: RunbookFinding[], heading: string) => {
    if (findings.length === 0) return;
    lines.push(heading);
    for (const finding of findings) lines.push(`  ${formatRunbookFinding(finding, options)}`);
  };
  const of = (predicate: (finding: RunbookFinding) => boolean) => report.findings.filter(predicate);
  const errors = of((finding) => finding.severity === 'error');
  const warnings = of((finding) => finding.severity === 'warning');
  const external = of((finding) => finding.kind === 'external');
  group(errors, pc.red(`✖ ${plural(errors.length, 'error')}`));
  group(warnings, pc.yellow(`⚠ ${plural(warnings.length, 'warning')}`));
  group(external, pc.cyan(`ℹ ${plural(external.length, 'runbook link')} to another host (listed, not checked)`));
  const summary = summarizeRunbookReport(report);
  lines.push(report.passed ? `${pc.green('✔')} ${summary}` : `${pc.red('✖')} ${summary}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The report as plain JSON data for `--json`: the same fields as
 * {@link RunbookReport}, with every path relative to `cwd` and `/`-separated.
 */
export function runbookReportToJson(report: RunbookReport, options: RunbookReporterOptions = {}): unknown {
  const rel = (file: string) => displayPath(file, options.cwd);
  return {
    passed: report.passed,
    errors: report.errors,
    warnings: report.warnings,
    summary: summarizeRunbookReport(report),
    counts: report.counts,
    findings: report.findings.map((finding) => {
      const out: Record<string, unknown> = { ...finding, file: rel(finding.file) };
      if ('runbook' in finding) out.runbook = { ...finding.runbook, file: rel(finding.runbook.file) };
      return out;
    }),
  };
}

function describeFinding(finding: RunbookFinding, options: RunbookReporterOptions): string {
  switch (finding.kind) {
    case 'ok':
      return `${finding.alert}: runbook_url leads to ${finding.runbook.permalink} (${displayPath(finding.runbook.file, options.cwd)})`;
    case 'mismatch':
      return (
        `${finding.alert}: runbook_url ${finding.url} leads to ${displayPath(finding.runbook.file, options.cwd)}, ` +
        `whose "alerts" lists ${finding.runbook.alerts.join(', ')} but not ${finding.alert}`
      );
    case 'unresolved':
      return `${finding.alert}: runbook_url ${finding.url} ${finding.reason}`;
    case 'missing-url':
      return `${finding.alert}: no runbook_url annotation; every alert must link to its runbook`;
    case 'external':
      return `${finding.alert}: ${finding.url}`;
    case 'orphan-alert-name':
      return `alert ${finding.alert} is listed in "alerts" but no rule file defines it`;
    case 'invalid-runbook':
      return finding.message;
  }
}
