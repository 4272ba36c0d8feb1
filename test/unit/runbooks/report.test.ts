import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  checkRunbooks,
  formatRunbookReport,
  loadAlertRules,
  loadRunbooks,
  runbookReportToJson,
  summarizeRunbookReport,
  type RunbookReport,
} from '../../../src/lib/runbooks/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/runbooks');

async function reportFor(ruleFiles: string[], runbooksDir = 'valid/runbooks'): Promise<RunbookReport> {
  const rules = await loadAlertRules(ruleFiles.map((file) => path.join(FIXTURES, file)));
  const { runbooks, problems } = await loadRunbooks(path.join(FIXTURES, runbooksDir));
  return checkRunbooks({ rules, runbooks, runbookProblems: problems, siteUrl: 'https://portico.example.dev', baseUrl: '/' });
}

describe('formatRunbookReport', () => {
  it('prints only the summary when everything resolves', async () => {
    const report = await reportFor(['valid/alerts/task.rules.yml']);
    expect(stripVTControlCharacters(formatRunbookReport(report, { cwd: REPO_ROOT }))).toBe(
      '✔ 3 alerts checked: 3 resolved, 0 unresolved, 0 without runbook_url, 0 external; 0 runbooks name unknown alerts\n',
    );
  });

  it('groups errors, warnings and external links as file:line: message, then the summary', async () => {
    const report = await reportFor(['missing-url/alerts/missing-url.rules.yml', 'external/alerts/external.rules.yml'], 'missing-section/runbooks');
    const rules = (name: string) => `test/fixtures/runbooks/${name}`;
    expect(stripVTControlCharacters(formatRunbookReport(report, { cwd: REPO_ROOT })).split('\n')).toEqual([
      '✖ 6 errors',
      '  test/fixtures/runbooks/missing-section/runbooks/no-impact.md:14: missing section "## Impact" (runbooks have Summary, Impact, Diagnosis, Mitigation, Escalation, in that order)',
      '  test/fixtures/runbooks/missing-section/runbooks/out-of-order.md:14: section "## Diagnosis" must come after "## Impact" (runbooks have Summary, Impact, Diagnosis, Mitigation, Escalation, in that order)',
      '  test/fixtures/runbooks/missing-section/runbooks/out-of-order.md:26: section "## Escalation" is empty',
      `  ${rules('missing-url/alerts/missing-url.rules.yml')}:8: HighLatency: no runbook_url annotation; every alert must link to its runbook`,
      `  ${rules('missing-url/alerts/missing-url.rules.yml')}:10: ServiceDown: no runbook_url annotation; every alert must link to its runbook`,
      `  ${rules('external/alerts/external.rules.yml')}:12: ServiceDown: runbook_url https://portico.example.dev/runbooks/servicedown has no runbook page or alias at /runbooks/servicedown, and no runbook lists ServiceDown in its "alerts"`,
      'ℹ 1 runbook link to another host (listed, not checked)',
      `  ${rules('external/alerts/external.rules.yml')}:4: HighErrorRate: https://wiki.example.com/runbooks/high-error-rate`,
      // HighErrorRate and HighLatency resolve through their kebab-case aliases.
      '✖ 6 alerts checked: 2 resolved, 1 unresolved, 2 without runbook_url, 1 external; 0 runbooks name unknown alerts; 3 runbook problems',
      '',
    ]);
  });

  it('lists unknown alert names and mismatched runbooks as warnings', async () => {
    const orphans = await reportFor(['broken-link/alerts/broken-link.rules.yml'], 'alias-conflicts/runbooks');
    const text = stripVTControlCharacters(formatRunbookReport(orphans, { cwd: REPO_ROOT }));
    const runbook = (name: string) => `test/fixtures/runbooks/alias-conflicts/runbooks/${name}`;
    expect(text).toContain(
      '⚠ 3 warnings\n' +
        `  ${runbook('dead-mans-switch.md')}:4: alert DeadMansSwitch is listed in "alerts" but no rule file defines it\n` +
        `  ${runbook('heartbeat.md')}:3: alert Watchdog is listed in "alerts" but no rule file defines it\n` +
        `  ${runbook('same-url.md')}:4: alert ErrorBudgetBurn is listed in "alerts" but no rule file defines it\n`,
    );
    expect(summarizeRunbookReport(orphans)).toBe(
      '5 alerts checked: 0 resolved, 5 unresolved, 0 without runbook_url, 0 external; 3 runbooks name unknown alerts; 4 runbook problems',
    );

    const mismatch = await reportFor(['broken-link/alerts/broken-link.rules.yml']);
    expect(stripVTControlCharacters(formatRunbookReport(mismatch, { cwd: REPO_ROOT }))).toContain(
      '⚠ 1 warning\n' +
        '  test/fixtures/runbooks/broken-link/alerts/broken-link.rules.yml:20: QueueBacklog: runbook_url https://portico.example.dev/runbooks/high-latency ' +
        'leads to test/fixtures/runbooks/valid/runbooks/02-high-latency.md, whose "alerts" lists HighLatency but not QueueBacklog\n',
    );
    expect(summarizeRunbookReport(mismatch)).toBe(
      '5 alerts checked: 1 resolved, 4 unresolved, 0 without runbook_url, 0 external; 0 runbooks name unknown alerts; 1 resolved to a runbook that does not list it',
    );
  });
});

describe('summarizeRunbookReport', () => {
  it('uses the singular for one', async () => {
    const report = await reportFor(['broken-link/alerts/broken-link.rules.yml']);
    const one = { ...report, counts: { ...report.counts, alerts: 1, runbooksWithUnknownAlerts: 1 } };
    expect(summarizeRunbookReport(one)).toMatch(/^1 alert checked: .*; 1 runbook names unknown alerts; 1 resolved to a runbook that does not list it$/);
  });
});

describe('runbookReportToJson', () => {
  it('keeps every finding, resolved ones included, with paths relative to cwd', async () => {
    const report = await reportFor(['valid/alerts/task.rules.yml']);
    const json = runbookReportToJson(report, { cwd: REPO_ROOT }) as { passed: boolean; summary: string; findings: unknown[] };
    expect(json.passed).toBe(true);
    expect(json.summary).toBe(summarizeRunbookReport(report));
    expect(json.findings[1]).toEqual({
      kind: 'ok',
      severity: 'info',
      alert: 'HighLatency',
      file: 'test/fixtures/runbooks/valid/alerts/task.rules.yml',
      line: 19,
      url: 'https://portico.example.dev/runbooks/HighLatency/',
      runbook: { file: 'test/fixtures/runbooks/valid/runbooks/02-high-latency.md', permalink: '/runbooks/high-latency', via: 'alias' },
    });
  });
});
