import pc from 'picocolors';
import {
  LIGHTHOUSE_CATEGORIES,
  LIGHTHOUSE_CATEGORY_TITLES,
  checkLighthouseBudgets,
  type BudgetFailure,
  type LighthouseBudgets,
  type LighthouseScores,
} from './budgets.js';
import type { LighthouseAuditFinding, LighthouseMetrics, LighthouseRun } from './run.js';
import { plural } from '../core/text.js';

/** The measured result of one key page against its budgets. */
export interface LighthousePageResult {
  /** The page's URL path under the site, e.g. `/docs/getting-started`. */
  path: string;
  /** Median score per category. */
  scores: LighthouseScores;
  /** The budgets it was held to. */
  budgets: LighthouseBudgets;
  /** Categories under budget; empty when the page passes. */
  failures: BudgetFailure[];
  /** Lab metrics of the median run. */
  metrics: LighthouseMetrics;
  /** Weighted audits scoring under 0.9 in the median run, worst first. */
  failingAudits: LighthouseAuditFinding[];
  /** The category scores of every run, in order. */
  runScores: LighthouseScores[];
  /** Lighthouse's CPU benchmark of the machine in each run (higher is faster); see {@link LighthouseRun.benchmarkIndex}. */
  benchmarkIndexes: number[];
}

/** What `portal lighthouse` measured. */
export interface LighthouseReport {
  /** True when every page met every budget. */
  passed: boolean;
  /** Lighthouse version used. */
  lighthouseVersion: string;
  /** Chromium's user agent, which names its version. */
  userAgent: string;
  /** Always `mobile`: the Lighthouse default preset. */
  formFactor: 'mobile';
  /** Runs per page; scores are medians. */
  runsPerPage: number;
  /** One entry per key page, in the configured order. */
  pages: LighthousePageResult[];
}

/** Builds a page result: medians held against budgets. */
export function evaluatePage(path: string, scores: LighthouseScores, budgets: LighthouseBudgets, medianRun: LighthouseRun, runs: readonly LighthouseRun[]): LighthousePageResult {
  return {
    path,
    scores,
    budgets,
    failures: checkLighthouseBudgets(scores, budgets),
    metrics: medianRun.metrics,
    failingAudits: medianRun.failingAudits,
    runScores: runs.map((run) => run.scores),
    benchmarkIndexes: runs.map((run) => Math.round(run.benchmarkIndex)),
  };
}

/**
 * The terminal table: one row per page, a column per category (`92`, or
 * `✖ 88<90` under budget) and the key lab metrics of the median run, then one
 * line per budget miss with the audits that cost the most, then a summary.
 */
export function formatLighthouseReport(report: LighthouseReport): string {
  const header = ['Page', ...LIGHTHOUSE_CATEGORIES.map((category) => LIGHTHOUSE_CATEGORY_TITLES[category]), 'LCP', 'TBT', 'CLS'];
  const rows = report.pages.map((page) => [
    page.path,
    ...LIGHTHOUSE_CATEGORIES.map((category) => {
      const score = page.scores[category];
      const budget = page.budgets[category];
      return score < budget ? `✖ ${score}<${budget}` : `${score}`;
    }),
    formatMs(page.metrics.largestContentfulPaint),
    formatMs(page.metrics.totalBlockingTime),
    Number.isFinite(page.metrics.cumulativeLayoutShift) ? page.metrics.cumulativeLayoutShift.toFixed(3) : '–',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const indexes = report.pages.flatMap((page) => page.benchmarkIndexes);
  const machine = indexes.length > 0 ? `; CPU benchmark index ${Math.min(...indexes)}–${Math.max(...indexes)} (higher is faster)` : '';
  const out = [
    `Lighthouse ${report.lighthouseVersion}, mobile preset, ${report.runsPerPage === 1 ? '1 run' : `median of ${plural(report.runsPerPage, 'run')}`} per page${machine}`,
    line(header),
    ...rows.map((row) => {
      const text = line(row);
      return text.includes('✖') ? pc.red(text) : text;
    }),
  ];
  const failing = report.pages.filter((page) => page.failures.length > 0);
  for (const page of failing) {
    for (const failure of page.failures) {
      out.push(`${pc.red('✖')} ${page.path}: ${LIGHTHOUSE_CATEGORY_TITLES[failure.category]} ${failure.score} is under the budget of ${failure.budget}`);
      for (const audit of page.failingAudits.filter((a) => a.category === failure.category).slice(0, 5)) {
        out.push(`    ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
  const misses = failing.reduce((sum, page) => sum + page.failures.length, 0);
  out.push(
    report.passed
      ? `${pc.green('✔')} ${plural(report.pages.length, 'page')} within budget`
      : `${pc.red('✖')} ${plural(misses, 'budget miss', 'budget misses')} on ${failing.length} of ${plural(report.pages.length, 'page')}`,
  );
  return `${out.join('\n')}\n`;
}

/** One entry of github-action-benchmark's custom JSON format. */
export interface CustomBenchmarkEntry {
  /** Series name, e.g. `lighthouse performance /docs/getting-started`. */
  name: string;
  /** Unit of `value`: Lighthouse scores are out of 100, so `%`. */
  unit: string;
  /** The median score. */
  value: number;
  /** Spread over the runs, e.g. `± 2`, when there was more than one run. */
  range?: string;
  /** Free text: the scores of every run. */
  extra?: string;
}

/**
 * The scores in github-action-benchmark's `customBiggerIsBetter` format, one
 * series per page and category, so `portal ingest bench` (or the action itself)
 * can chart the portal's own Lighthouse scores over time.
 */
export function lighthouseReportToBenchmark(report: LighthouseReport): CustomBenchmarkEntry[] {
  return report.pages.flatMap((page) =>
    LIGHTHOUSE_CATEGORIES.map((category) => {
      const all = page.runScores.map((scores) => scores[category]);
      const spread = Math.max(...all) - Math.min(...all);
      return {
        name: `lighthouse ${category} ${page.path}`,
        unit: '%',
        value: page.scores[category],
        ...(all.length > 1 ? { range: `± ${spread / 2}`, extra: `median of ${all.length} runs: ${all.join(', ')}` } : {}),
      };
    }),
  );
}

function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
