import { describe, expect, it } from 'vitest';
import { aliasSlugsForAlert, planRunbookAliases, runbookPermalink, toKebabCase } from '../../../src/lib/runbooks/index.js';

describe('toKebabCase', () => {
  it.each([
    ['HighErrorRate', 'high-error-rate'],
    ['ServiceDown', 'service-down'],
    ['KubeAPIDown', 'kube-api-down'],
    ['CPUThrottlingHigh', 'cpu-throttling-high'],
    ['Http5xxErrors', 'http5xx-errors'],
    ['node_disk_full', 'node-disk-full'],
    ['Watchdog', 'watchdog'],
    ['already-kebab', 'already-kebab'],
  ])('%s → %s', (name, expected) => {
    expect(toKebabCase(name)).toBe(expected);
  });
});

describe('aliasSlugsForAlert', () => {
  it('gives the name as written, lowercase and kebab-case', () => {
    expect(aliasSlugsForAlert('HighErrorRate')).toEqual(['HighErrorRate', 'higherrorrate', 'high-error-rate']);
  });

  it('drops forms that are equal', () => {
    expect(aliasSlugsForAlert('Watchdog')).toEqual(['Watchdog', 'watchdog']);
    expect(aliasSlugsForAlert('watchdog')).toEqual(['watchdog']);
  });
});

describe('runbookPermalink', () => {
  it('puts the slug under /runbooks without doubled slashes', () => {
    expect(runbookPermalink('high-error-rate')).toBe('/runbooks/high-error-rate');
    expect(runbookPermalink('/db/replica-lag/')).toBe('/runbooks/db/replica-lag');
    expect(runbookPermalink('')).toBe('/runbooks');
  });
});

describe('planRunbookAliases', () => {
  it('plans an alias per form, skipping the one equal to the runbook slug', () => {
    const plan = planRunbookAliases([{ file: '/r/high-error-rate.md', slug: 'high-error-rate', alerts: ['HighErrorRate'] }]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.aliases).toEqual([
      { alert: 'HighErrorRate', slug: 'HighErrorRate', permalink: '/runbooks/HighErrorRate', targetPermalink: '/runbooks/high-error-rate', targetFile: '/r/high-error-rate.md' },
      { alert: 'HighErrorRate', slug: 'higherrorrate', permalink: '/runbooks/higherrorrate', targetPermalink: '/runbooks/high-error-rate', targetFile: '/r/high-error-rate.md' },
    ]);
  });

  it('plans all three forms when the slug is something else, for every alert of the runbook', () => {
    const plan = planRunbookAliases([{ file: '/r/latency.md', slug: 'latency', alerts: ['HighLatency', 'LatencySLOBurn'] }]);
    expect(plan.aliases.map((alias) => alias.permalink)).toEqual([
      '/runbooks/HighLatency',
      '/runbooks/highlatency',
      '/runbooks/high-latency',
      '/runbooks/LatencySLOBurn',
      '/runbooks/latencysloburn',
      '/runbooks/latency-slo-burn',
    ]);
    expect(plan.conflicts).toEqual([]);
  });

  it('skips an alias that differs from the runbook slug only in case', () => {
    const plan = planRunbookAliases([{ file: '/r/watchdog.md', slug: 'watchdog', alerts: ['Watchdog'] }]);
    expect(plan.aliases).toEqual([]);
  });

  it("reports an alias that would take another runbook's page, and keeps the page", () => {
    const plan = planRunbookAliases([
      { file: '/r/dead-mans-switch.md', slug: 'watchdog', alerts: ['DeadMansSwitch'] },
      { file: '/r/heartbeat.md', slug: 'heartbeat', alerts: ['Watchdog'] },
    ]);
    expect(plan.aliases.map((alias) => alias.slug)).toEqual(['DeadMansSwitch', 'deadmansswitch', 'dead-mans-switch']);
    expect(plan.conflicts).toEqual([
      { alert: 'Watchdog', file: '/r/heartbeat.md', slug: 'Watchdog', takenBy: { kind: 'page', file: '/r/dead-mans-switch.md' } },
      { alert: 'Watchdog', file: '/r/heartbeat.md', slug: 'watchdog', takenBy: { kind: 'page', file: '/r/dead-mans-switch.md' } },
    ]);
  });

  it('gives an alias two runbooks want to the first one and reports the second', () => {
    const plan = planRunbookAliases([
      { file: '/r/a.md', slug: 'a', alerts: ['HighErrorRate'] },
      { file: '/r/b.md', slug: 'b', alerts: ['High_Error_Rate'] },
    ]);
    expect(plan.aliases.filter((alias) => alias.targetFile === '/r/b.md').map((alias) => alias.slug)).toEqual([
      'High_Error_Rate',
      'high_error_rate',
    ]);
    expect(plan.conflicts).toEqual([
      { alert: 'High_Error_Rate', file: '/r/b.md', slug: 'high-error-rate', takenBy: { kind: 'alias', file: '/r/a.md', alert: 'HighErrorRate' } },
    ]);
  });
});
