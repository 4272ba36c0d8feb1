import { describe, expect, it } from 'vitest';
import { validatePortalConfig } from '../../../src/config/index.js';
import {
  DEFAULT_LIGHTHOUSE_BUDGETS,
  budgetsForPage,
  checkLighthouseBudgets,
  evaluatePage,
  formatLighthouseReport,
  lighthouseReportToBenchmark,
  median,
  summarizeRuns,
  withVerdictsOf,
  type LighthouseReport,
  type LighthouseRun,
  type LighthouseScores,
} from '../../../src/lib/lighthouse/index.js';

const scores = (performance: number, accessibility = 100, bestPractices = 100, seo = 100): LighthouseScores => ({
  performance,
  accessibility,
  'best-practices': bestPractices,
  seo,
});

const run = (s: LighthouseScores, lcp = 1200): LighthouseRun => ({
  scores: s,
  metrics: { firstContentfulPaint: 900, largestContentfulPaint: lcp, totalBlockingTime: 150, cumulativeLayoutShift: 0, speedIndex: 1000 },
  failingAudits: [],
  benchmarkIndex: 1500,
});

describe('budgets', () => {
  it('defaults to performance 90 and 95 for the other categories', () => {
    expect(DEFAULT_LIGHTHOUSE_BUDGETS).toEqual({ performance: 90, accessibility: 95, 'best-practices': 95, seo: 95 });
  });

  it('a page budget overrides only the categories it names', () => {
    expect(budgetsForPage(DEFAULT_LIGHTHOUSE_BUDGETS, { budgets: { performance: 80 } })).toEqual({ ...DEFAULT_LIGHTHOUSE_BUDGETS, performance: 80 });
    expect(budgetsForPage(DEFAULT_LIGHTHOUSE_BUDGETS)).toEqual(DEFAULT_LIGHTHOUSE_BUDGETS);
  });

  it('a score equal to its budget passes; one point under fails', () => {
    expect(checkLighthouseBudgets(scores(90, 95, 95, 95), DEFAULT_LIGHTHOUSE_BUDGETS)).toEqual([]);
    expect(checkLighthouseBudgets(scores(89, 95, 94, 95), DEFAULT_LIGHTHOUSE_BUDGETS)).toEqual([
      { category: 'performance', score: 89, budget: 90 },
      { category: 'best-practices', score: 94, budget: 95 },
    ]);
  });

  it('takes the median of each category over the runs, and the metrics of the median performance run', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    const summary = summarizeRuns('http://127.0.0.1/', [run(scores(70, 100), 3000), run(scores(92, 98), 1500), run(scores(88, 100), 2000)]);
    expect(summary.scores).toEqual(scores(88, 100));
    expect(summary.medianRun.metrics.largestContentfulPaint).toBe(2000);
  });

  it('completes a performance-only run with the first run’s other verdicts, so the median of those is the first run’s', () => {
    const first = { ...run(scores(70, 90), 3000), failingAudits: [
      { category: 'accessibility' as const, id: 'color-contrast', title: 'Contrast', score: 0 },
      { category: 'performance' as const, id: 'total-blocking-time', title: 'TBT', score: 0.5 },
    ] };
    const later = { ...run(scores(95, 0), 1500), failingAudits: [{ category: 'performance' as const, id: 'largest-contentful-paint', title: 'LCP', score: 0.8 }] };
    const completed = withVerdictsOf(first, later);
    expect(completed.scores).toEqual({ ...first.scores, performance: 95 });
    expect(completed.metrics.largestContentfulPaint).toBe(1500);
    expect(completed.failingAudits.map((audit) => audit.id)).toEqual(['color-contrast', 'largest-contentful-paint']);
    expect(summarizeRuns('http://127.0.0.1/', [first, completed, withVerdictsOf(first, run(scores(80, 0), 2000))]).scores).toEqual(scores(80, 90));
  });
});

describe('the lighthouse section of portal.config.ts', () => {
  const site = { title: 'X', url: 'https://x.dev', repository: 'https://github.com/x/x' };

  it('defaults to the home page, the default budgets and 3 runs', () => {
    const config = validatePortalConfig({ site }, '/tmp/portal.config.ts');
    expect(config.lighthouse).toEqual({ pages: ['/'], budgets: DEFAULT_LIGHTHOUSE_BUDGETS, runs: 3 });
  });

  it('accepts per-category and per-page budgets', () => {
    const config = validatePortalConfig(
      { site, lighthouse: { pages: ['/', { path: '/docs/x', budgets: { performance: 80 } }], budgets: { seo: 100 } } },
      '/tmp/portal.config.ts',
    );
    expect(config.lighthouse.budgets).toEqual({ ...DEFAULT_LIGHTHOUSE_BUDGETS, seo: 100 });
    expect(config.lighthouse.pages[1]).toEqual({ path: '/docs/x', budgets: { performance: 80 } });
  });

  it.each([
    [{ budgets: { performance: 101 } }, 'lighthouse.budgets.performance: got 101, expected a Lighthouse score between 0 and 100'],
    [{ budgets: { speed: 90 } }, 'lighthouse.budgets: unknown field "speed", expected one of "performance", "accessibility", "best-practices", "seo"'],
    [{ pages: ['docs/x'] }, 'lighthouse.pages[0]: got "docs/x", expected a URL path under the site that starts with "/", such as "/docs/getting-started"'],
    [{ pages: [] }, 'lighthouse.pages: got an empty list, expected at least one page'],
    [{ runs: 0 }, 'lighthouse.runs: got 0, expected a whole number of runs between 1 and 9'],
  ])('rejects %j', (lighthouse, problem) => {
    expect(() => validatePortalConfig({ site, lighthouse }, '/tmp/portal.config.ts')).toThrow(
      expect.objectContaining({ exitCode: 2, problems: [problem] }),
    );
  });
});

describe('reports', () => {
  const report: LighthouseReport = {
    passed: false,
    lighthouseVersion: '13.5.0',
    userAgent: 'HeadlessChrome',
    formFactor: 'mobile',
    runsPerPage: 3,
    pages: [
      evaluatePage('/', scores(96), DEFAULT_LIGHTHOUSE_BUDGETS, run(scores(96)), [run(scores(95)), run(scores(96)), run(scores(98))]),
      evaluatePage(
        '/docs/slow',
        scores(72, 93),
        DEFAULT_LIGHTHOUSE_BUDGETS,
        { ...run(scores(72, 93), 3100), failingAudits: [{ category: 'performance', id: 'total-blocking-time', title: 'Total Blocking Time', score: 0.2, displayValue: '1,020 ms' }] },
        [run(scores(72, 93))],
      ),
    ],
  };

  it('prints a table with the misses marked, then each miss with the audits that cost the most', () => {
    expect(formatLighthouseReport(report).split('\n')).toEqual([
      'Lighthouse 13.5.0, mobile preset, median of 3 runs per page; CPU benchmark index 1500–1500 (higher is faster)',
      'Page        Performance  Accessibility  Best practices  SEO    LCP     TBT    CLS',
      '/                    96            100             100  100  1.2 s  150 ms  0.000',
      '/docs/slow      ✖ 72<90        ✖ 93<95             100  100  3.1 s  150 ms  0.000',
      '✖ /docs/slow: Performance 72 is under the budget of 90',
      '    total-blocking-time: Total Blocking Time (1,020 ms)',
      '✖ /docs/slow: Accessibility 93 is under the budget of 95',
      '✖ 2 budget misses on 1 of 2 pages',
      '',
    ]);
  });

  it('writes github-action-benchmark customBiggerIsBetter entries, one per page and category', () => {
    const entries = lighthouseReportToBenchmark(report);
    expect(entries).toHaveLength(8);
    expect(entries[0]).toEqual({ name: 'lighthouse performance /', unit: '%', value: 96, range: '± 1.5', extra: 'median of 3 runs: 95, 96, 98' });
    expect(entries[5]).toEqual({ name: 'lighthouse accessibility /docs/slow', unit: '%', value: 93 });
  });
});
