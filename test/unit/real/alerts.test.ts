import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

// Two real Prometheus rule files (test/fixtures/real/alerts/README.md): one plain rule file
// whose 35 alerts have no runbook_url, one PrometheusRule resource whose 26 alerts all link
// to runbooks.prometheus-operator.dev. EXPECTED.json was counted with PyYAML, not Portico.
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/real/alerts');
const RELATIVE = path.relative(REPO_ROOT, FIXTURES);

interface Expected {
  files: Record<string, { alerts: number; withRunbookUrl: number; withoutRunbookUrl: { alert: string; line: number }[] }>;
}
interface Finding {
  kind: string;
  severity: string;
  alert: string;
  file: string;
  line: number;
}

const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'EXPECTED.json'), 'utf8')) as Expected;
const work = mkdtempSync(path.join(tmpdir(), 'portal-real-alerts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('portal check runbooks reports exactly the real alerts that have no runbook_url', async () => {
  // No runbook is published: an empty runbooks directory.
  const runbooks = path.join(work, 'runbooks');
  mkdirSync(runbooks);
  const json = path.join(work, 'report.json');
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  let code: number;
  try {
    code = await runCli(['node', 'portal', 'check', 'runbooks', '--config', path.join(FIXTURES, 'portal.config.ts'), '--runbooks', runbooks, '--json', json]);
  } finally {
    vi.restoreAllMocks();
  }
  const report = JSON.parse(readFileSync(json, 'utf8')) as { findings: Finding[] };
  const missing = Object.entries(expected.files).flatMap(([file, want]) =>
    want.withoutRunbookUrl.map((alert) => ({ kind: 'missing-url', severity: 'error', alert: alert.alert, file: `${RELATIVE}/${file}`, line: alert.line })),
  );
  expect(missing).toHaveLength(35);
  expect(code).toBe(1);
  expect(report.findings.filter((finding) => finding.kind === 'missing-url').map(({ kind, severity, alert, file, line }) => ({ kind, severity, alert, file, line }))).toEqual(missing);
  const withUrl = Object.values(expected.files).reduce((sum, want) => sum + want.withRunbookUrl, 0);
  expect(report.findings.filter((finding) => finding.kind === 'external')).toHaveLength(withUrl);
  expect(report.findings).toHaveLength(missing.length + withUrl);
});
