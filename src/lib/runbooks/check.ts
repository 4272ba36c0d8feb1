import { planRunbookAliases, RUNBOOKS_ROUTE_BASE_PATH } from './aliases.js';
import type { RunbookProblem, Runbook } from './parse-runbooks.js';
import type { AlertRule } from './parse-rules.js';

/** How much a finding matters: errors fail `portal check runbooks`, warnings and info do not. */
export type RunbookFindingSeverity = 'error' | 'warning' | 'info';

/** Where an alerting rule is defined. */
interface AlertLocation {
  /** The alert name. */
  alert: string;
  /** Absolute path of the rule file. */
  file: string;
  /** 1-based line of the rule's `alert:` key. */
  line: number;
}

/** The runbook page a `runbook_url` leads to. */
export interface ResolvedRunbook {
  /** Markdown file of the runbook. */
  file: string;
  /** Site path of the runbook page, without `baseUrl`. */
  permalink: string;
  /** Whether the URL names the page itself or one of its alias pages. */
  via: 'page' | 'alias';
}

/** The alert's `runbook_url` leads to a runbook that lists the alert. */
export interface OkFinding extends AlertLocation {
  /** Discriminates the finding type. */
  kind: 'ok';
  /** How the report treats it: `error` fails the check, `warning` is reported, `info` only listed. */
  severity: 'info';
  /** The `runbook_url` annotation as written. */
  url: string;
  /** The runbook it leads to. */
  runbook: ResolvedRunbook;
}

/** The `runbook_url` leads to a runbook page, but that runbook does not list the alert in `alerts`. */
export interface MismatchFinding extends AlertLocation {
  /** Discriminates the finding type. */
  kind: 'mismatch';
  /** How the report treats it: `error` fails the check, `warning` is reported, `info` only listed. */
  severity: 'warning';
  /** The `runbook_url` annotation as written. */
  url: string;
  /** The runbook it leads to. */
  runbook: ResolvedRunbook & {
    /** The alert names the runbook's front matter lists. */
    alerts: readonly string[];
  };
}

/** The `runbook_url` points at this site but no runbook page or alias is published there: a 404 for on-call. */
export interface UnresolvedFinding extends AlertLocation {
  /** Discriminates the finding type. */
  kind: 'unresolved';
  /** How the report treats it: `error` fails the check, `warning` is reported, `info` only listed. */
  severity: 'error';
  /** The `runbook_url` annotation as written. */
  url: string;
  /** Why it does not resolve, and what would, in one sentence. */
  reason: string;
}

/** The alert has no `runbook_url` annotation. */
export interface MissingUrlFinding extends AlertLocation {
  /** Discriminates the finding type. */
  kind: 'missing-url';
  /** How the report treats it: `error` fails the check, `warning` is reported, `info` only listed. */
  severity: 'error';
}

/** The `runbook_url` points at another host; Portico lists it but cannot check it. */
export interface ExternalFinding extends AlertLocation {
  /** Discriminates the finding type. */
  kind: 'external';
  /** How the report treats it: `error` fails the check, `warning` is reported, `info` only listed. */
  severity: 'info';
  /** The `runbook_url` annotation as written. */
  url: string;
}

/** A runbook names an alert that no rule file defines (renamed or deleted alert, or a typo). */
export interface OrphanAlertNameFinding {
  /** Discriminates the finding type. */
  kind: 'orphan-alert-name';
  /** How the report treats it: `error` fails the check, `warning` is reported, `info` only listed. */
  severity: 'warning';
  /** The unknown alert name. */
  alert: string;
  /** Absolute path of the runbook. */
  file: string;
  /** 1-based line of the name in the runbook's front matter. */
  line: number;
}

/** A runbook's front matter, sections or URL are wrong (see {@link RunbookProblem}). */
export interface InvalidRunbookFinding {
  /** Discriminates the finding type. */
  kind: 'invalid-runbook';
  /** How the report treats it: `error` fails the check, `warning` is reported, `info` only listed. */
  severity: 'error';
  /** Absolute path of the runbook. */
  file: string;
  /** 1-based line. */
  line: number;
  /** What is wrong. */
  message: string;
}

/** One result of {@link checkRunbooks}; `kind` tells which. */
export type RunbookFinding =
  | OkFinding
  | MismatchFinding
  | UnresolvedFinding
  | MissingUrlFinding
  | ExternalFinding
  | OrphanAlertNameFinding
  | InvalidRunbookFinding;

/** Totals of a {@link RunbookReport}. */
export interface RunbookReportCounts {
  /** Alerting rules checked. */
  alerts: number;
  /** Alerts whose `runbook_url` leads to a runbook page (`ok` + `mismatch`). */
  resolved: number;
  /** Alerts whose `runbook_url` leads to no runbook page. */
  unresolved: number;
  /** Alerts without `runbook_url`. */
  missingUrl: number;
  /** Alerts whose `runbook_url` is on another host. */
  external: number;
  /** Resolved alerts whose runbook does not list them. */
  mismatched: number;
  /** Runbooks checked (valid front matter). */
  runbooks: number;
  /** Runbooks naming at least one unknown alert. */
  runbooksWithUnknownAlerts: number;
  /** Unknown alert names, over all runbooks. */
  unknownAlertNames: number;
  /** Runbook front-matter, section and URL problems. */
  runbookProblems: number;
}

/** Everything {@link checkRunbooks} found; rendered by the terminal and JSON reporters. */
export interface RunbookReport {
  /** Runbook problems first, then one finding per alert in rule order, then unknown alert names. */
  findings: RunbookFinding[];
  /** Totals. */
  counts: RunbookReportCounts;
  /** Findings with severity `error`. */
  errors: number;
  /** Findings with severity `warning`. */
  warnings: number;
  /** True when there is no error: every alert links to a published runbook and every runbook is valid. */
  passed: boolean;
}

/** Input of {@link checkRunbooks}. */
export interface CheckRunbooksInput {
  /** Alerting rules, e.g. from `loadAlertRules`. */
  rules: readonly AlertRule[];
  /** Valid runbooks, e.g. from `loadRunbooks`. */
  runbooks: readonly Runbook[];
  /** Public origin of the site (`site.url`), e.g. `https://portico.example.dev`. */
  siteUrl: string;
  /** Path of the site under `siteUrl` (`site.baseUrl`), starting and ending with `/`. */
  baseUrl: string;
  /** Problems from `loadRunbooks`, reported as `invalid-runbook` errors. */
  runbookProblems?: readonly RunbookProblem[];
}

/**
 * Checks that every alert's `runbook_url` leads to a published runbook page.
 *
 * A URL on the site's host resolves when, after the site's `baseUrl`, its path
 * is a runbook's page (`/runbooks/<slug>`) or one of the alias pages planned
 * by `planRunbookAliases`. A trailing slash, the query and the fragment are
 * ignored; case is not, because static hosts serve files case-sensitively.
 * Simple templates Prometheus would expand are expanded first:
 * `{{ $labels.alertname }}` and `{{ $labels.<label> }}` for labels set on the
 * rule, optionally piped to `toLower` or `toUpper`.
 */
export function checkRunbooks(input: CheckRunbooksInput): RunbookReport {
  const { rules, runbooks, runbookProblems = [] } = input;
  const site = new URL(input.siteUrl);
  const baseUrl = input.baseUrl.endsWith('/') ? input.baseUrl : `${input.baseUrl}/`;

  const pages = new Map<string, { runbook: Runbook; via: 'page' | 'alias' }>();
  const byFile = new Map(runbooks.map((runbook) => [runbook.file, runbook]));
  for (const runbook of runbooks) {
    if (!pages.has(runbook.permalink)) pages.set(runbook.permalink, { runbook, via: 'page' });
  }
  for (const alias of planRunbookAliases(runbooks).aliases) {
    const runbook = byFile.get(alias.targetFile);
    if (runbook && !pages.has(alias.permalink)) pages.set(alias.permalink, { runbook, via: 'alias' });
  }
  const runbookForAlert = new Map<string, Runbook>();
  for (const runbook of runbooks) for (const alert of runbook.alerts) if (!runbookForAlert.has(alert)) runbookForAlert.set(alert, runbook);

  const findings: RunbookFinding[] = runbookProblems.map((problem) => ({
    kind: 'invalid-runbook',
    severity: 'error',
    file: problem.file,
    line: problem.line,
    message: problem.message,
  }));

  for (const rule of rules) {
    const location = { alert: rule.alert, file: rule.file, line: rule.line };
    const url = rule.annotations.runbook_url?.trim();
    if (!url) {
      findings.push({ kind: 'missing-url', severity: 'error', ...location });
      continue;
    }
    const expanded = expandRunbookUrlTemplate(url, rule);
    const unresolved = (reason: string) => findings.push({ kind: 'unresolved', severity: 'error', ...location, url, reason });
    if (expanded.includes('{{')) {
      unresolved('contains a template Portico cannot expand before the alert fires; use a literal URL or {{ $labels.alertname }}');
      continue;
    }
    let parsed: URL;
    try {
      parsed = new URL(expanded);
    } catch {
      unresolved(`is not an absolute URL; alert notifications need one such as ${site.origin}${baseUrl}${RUNBOOKS_ROUTE_BASE_PATH}/${rule.alert}`);
      continue;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      unresolved(`is not an http(s) URL`);
      continue;
    }
    if (parsed.host !== site.host) {
      findings.push({ kind: 'external', severity: 'info', ...location, url });
      continue;
    }
    const pathname = safeDecode(parsed.pathname);
    if (!(pathname === baseUrl.slice(0, -1) || pathname.startsWith(baseUrl))) {
      unresolved(`is on this site's host but outside its baseUrl ${baseUrl}, so no page of the site is there`);
      continue;
    }
    let sitePath = `/${pathname.slice(baseUrl.length)}`;
    if (sitePath.length > 1) sitePath = sitePath.replace(/\/+$/, '');
    const hit = pages.get(sitePath);
    if (!hit) {
      unresolved(explainMiss(sitePath, rule.alert, pages, runbookForAlert, baseUrl));
      continue;
    }
    const resolved: ResolvedRunbook = { file: hit.runbook.file, permalink: hit.runbook.permalink, via: hit.via };
    if (hit.runbook.alerts.includes(rule.alert)) {
      findings.push({ kind: 'ok', severity: 'info', ...location, url, runbook: resolved });
    } else {
      findings.push({ kind: 'mismatch', severity: 'warning', ...location, url, runbook: { ...resolved, alerts: hit.runbook.alerts } });
    }
  }

  const knownAlerts = new Set(rules.map((rule) => rule.alert));
  const runbooksWithUnknownAlerts = new Set<string>();
  for (const runbook of runbooks) {
    for (const alert of runbook.alerts) {
      if (knownAlerts.has(alert)) continue;
      runbooksWithUnknownAlerts.add(runbook.file);
      findings.push({ kind: 'orphan-alert-name', severity: 'warning', alert, file: runbook.file, line: runbook.alertLines[alert] ?? 1 });
    }
  }

  const count = (kind: RunbookFinding['kind']) => findings.filter((finding) => finding.kind === kind).length;
  const counts: RunbookReportCounts = {
    alerts: rules.length,
    resolved: count('ok') + count('mismatch'),
    unresolved: count('unresolved'),
    missingUrl: count('missing-url'),
    external: count('external'),
    mismatched: count('mismatch'),
    runbooks: runbooks.length,
    runbooksWithUnknownAlerts: runbooksWithUnknownAlerts.size,
    unknownAlertNames: count('orphan-alert-name'),
    runbookProblems: count('invalid-runbook'),
  };
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  return { findings, counts, errors, warnings, passed: errors === 0 };
}

/**
 * Expands the parts of a `runbook_url` template that are known before the alert
 * fires: `{{ $labels.alertname }}` (or `.Labels.alertname`) and labels set on
 * the rule itself, optionally piped to `toLower` or `toUpper`. Anything else is
 * left as written.
 */
export function expandRunbookUrlTemplate(url: string, rule: Pick<AlertRule, 'alert' | 'labels'>): string {
  return url.replace(
    /\{\{-?\s*(?:\$labels|\.Labels)\.([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|\s*(toLower|toUpper)\s*)?-?\}\}/g,
    (whole, name: string, pipe?: string) => {
      const value = name === 'alertname' ? rule.alert : rule.labels[name];
      if (value === undefined) return whole;
      if (pipe === 'toLower') return value.toLowerCase();
      if (pipe === 'toUpper') return value.toUpperCase();
      return value;
    },
  );
}

function explainMiss(
  sitePath: string,
  alert: string,
  pages: ReadonlyMap<string, { runbook: Runbook }>,
  runbookForAlert: ReadonlyMap<string, Runbook>,
  baseUrl: string,
): string {
  const shown = `${baseUrl.slice(0, -1)}${sitePath}`;
  const sameButCase = [...pages.keys()].find((candidate) => candidate.toLowerCase() === sitePath.toLowerCase());
  if (sameButCase) return `has no runbook page or alias at ${shown}; did you mean ${baseUrl.slice(0, -1)}${sameButCase}? (paths are case-sensitive)`;
  const own = runbookForAlert.get(alert);
  if (own) return `has no runbook page or alias at ${shown}; the runbook for ${alert} is ${baseUrl.slice(0, -1)}${own.permalink}`;
  return `has no runbook page or alias at ${shown}, and no runbook lists ${alert} in its "alerts"`;
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
