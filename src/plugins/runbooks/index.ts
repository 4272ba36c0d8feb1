import path from 'node:path';
import clientRedirectsPlugin from '@docusaurus/plugin-client-redirects';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { PortalError } from '../../lib/errors.js';
import { judgeGateInBuild, type Severity } from '../../lib/gates/in-build.js';
import {
  checkRunbooks,
  formatRunbookReport,
  loadAlertRules,
  loadRunbooks,
  planRunbookAliases,
  summarizeRunbookReport,
  type AlertRule,
  type Runbook,
} from '../../lib/runbooks/index.js';
import { loadOrFailBuild } from '../fail-build.js';

// Docusaurus (jiti) hands over the CommonJS module's `default`; Node's own ESM loader the whole `exports` object.
const createClientRedirects: typeof clientRedirectsPlugin =
  typeof clientRedirectsPlugin === 'function' ? clientRedirectsPlugin : (clientRedirectsPlugin as unknown as { default: typeof clientRedirectsPlugin }).default;

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

/** What the plugin loads: the data the pages read, and the alias redirects written after the build. */
export interface RunbooksContent {
  /** Published as global data. */
  data: RunbooksGlobalData;
  /** Alert-name URLs (`/runbooks/HighErrorRate`) and the runbook each leads to; the same plan `portal check runbooks` resolves links against. */
  redirects: { from: string; to: string }[];
}

/**
 * Reads the alert rules and the runbooks, runs the same check as
 * `portal check runbooks` and fails the build when an alert's `runbook_url`
 * would lead nowhere. Publishes the alerts for the runbook index and for the
 * alert box on each runbook page, and after the build writes a redirect page
 * for each alert name (with `@docusaurus/plugin-client-redirects`), so an
 * alert can link to its runbook by its own name on a static host. The
 * runbooks are read once, here.
 */
export default function runbooksPlugin(context: LoadContext, options: RunbooksPluginOptions): Plugin<RunbooksContent> {
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
      const data: RunbooksGlobalData = {
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
      const redirects = planRunbookAliases(runbooks).aliases.map((alias) => ({ from: alias.permalink, to: alias.targetPermalink }));
      return { data, redirects };
    }),
    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content.data);
    },
    async postBuild(props) {
      if (props.content.redirects.length === 0) return;
      const redirects = createClientRedirects(context, { id: 'runbook-aliases', fromExtensions: [], toExtensions: [], redirects: props.content.redirects });
      await redirects?.postBuild?.({ ...props, content: undefined });
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
