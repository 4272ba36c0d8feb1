import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding, formatGithubAnnotation } from '../../../src/lib/findings/index.js';
import { lintRfcs, rfcFindings, rfcLintReportToJson } from '../../../src/lib/rfcs/index.js';
import { checkRunbooks, loadAlertRules, loadRunbooks, runbookFindings } from '../../../src/lib/runbooks/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const RFCS = path.join(REPO_ROOT, 'test/fixtures/rfcs');
const RUNBOOKS = path.join(REPO_ROOT, 'test/fixtures/runbooks');

describe('each check turns its report into findings', () => {
  it('RFC lint: every finding carries the gate severity, in JSON and annotations too', async () => {
    const report = await lintRfcs({ dir: path.join(RFCS, 'bad-filename') });
    const asError = rfcFindings(report);
    const asWarning = rfcFindings(report, { severity: 'warn' });
    expect(asError.map((finding) => [path.basename(finding.file), finding.line, finding.rule, finding.severity])).toEqual([
      ['0003-foo.md', 1, 'file-name', 'error'],
      ['0004_Bad_Name.md', 1, 'file-name', 'error'],
      ['0005-number-mismatch.md', 2, 'number-mismatch', 'error'],
      ['12-short-number.md', 1, 'file-name', 'error'],
    ]);
    expect(asWarning.every((finding) => finding.severity === 'warn')).toBe(true);
    expect(formatGithubAnnotation(asWarning[2]!, { cwd: RFCS })).toMatch(/^::warning file=bad-filename\/0005-number-mismatch\.md,line=2,title=number-mismatch::rfc: 6 /);
    const json = rfcLintReportToJson(report, { severity: 'warn', cwd: RFCS });
    expect(json).toMatchObject({ check: 'rfcs', passed: true, errors: 0, warnings: 4, files: 4, problems: 4 });
    expect(json.checkedFiles).toContain('bad-filename/0003-foo.md');
  });

  it('runbook check: errors and warnings become findings, resolved alerts and external links do not', async () => {
    const rules = await loadAlertRules([path.join(RUNBOOKS, 'broken-link/alerts/broken-link.rules.yml'), path.join(RUNBOOKS, 'valid/alerts/task.rules.yml')]);
    const { runbooks, problems } = await loadRunbooks(path.join(RUNBOOKS, 'valid/runbooks'));
    const report = checkRunbooks({ rules, runbooks, runbookProblems: problems, siteUrl: 'https://portico.example.dev', baseUrl: '/' });
    const findings = runbookFindings(report, { cwd: RUNBOOKS });
    expect(findings.map((finding) => [finding.line, finding.rule, finding.severity])).toEqual([
      [4, 'unresolved', 'error'],
      [8, 'unresolved', 'error'],
      [12, 'unresolved', 'error'],
      [16, 'unresolved', 'error'],
      [20, 'mismatch', 'warn'],
    ]);
    expect(report.findings.filter((finding) => finding.severity === 'info').map((finding) => finding.kind)).toContain('ok');
    expect(formatFinding(findings[3]!, { cwd: RUNBOOKS })).toBe(
      'broken-link/alerts/broken-link.rules.yml:16: DiskFull: runbook_url https://portico.example.dev/runbooks/disk-full has no runbook page or alias at /runbooks/disk-full, and no runbook lists DiskFull in its "alerts" (unresolved)',
    );
    // Under gates.runbooks "warn" an error is reported as a warning.
    expect(runbookFindings(report, { gate: 'warn' }).map((finding) => finding.severity)).toEqual(['warn', 'warn', 'warn', 'warn', 'warn']);
  });
});
