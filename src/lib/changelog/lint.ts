import type { GateSeverity } from '../../config/schema.js';
import { PortalError } from '../errors.js';
import { readChangelog } from './load.js';
import type { Changelog, ChangelogFinding } from './model.js';
import type { StyleDetection } from './detect.js';
import { plural } from '../core/text.js';

/** A changelog to lint: a file, and its id and title when it comes from the configuration. */
export interface ChangelogTarget {
  /** Path of the Markdown file. */
  file: string;
  /** The changelog's `id` in the configuration. */
  id?: string;
  /** The changelog's `title` in the configuration. */
  title?: string;
}

/** One changelog that could be read, with its findings. */
export interface LintedChangelog {
  /** Which changelog this is. */
  target: ChangelogTarget;
  /** The parsed changelog. */
  changelog: Changelog;
  /** Its detected style and why. */
  detection: StyleDetection;
  /** Its findings, with the gate's severity; empty when the gate is `off`. */
  findings: ChangelogFinding[];
}

/** A changelog that cannot be used at all (unreadable, not text, no release): exit 2 whatever the gate. */
export interface UnusableChangelog {
  /** Which changelog this is. */
  target: ChangelogTarget;
  /** One-line summary, e.g. `Cannot read the changelog /x/CHANGELOG.md`. */
  message: string;
  /** One `file:line: message` line per problem. */
  problems: readonly string[];
}

/** What {@link lintChangelogs} returns: the same data for `portal lint changelog`, the build and the preflight. */
export interface ChangelogLintReport {
  /** `gates.changelog` as applied. */
  gate: GateSeverity;
  /** The changelogs that could be read, in configuration order. */
  changelogs: LintedChangelog[];
  /** Every finding of every changelog, in configuration order, then by line. */
  findings: ChangelogFinding[];
  /** The changelogs that cannot be used. */
  unusable: UnusableChangelog[];
}

/** What the lint needs from the configuration (a whole `PortalConfig` will do). */
export interface ChangelogLintConfig {
  /** The changelogs to read. */
  changelogs: readonly ChangelogTarget[];
  /** `gates.changelog`: the severity findings get (`off`: none are reported). */
  gates: { changelog: GateSeverity };
}

/**
 * Reads every changelog of the configuration and collects its findings with
 * the severity of `gates.changelog` (none when it is `off`). Never throws for
 * a bad changelog: unusable ones are listed in `unusable`. Pure apart from
 * reading the files; see {@link changelogGateExitCode} for the verdict.
 *
 * @param config - The loaded configuration, or `{ changelogs, gates: { changelog } }`.
 */
export async function lintChangelogs(config: ChangelogLintConfig): Promise<ChangelogLintReport> {
  const gate = config.gates.changelog;
  const report: ChangelogLintReport = { gate, changelogs: [], findings: [], unusable: [] };
  const results = await Promise.all(
    config.changelogs.map(async (target) => {
      try {
        return { target, result: await readChangelog(target.file) };
      } catch (error) {
        if (!(error instanceof PortalError)) throw error;
        return { target, error };
      }
    }),
  );
  for (const { target, result, error } of results) {
    if (error) {
      report.unusable.push({ target, message: error.message, problems: error.problems });
      continue;
    }
    const findings = gate === 'off' ? [] : result!.findings.map((finding) => ({ ...finding, severity: gate }));
    report.changelogs.push({ target, changelog: result!.changelog, detection: result!.detection, findings });
    report.findings.push(...findings);
  }
  return report;
}

/**
 * The exit code a report stands for: 2 when a changelog cannot be used, 1 when
 * there are findings and the gate is `error`, 0 otherwise.
 */
export function changelogGateExitCode(report: ChangelogLintReport): 0 | 1 | 2 {
  if (report.unusable.length > 0) return 2;
  return report.gate === 'error' && report.findings.length > 0 ? 1 : 0;
}

/**
 * The error a failing report stands for, or undefined when it passes: exit 2
 * listing the unusable changelogs' problems, or exit 1 naming the finding count
 * (`problems` holds the findings when `listFindings` is set, for callers that
 * have not printed them).
 */
export function changelogGateError(report: ChangelogLintReport, options: { listFindings: boolean }): PortalError | undefined {
  const code = changelogGateExitCode(report);
  if (code === 0) return undefined;
  if (code === 2) {
    const [only] = report.unusable;
    if (report.unusable.length === 1 && report.changelogs.length === 0) return new PortalError(only!.message, 2, only!.problems);
    const total = report.unusable.length + report.changelogs.length;
    return new PortalError(
      `${report.unusable.length} of ${total} changelogs cannot be used`,
      2,
      report.unusable.flatMap((entry) => entry.problems),
    );
  }
  return new PortalError(
    `${summarizeFindings(report)} (gates.changelog: "error")`,
    1,
    options.listFindings ? report.findings.map(formatChangelogFinding) : [],
  );
}

/** `3 changelog findings in 2 files`. */
export function summarizeFindings(report: ChangelogLintReport): string {
  const files = new Set(report.findings.map((finding) => finding.file)).size;
  const n = report.findings.length;
  return `${plural(n, 'changelog finding')} in ${plural(files, 'file')}`;
}

/**
 * One line per finding, the way every front door prints it:
 * `file:line:column: message (rule)`, then `hint: …` after a dash.
 */
export function formatChangelogFinding(finding: ChangelogFinding): string {
  const place = `${finding.file}:${finding.line}${finding.column === undefined ? '' : `:${finding.column}`}`;
  return `${place}: ${finding.message} (${finding.rule})${finding.hint ? ` — ${finding.hint}` : ''}`;
}
