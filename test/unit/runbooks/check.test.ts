import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkRunbooks,
  expandRunbookUrlTemplate,
  loadAlertRules,
  loadRunbooks,
  type AlertRule,
  type Runbook,
  type RunbookFinding,
} from '../../../src/lib/runbooks/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/runbooks');
const SITE = { siteUrl: 'https://portico.example.dev', baseUrl: '/' };
const VALID_RUNBOOKS = path.join(FIXTURES, 'valid/runbooks');

let runbooks: Runbook[];
beforeAll(async () => {
  ({ runbooks } = await loadRunbooks(VALID_RUNBOOKS));
});

/** Findings as `[kind, file name, line, alert]` tuples. */
function tuples(findings: readonly RunbookFinding[]): [string, string, number, string | undefined][] {
  return findings.map((finding) => [finding.kind, path.basename(finding.file), finding.line, 'alert' in finding ? finding.alert : undefined]);
}

async function checkScenario(scenario: string, file: string) {
  const rules = await loadAlertRules([path.join(FIXTURES, scenario, 'alerts', file)]);
  return checkRunbooks({ rules, runbooks, ...SITE });
}

/** A minimal rule for in-memory cases. */
function rule(alert: string, runbookUrl?: string, labels: Record<string, string> = {}): AlertRule {
  return {
    alert,
    expr: 'vector(1)',
    labels,
    annotations: runbookUrl === undefined ? {} : { runbook_url: runbookUrl },
    group: 'g',
    file: '/rules.yml',
    line: 1,
  };
}

describe('checkRunbooks', () => {
  it('resolves a runbook page, an alias with a trailing slash, and a URL with query and fragment', async () => {
    const report = await checkScenario('valid', 'task.rules.yml');
    expect(report.passed).toBe(true);
    expect(report.findings).toEqual([
      {
        kind: 'ok',
        severity: 'info',
        alert: 'HighErrorRate',
        file: path.join(FIXTURES, 'valid/alerts/task.rules.yml'),
        line: 10,
        url: 'https://portico.example.dev/runbooks/high-error-rate',
        runbook: { file: path.join(VALID_RUNBOOKS, 'high-error-rate.md'), permalink: '/runbooks/high-error-rate', via: 'page' },
      },
      {
        kind: 'ok',
        severity: 'info',
        alert: 'HighLatency',
        file: path.join(FIXTURES, 'valid/alerts/task.rules.yml'),
        line: 19,
        url: 'https://portico.example.dev/runbooks/HighLatency/',
        runbook: { file: path.join(VALID_RUNBOOKS, '02-high-latency.md'), permalink: '/runbooks/high-latency', via: 'alias' },
      },
      {
        kind: 'ok',
        severity: 'info',
        alert: 'ServiceDown',
        file: path.join(FIXTURES, 'valid/alerts/task.rules.yml'),
        line: 28,
        url: 'https://portico.example.dev/runbooks/service-down?from=alertmanager#mitigation',
        runbook: { file: path.join(VALID_RUNBOOKS, 'service-down.md'), permalink: '/runbooks/service-down', via: 'page' },
      },
    ]);
    expect(report.counts).toEqual({
      alerts: 3,
      resolved: 3,
      unresolved: 0,
      missingUrl: 0,
      external: 0,
      mismatched: 0,
      runbooks: 3,
      runbooksWithUnknownAlerts: 0,
      unknownAlertNames: 0,
      runbookProblems: 0,
    });
    expect([report.errors, report.warnings]).toEqual([0, 0]);
  });

  it('resolves PrometheusRule alerts linking by alert name and through {{ $labels.alertname | toLower }}', async () => {
    const report = await checkScenario('operator', 'task-prometheusrule.yaml');
    expect(report.passed).toBe(true);
    expect(report.findings.map((finding) => finding.kind === 'ok' && [finding.alert, finding.runbook.permalink, finding.runbook.via])).toEqual([
      ['HighErrorRate', '/runbooks/high-error-rate', 'alias'],
      ['ServiceDown', '/runbooks/service-down', 'alias'],
      ['HighLatency', '/runbooks/high-latency', 'page'],
    ]);
  });

  it('reports links to no runbook as unresolved, saying what would resolve', async () => {
    const report = await checkScenario('broken-link', 'broken-link.rules.yml');
    expect(report.passed).toBe(false);
    expect(tuples(report.findings)).toEqual([
      ['unresolved', 'broken-link.rules.yml', 4, 'HighErrorRate'],
      ['unresolved', 'broken-link.rules.yml', 8, 'HighLatency'],
      ['unresolved', 'broken-link.rules.yml', 12, 'ServiceDown'],
      ['unresolved', 'broken-link.rules.yml', 16, 'DiskFull'],
      ['mismatch', 'broken-link.rules.yml', 20, 'QueueBacklog'],
    ]);
    expect(report.findings.map((finding) => (finding.kind === 'unresolved' ? finding.reason : finding.kind))).toEqual([
      'has no runbook page or alias at /runbooks/does-not-exist; the runbook for HighErrorRate is /runbooks/high-error-rate',
      'has no runbook page or alias at /runbooks/High-Latency; did you mean /runbooks/high-latency? (paths are case-sensitive)',
      'has no runbook page or alias at /docs/cli; the runbook for ServiceDown is /runbooks/service-down',
      'has no runbook page or alias at /runbooks/disk-full, and no runbook lists DiskFull in its "alerts"',
      'mismatch',
    ]);
    expect(report.findings[4]).toMatchObject({
      kind: 'mismatch',
      severity: 'warning',
      runbook: { permalink: '/runbooks/high-latency', alerts: ['HighLatency'], via: 'page' },
    });
    expect([report.errors, report.warnings]).toEqual([4, 1]);
    expect(report.counts).toMatchObject({ alerts: 5, resolved: 1, unresolved: 4, mismatched: 1 });
  });

  it('lists links to another host as external without failing', async () => {
    const report = await checkScenario('external', 'external.rules.yml');
    expect(report.passed).toBe(true);
    expect(tuples(report.findings)).toEqual([
      ['external', 'external.rules.yml', 4, 'HighErrorRate'],
      ['ok', 'external.rules.yml', 8, 'HighLatency'],
      ['ok', 'external.rules.yml', 12, 'ServiceDown'],
    ]);
    expect(report.findings[0]).toMatchObject({ severity: 'info', url: 'https://wiki.example.com/runbooks/high-error-rate' });
  });

  it('fails alerts without a runbook_url, including an empty one', async () => {
    const report = await checkScenario('missing-url', 'missing-url.rules.yml');
    expect(report.passed).toBe(false);
    expect(tuples(report.findings)).toEqual([
      ['ok', 'missing-url.rules.yml', 4, 'HighErrorRate'],
      ['missing-url', 'missing-url.rules.yml', 8, 'HighLatency'],
      ['missing-url', 'missing-url.rules.yml', 10, 'ServiceDown'],
    ]);
  });

  it('warns about runbooks naming alerts no rule defines, without failing', async () => {
    const report = checkRunbooks({ rules: [rule('HighErrorRate', 'https://portico.example.dev/runbooks/high-error-rate')], runbooks, ...SITE });
    expect(report.passed).toBe(true);
    expect(tuples(report.findings)).toEqual([
      ['ok', 'rules.yml', 1, 'HighErrorRate'],
      ['orphan-alert-name', '02-high-latency.md', 6, 'HighLatency'],
      ['orphan-alert-name', 'service-down.md', 3, 'ServiceDown'],
    ]);
    expect(report.counts).toMatchObject({ runbooksWithUnknownAlerts: 2, unknownAlertNames: 2 });
    expect(report.warnings).toBe(2);
  });

  it('turns runbook problems into errors that come first', () => {
    const report = checkRunbooks({
      rules: [rule('HighErrorRate', 'https://portico.example.dev/runbooks/high-error-rate')],
      runbooks: runbooks.filter((runbook) => runbook.alerts.includes('HighErrorRate')),
      runbookProblems: [{ file: '/r/x.md', line: 3, message: 'missing section "## Impact"' }],
      ...SITE,
    });
    expect(report.passed).toBe(false);
    expect(report.findings[0]).toEqual({ kind: 'invalid-runbook', severity: 'error', file: '/r/x.md', line: 3, message: 'missing section "## Impact"' });
    expect(report.counts.runbookProblems).toBe(1);
  });

  describe('on a site under a baseUrl', () => {
    const site = { siteUrl: 'https://docs.example.com', baseUrl: '/portal/' };
    const check = (url: string) => checkRunbooks({ rules: [rule('HighErrorRate', url)], runbooks: runbooks.slice(1, 2), ...site }).findings[0];

    it.each([
      'https://docs.example.com/portal/runbooks/high-error-rate',
      'https://docs.example.com/portal/runbooks/HighErrorRate/',
      'https://docs.example.com/portal/runbooks/higherrorrate#diagnosis',
      'http://docs.example.com/portal/runbooks/high-error-rate',
      'https://DOCS.example.com:443/portal/runbooks/high-error-rate',
    ])('resolves %s', (url) => {
      expect(check(url)?.kind).toBe('ok');
    });

    it('reports a link that forgot the baseUrl as unresolved', () => {
      expect(check('https://docs.example.com/runbooks/high-error-rate')).toMatchObject({
        kind: 'unresolved',
        reason: "is on this site's host but outside its baseUrl /portal/, so no page of the site is there",
      });
    });

    it('names paths with the baseUrl in its hints', () => {
      expect(check('https://docs.example.com/portal/runbooks/High-Error-Rate')).toMatchObject({
        kind: 'unresolved',
        reason: 'has no runbook page or alias at /portal/runbooks/High-Error-Rate; did you mean /portal/runbooks/high-error-rate? (paths are case-sensitive)',
      });
    });

    it('treats another port on the same host name as another host', () => {
      expect(check('https://docs.example.com:8443/portal/runbooks/x')?.kind).toBe('external');
    });
  });

  it.each([
    ['a relative URL', '/runbooks/high-error-rate', 'is not an absolute URL; alert notifications need one such as https://portico.example.dev/runbooks/HighErrorRate'],
    ['a non-http scheme', 'ftp://portico.example.dev/runbooks/high-error-rate', 'is not an http(s) URL'],
    ['a template Portico cannot expand', 'https://portico.example.dev/runbooks/{{ $labels.instance }}', 'contains a template Portico cannot expand before the alert fires; use a literal URL or {{ $labels.alertname }}'],
  ])('reports %s as unresolved', (_name, url, reason) => {
    expect(checkRunbooks({ rules: [rule('HighErrorRate', url)], runbooks, ...SITE }).findings[0]).toMatchObject({ kind: 'unresolved', url, reason });
  });
});

describe('expandRunbookUrlTemplate', () => {
  it.each([
    ['https://x/runbooks/{{ $labels.alertname }}', 'https://x/runbooks/HighErrorRate'],
    ['https://x/runbooks/{{$labels.alertname|toLower}}', 'https://x/runbooks/higherrorrate'],
    ['https://x/runbooks/{{ .Labels.alertname | toUpper }}', 'https://x/runbooks/HIGHERRORRATE'],
    ['https://x/{{ $labels.service }}/{{ $labels.alertname }}', 'https://x/task-service/HighErrorRate'],
    ['https://x/{{ $labels.instance }}', 'https://x/{{ $labels.instance }}'],
  ])('%s → %s', (template, expected) => {
    expect(expandRunbookUrlTemplate(template, { alert: 'HighErrorRate', labels: { service: 'task-service' } })).toBe(expected);
  });
});
