import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { PortalError } from '../../lib/errors.js';
import { judgeGateInBuild, type Severity } from '../../lib/gates/in-build.js';
import {
  checkRunbooks,
  formatRunbookReport,
  loadAlertRules,
  loadRunbooks,
  summarizeRunbookReport,
  type AlertRule,
  type Runbook,
} from '../../lib/runbooks/index.js';
import { loadOrFailBuild } from '../fail-build.js';

/** Options of the runbooks plugin. */
export interface RunbooksPluginOptions {
  /** Absolute path of the runbooks directory. */
  dir: string;
  /** Absolute paths of the Prometheus rule files (`runbooks.alertRules` in the config). */
  alertRules: string[];
  /** `gates.runbooks`: what a failed check does to the build. @default "error" */
  severity?: Severity;
}

/** One alert as the runbook pages show it: taken from the rule files, so pages cannot drift from alerts. */
export interface AlertView {
  alert: string;
  expr: string;
  for?: string;
  severity?: string;
  service?: string;
  labels: Record<string, string>;
  summary?: string;
  group: string;
  /** Rule file, relative to the site directory. */
  source: string;
  /** Permalink of the runbook serving this alert, when one does. */
  runbook?: string;
}

/** What runbook components read with `usePluginData('portico-runbooks')`. */
export interface RunbooksGlobalData {
  alerts: AlertView[];
  runbooks: Pick<Runbook, 'title' | 'permalink' | 'alerts' | 'severity' | 'service' | 'owner' | 'lastReviewed'>[];
}

/**
 * Reads the alert rules and the runbooks, runs the same check as
 * `portal check runbooks` and fails the build when an alert's `runbook_url`
 * would lead nowhere. Publishes the alerts for the runbook index and for the
 * alert box on each runbook page.
 */
export default function runbooksPlugin(context: LoadContext, options: RunbooksPluginOptions): Plugin<RunbooksGlobalData> {
  return {
    name: 'portico-runbooks',
    getPathsToWatch: () => [path.join(options.dir, '**/*.{md,mdx}'), ...options.alertRules],
    loadContent: () => loadOrFailBuild(async () => {
      const [{ runbooks, problems }, rules] = await Promise.all([
        loadRunbooks(options.dir),
        loadAlertRules(options.alertRules),
      ]);
      const report = checkRunbooks({
        rules,
        runbooks,
        runbookProblems: problems,
        siteUrl: context.siteConfig.url,
        baseUrl: context.siteConfig.baseUrl,
      });
      judgeGateInBuild(
        'runbooks',
        options.severity ?? 'error',
        report.passed
          ? undefined
          : new PortalError(`Runbook check failed: ${summarizeRunbookReport(report)}`, 1, formatRunbookReport(report, { cwd: context.siteDir }).split('\n').filter(Boolean)),
      );
      const runbookFor = (alert: string) => runbooks.find((runbook) => runbook.alerts.includes(alert))?.permalink;
      return {
        alerts: rules.map((rule) => toAlertView(rule, context.siteDir, runbookFor(rule.alert))),
        runbooks: runbooks.map(({ title, permalink, alerts, severity, service, owner, lastReviewed }) => ({
          title,
          permalink,
          alerts,
          severity,
          service,
          owner,
          lastReviewed,
        })),
      };
    }),
    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}

function toAlertView(rule: AlertRule, siteDir: string, runbook: string | undefined): AlertView {
  return {
    alert: rule.alert,
    expr: rule.expr,
    for: rule.for,
    severity: rule.labels.severity,
    service: rule.labels.service,
    labels: rule.labels,
    summary: rule.annotations.summary,
    group: rule.group,
    source: path.relative(siteDir, rule.file),
    runbook,
  };
}
