import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { REPO_ROOT } from '../../helpers/run-portal.js';
import { runPortalInProcess } from '../../helpers/run-cli.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/runbooks');
const CONFIG = path.join(FIXTURES, 'valid/portal.config.ts');
const FAILED = /^✖ Runbook check failed with \d+ errors?: on-call would land on a missing page or have no runbook\n$/;

/** `portal check runbooks` against the valid fixture project, plus `args`. */
function checkRunbooks(args: string[], cwd = REPO_ROOT) {
  return runPortalInProcess(['check', 'runbooks', '-c', CONFIG, ...args], { cwd });
}

describe('portal check runbooks', () => {
  it('passes on the shipped configuration: every sample alert links to a published runbook', async () => {
    const run = await runPortalInProcess(['check', 'runbooks']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('✔ 3 alerts checked: 3 resolved, 0 unresolved, 0 without runbook_url, 0 external; 0 runbooks name unknown alerts\n');
    expect(run.code).toBe(0);
  });

  it('is listed under portal check', async () => {
    const run = await runPortalInProcess(['check', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/runbooks \[options\]\s+check that every alert's runbook_url leads to/);
  });

  it('reads the configured rules and the runbooks/ folder next to the config', async () => {
    const run = await checkRunbooks([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('✔ 3 alerts checked: 3 resolved, 0 unresolved, 0 without runbook_url, 0 external; 0 runbooks name unknown alerts\n');
  });

  it('exits 1 and names file and line of each link that leads nowhere; --rules globs are relative to cwd', async () => {
    const run = await checkRunbooks(['--rules', 'broken-link/alerts/*.yml'], FIXTURES);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('✖ 4 errors');
    expect(lines).toContain(
      '  broken-link/alerts/broken-link.rules.yml:4: HighErrorRate: runbook_url https://portico.example.dev/runbooks/does-not-exist has no runbook page or alias at /runbooks/does-not-exist; the runbook for HighErrorRate is /runbooks/high-error-rate',
    );
    expect(lines).toContain(
      '  broken-link/alerts/broken-link.rules.yml:16: DiskFull: runbook_url https://portico.example.dev/runbooks/disk-full has no runbook page or alias at /runbooks/disk-full, and no runbook lists DiskFull in its "alerts"',
    );
    expect(lines).toContain('⚠ 1 warning');
    expect(lines.at(-2)).toBe(
      '✖ 5 alerts checked: 1 resolved, 4 unresolved, 0 without runbook_url, 0 external; 0 runbooks name unknown alerts; 1 resolved to a runbook that does not list it',
    );
    expect(run.stderr).toMatch(FAILED);
  });

  it('also prints errors and warnings as GitHub annotations under GitHub Actions, after the report', async () => {
    const run = await runPortalInProcess(['check', 'runbooks', '-c', CONFIG, '--rules', 'broken-link/alerts/*.yml'], { cwd: FIXTURES, env: { GITHUB_ACTIONS: 'true' } });
    expect(run.code).toBe(1);
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toHaveLength(5);
    expect(annotations[0]).toBe(
      '::error file=broken-link/alerts/broken-link.rules.yml,line=4,title=unresolved::HighErrorRate: runbook_url https://portico.example.dev/runbooks/does-not-exist has no runbook page or alias at /runbooks/does-not-exist; the runbook for HighErrorRate is /runbooks/high-error-rate',
    );
    expect(annotations[4]).toBe(
      '::warning file=broken-link/alerts/broken-link.rules.yml,line=20,title=mismatch::QueueBacklog: runbook_url https://portico.example.dev/runbooks/high-latency leads to valid/runbooks/02-high-latency.md, whose "alerts" lists HighLatency but not QueueBacklog',
    );
    // The report comes first and is unchanged.
    expect(run.stdout.slice(0, run.stdout.indexOf('::'))).toBe((await checkRunbooks(['--rules', 'broken-link/alerts/*.yml'], FIXTURES)).stdout);
  });

  it('exits 1 when an alert has no runbook_url', async () => {
    const run = await checkRunbooks(['--rules', 'test/fixtures/runbooks/missing-url/alerts/missing-url.rules.yml']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  test/fixtures/runbooks/missing-url/alerts/missing-url.rules.yml:8: HighLatency: no runbook_url annotation; every alert must link to its runbook\n');
    expect(run.stdout).toContain('2 without runbook_url');
    expect(run.stderr).toMatch(FAILED);
  });

  it('exits 0 and lists links to other hosts', async () => {
    const run = await checkRunbooks(['--rules', 'test/fixtures/runbooks/external/alerts/*.yml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'ℹ 1 runbook link to another host (listed, not checked)\n' +
        '  test/fixtures/runbooks/external/alerts/external.rules.yml:4: HighErrorRate: https://wiki.example.com/runbooks/high-error-rate\n' +
        '✔ 3 alerts checked: 2 resolved, 0 unresolved, 0 without runbook_url, 1 external; 0 runbooks name unknown alerts\n',
    );
  });

  it('exits 1 on runbook section problems, printed as file:line: message', async () => {
    const run = await checkRunbooks(['--runbooks', 'test/fixtures/runbooks/missing-section/runbooks']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '  test/fixtures/runbooks/missing-section/runbooks/no-impact.md:14: missing section "## Impact" (runbooks have Summary, Impact, Diagnosis, Mitigation, Escalation, in that order)\n',
    );
    expect(run.stdout).toContain('  test/fixtures/runbooks/missing-section/runbooks/out-of-order.md:26: section "## Escalation" is empty\n');
  });

  it('exits 1 on runbook front-matter problems', async () => {
    const run = await checkRunbooks(['--runbooks', 'test/fixtures/runbooks/bad-front-matter/runbooks']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  test/fixtures/runbooks/bad-front-matter/runbooks/bad-values.md:4: severity: got "high", expected one of critical, warning, info\n');
  });

  it('exits 2 with file:line on a YAML syntax error in a rule file, without a stack trace', async () => {
    const run = await checkRunbooks(['--rules', 'test/fixtures/runbooks/bad-yaml/alerts/bad.rules.yml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      '✖ Cannot read the alert rules (1 problem); expected a Prometheus rule file ("groups:" with "rules:") or a Kubernetes PrometheusRule resource\n' +
        '  - test/fixtures/runbooks/bad-yaml/alerts/bad.rules.yml:8: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]\n',
    );
  });

  it('exits 2 on a rule file of the wrong shape', async () => {
    const run = await checkRunbooks(['--rules', 'test/fixtures/runbooks/wrong-shape/alerts/*.yml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('  - test/fixtures/runbooks/wrong-shape/alerts/wrong-shape.rules.yml:7: groups[1].rules[0].expr: missing, expected a PromQL expression (string)\n');
  });

  it('exits 2 when --rules matches no file', async () => {
    const run = await checkRunbooks(['--rules', 'nothing/*.yml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('✖ No alert-rule files matched --rules\n  - nothing/*.yml: matched no file\n');
  });

  it('exits 2 when the runbooks directory does not exist', async () => {
    const run = await checkRunbooks(['--runbooks', 'no/such/dir']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`✖ Runbooks directory not found: ${path.join(REPO_ROOT, 'no/such/dir')}\n`);
  });

  it('writes the whole report, resolved alerts included, with --json', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-runbooks-')), 'reports/runbooks.json');
    onTestFinished(() => rmSync(path.dirname(path.dirname(file)), { recursive: true, force: true }));
    const run = await checkRunbooks(['--rules', 'test/fixtures/runbooks/operator/alerts/*.yaml', '--json', file]);
    expect(run.code).toBe(0);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json).toMatchObject({ passed: true, errors: 0, warnings: 0, counts: { alerts: 3, resolved: 3 } });
    expect(json.findings.map((finding: { alert: string; runbook: { permalink: string } }) => [finding.alert, finding.runbook.permalink])).toEqual([
      ['HighErrorRate', '/runbooks/high-error-rate'],
      ['ServiceDown', '/runbooks/service-down'],
      ['HighLatency', '/runbooks/high-latency'],
    ]);
    expect(json.findings[0].file).toBe('test/fixtures/runbooks/operator/alerts/task-prometheusrule.yaml');
  });
});
