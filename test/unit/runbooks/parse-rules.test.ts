import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PortalError } from '../../../src/lib/errors.js';
import { loadAlertRules, parseAlertRuleFile } from '../../../src/lib/runbooks/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/runbooks');
const SHAPE = 'expected a Prometheus rule file ("groups:" with "rules:") or a Kubernetes PrometheusRule resource';

/** The PortalError `loadAlertRules` throws for `files`, with paths shown relative to the repository. */
async function failureOf(files: string[]): Promise<PortalError> {
  const cwd = process.cwd();
  process.chdir(REPO_ROOT);
  try {
    await loadAlertRules(files);
  } catch (error) {
    if (error instanceof PortalError) return error;
    throw error;
  } finally {
    process.chdir(cwd);
  }
  throw new Error('expected loadAlertRules to fail');
}

describe('loadAlertRules', () => {
  it('reads alerting rules from a plain rule file, skipping recording rules', async () => {
    const file = path.join(FIXTURES, 'valid/alerts/task.rules.yml');
    const rules = await loadAlertRules([file]);
    expect(rules).toEqual([
      {
        alert: 'HighErrorRate',
        expr: 'job:http_requests_5xx:ratio_rate5m > 0.01',
        for: '5m',
        labels: { severity: 'critical' },
        annotations: { summary: 'Too many 5xx', runbook_url: 'https://portico.example.dev/runbooks/high-error-rate' },
        group: 'task-service.alerts',
        file,
        line: 10,
      },
      {
        alert: 'HighLatency',
        expr: 'job:http_request_duration_seconds:p95_rate5m > 0.2',
        for: '10m',
        // Numbers are read as their text, as Prometheus does.
        labels: { severity: 'warning', priority: '2' },
        annotations: { runbook_url: 'https://portico.example.dev/runbooks/HighLatency/' },
        group: 'task-service.alerts',
        file,
        line: 19,
      },
      {
        alert: 'ServiceDown',
        expr: 'up{job="task-service"} == 0',
        labels: {},
        annotations: { runbook_url: 'https://portico.example.dev/runbooks/service-down?from=alertmanager#mitigation' },
        group: 'task-service.alerts',
        file,
        line: 28,
      },
    ]);
  });

  it('reads PrometheusRule resources from a multi-document file, skipping other resources and empty documents', async () => {
    const file = path.join(FIXTURES, 'operator/alerts/task-prometheusrule.yaml');
    const rules = await loadAlertRules([file]);
    expect(rules.map((rule) => [rule.alert, rule.group, rule.line])).toEqual([
      ['HighErrorRate', 'task-service.availability', 18],
      ['ServiceDown', 'task-service.availability', 23],
      ['HighLatency', 'task-service.latency', 38],
    ]);
    expect(rules[2]).toMatchObject({ labels: { severity: 'warning' }, annotations: { runbook_url: 'https://portico.example.dev/runbooks/high-latency' } });
  });

  it('reads several files in the order given', async () => {
    const rules = await loadAlertRules([
      path.join(FIXTURES, 'external/alerts/external.rules.yml'),
      path.join(FIXTURES, 'missing-url/alerts/missing-url.rules.yml'),
    ]);
    expect(rules.map((rule) => `${path.basename(rule.file)}:${rule.line} ${rule.alert}`)).toEqual([
      'external.rules.yml:4 HighErrorRate',
      'external.rules.yml:8 HighLatency',
      'external.rules.yml:12 ServiceDown',
      'missing-url.rules.yml:4 HighErrorRate',
      'missing-url.rules.yml:8 HighLatency',
      'missing-url.rules.yml:10 ServiceDown',
    ]);
  });

  it('exits 2 on a YAML syntax error, naming file and line', async () => {
    const error = await failureOf([path.join(FIXTURES, 'bad-yaml/alerts/bad.rules.yml')]);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`Cannot read the alert rules (1 problem); ${SHAPE}`);
    expect(error.problems).toEqual([
      'test/fixtures/runbooks/bad-yaml/alerts/bad.rules.yml:8: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('exits 2 on a wrong shape, reporting every problem of every file', async () => {
    const error = await failureOf([
      path.join(FIXTURES, 'wrong-shape/alerts/wrong-shape.rules.yml'),
      path.join(FIXTURES, 'wrong-shape/alerts/not-rules.yml'),
      path.join(FIXTURES, 'wrong-shape/alerts/missing.rules.yml'),
    ]);
    expect(error.exitCode).toBe(2);
    expect(error.problems).toEqual([
      'test/fixtures/runbooks/wrong-shape/alerts/wrong-shape.rules.yml:2: groups[0].name: missing, expected a group name (string)',
      'test/fixtures/runbooks/wrong-shape/alerts/wrong-shape.rules.yml:7: groups[1].rules[0].expr: missing, expected a PromQL expression (string)',
      'test/fixtures/runbooks/wrong-shape/alerts/wrong-shape.rules.yml:9: groups[1].rules[1]: got an object, expected only one of "alert:" and "record:" in a rule',
      `test/fixtures/runbooks/wrong-shape/alerts/not-rules.yml:1: ${SHAPE}; this document has neither "groups:" nor "kind: PrometheusRule"`,
      'test/fixtures/runbooks/wrong-shape/alerts/missing.rules.yml: file not found',
    ]);
  });
});

describe('parseAlertRuleFile', () => {
  const parse = (text: string) => parseAlertRuleFile(text, '/x/rules.yml', 'rules.yml');

  it.each([
    ['an empty file', '', ['rules.yml:1: the file is empty; expected a Prometheus rule file ("groups:" with "rules:") or a Kubernetes PrometheusRule resource']],
    ['a list at the top', '- alert: A\n', [`rules.yml:1: ${SHAPE}, got a list`]],
    ['groups that are not a list', 'groups:\n  name: a\n', ['rules.yml:1: groups: got an object, expected a list of rule groups']],
    ['a rule with neither alert nor record', 'groups:\n  - name: a\n    rules:\n      - expr: up\n', ['rules.yml:4: groups[0].rules[0]: got an object, expected "alert:" or "record:" in every rule']],
    ['a repeated group name', 'groups:\n  - name: a\n  - name: a\n', ['rules.yml:3: groups[1].name: got "a", expected unique group names, "a" is repeated']],
    ['annotations that are not a mapping', 'groups:\n  - name: a\n    rules:\n      - alert: A\n        expr: up\n        annotations: [x]\n', ['rules.yml:6: groups[0].rules[0].annotations: got a list of 1 item, expected a mapping of names to string values']],
    [
      'a PrometheusRule with the wrong apiVersion',
      'apiVersion: monitoring.coreos.com/v1beta1\nkind: PrometheusRule\nspec:\n  groups: []\n',
      ['rules.yml:1: apiVersion: got "monitoring.coreos.com/v1beta1", expected "monitoring.coreos.com/v1"'],
    ],
    ['a PrometheusRule without spec', 'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\n', ['rules.yml:1: spec: missing, expected a mapping with "groups:"']],
    ['only other Kubernetes resources', 'apiVersion: v1\nkind: Service\n', [`rules.yml:1: no rule groups found; ${SHAPE}`]],
  ])('reports %s', (_name, text, problems) => {
    expect(parse(text).problems).toEqual(problems);
  });

  it('accepts empty groups and groups without rules, as Prometheus does', () => {
    expect(parse('groups: []\n')).toEqual({ rules: [], problems: [] });
    expect(parse('groups:\n  - name: a\n    rules:\n')).toEqual({ rules: [], problems: [] });
  });
});
