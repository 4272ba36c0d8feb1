import { displayPath } from '../core/files.js';
import type { Finding } from '../findings/index.js';
import type { RunbookReport } from './check.js';
import { formatRunbookFinding } from './report.js';

/** How runbook findings become findings. */
export interface RunbookFindingOptions {
  /** Paths are shown relative to this directory when inside it. @default process.cwd() */
  cwd?: string;
  /** `gates.runbooks`: under `warn` (or `off`) an error is reported as `warn`. @default 'error' */
  gate?: 'error' | 'warn' | 'off';
}

/**
 * The report's errors and warnings in the shape every reporter renders: the
 * alert-rule file or runbook and its line, the finding's kind as the rule, and
 * the terminal reporter's message. Alerts that resolve and links to other hosts
 * (severity `info`) are no findings.
 */
export function runbookFindings(report: RunbookReport, options: RunbookFindingOptions = {}): Finding[] {
  const errorSeverity = (options.gate ?? 'error') === 'error' ? 'error' : 'warn';
  return report.findings.flatMap((finding): Finding[] => {
    if (finding.severity === 'info') return [];
    // The terminal line is `file:line: message`; the message is what follows the place.
    const place = `${displayPath(finding.file, options.cwd)}:${finding.line}: `;
    const line = formatRunbookFinding(finding, { cwd: options.cwd });
    return [
      {
        file: finding.file,
        line: finding.line,
        rule: finding.kind,
        severity: finding.severity === 'error' ? errorSeverity : 'warn',
        message: line.startsWith(place) ? line.slice(place.length) : line,
      },
    ];
  });
}
