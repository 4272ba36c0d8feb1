import { existsSync } from 'node:fs';
import type * as ChromeLauncher from 'chrome-launcher';
import type { Flags, Result } from 'lighthouse';
import { PortalError } from '../errors.js';
import { LIGHTHOUSE_CATEGORIES, median, type LighthouseCategory, type LighthouseScores } from './budgets.js';

/** Lab metrics of one run, as Lighthouse measured them (simulated mobile throttling). */
export interface LighthouseMetrics {
  /** First Contentful Paint, milliseconds. */
  firstContentfulPaint: number;
  /** Largest Contentful Paint, milliseconds. */
  largestContentfulPaint: number;
  /** Total Blocking Time, milliseconds. */
  totalBlockingTime: number;
  /** Cumulative Layout Shift, unitless. */
  cumulativeLayoutShift: number;
  /** Speed Index, milliseconds. */
  speedIndex: number;
}

/** An audit that lost points in a category, to say what to fix. */
export interface LighthouseAuditFinding {
  /** The category it counts towards. */
  category: LighthouseCategory;
  /** Lighthouse's audit id, e.g. `color-contrast`. */
  id: string;
  /** Lighthouse's title of the audit. */
  title: string;
  /** Its score, 0–1. */
  score: number;
  /** Lighthouse's short summary, e.g. `2,160 ms`, when it gives one. */
  displayValue?: string;
}

/** One Lighthouse run of one page. */
export interface LighthouseRun {
  /** Category scores, 0–100. */
  scores: LighthouseScores;
  /** Lab metrics. */
  metrics: LighthouseMetrics;
  /** Weighted audits scoring under 0.9, worst first. */
  failingAudits: LighthouseAuditFinding[];
  /**
   * Lighthouse's measure of the machine's CPU speed during the run: the
   * simulated mobile CPU is 4x slower than this machine, so a busy or slow
   * machine (a low index) lowers performance scores.
   */
  benchmarkIndex: number;
}

/** The runs of one page and their medians. */
export interface MeasuredPage {
  /** The URL that was measured. */
  url: string;
  /** Every run, in order. */
  runs: LighthouseRun[];
  /** Median score per category over the runs. */
  scores: LighthouseScores;
  /** The run whose performance score is the median: its metrics and audits are the ones reported. */
  medianRun: LighthouseRun;
}

/** Input of {@link measurePages}. */
export interface MeasurePagesOptions {
  /** URLs to measure, in order. */
  urls: readonly string[];
  /** Runs per URL; medians are reported. @default 1 */
  runs?: number;
  /** Chromium executable. */
  chromePath: string;
  /** Extra Chromium flags; `--headless=new` is always added. */
  chromeFlags?: readonly string[];
  /** Called before each run, e.g. to print progress. */
  onRun?: (url: string, run: number, runs: number) => void;
}

/** What {@link measurePages} returns. */
export interface MeasuredPages {
  /** One entry per URL, in order. */
  pages: MeasuredPage[];
  /** Lighthouse's version. */
  lighthouseVersion: string;
  /** Chromium's user agent, which names its version. */
  userAgent: string;
}

/** The Lighthouse audit behind each reported metric. */
export const LIGHTHOUSE_METRIC_AUDITS: Record<keyof LighthouseMetrics, string> = {
  firstContentfulPaint: 'first-contentful-paint',
  largestContentfulPaint: 'largest-contentful-paint',
  totalBlockingTime: 'total-blocking-time',
  cumulativeLayoutShift: 'cumulative-layout-shift',
  speedIndex: 'speed-index',
};

/**
 * Runs Lighthouse (mobile preset: Moto G-class emulation, simulated slow 4G
 * and 4x CPU slowdown) on each URL in one headless Chromium started with
 * chrome-launcher, `runs` times per URL.
 *
 * @throws {@link PortalError} (exit 2) when Chromium is missing or a page cannot be measured (it does not load, or is not HTML).
 */
export async function measurePages(options: MeasurePagesOptions): Promise<MeasuredPages> {
  if (!existsSync(options.chromePath)) {
    throw new PortalError(`Chromium not found at ${options.chromePath}`, 2, ['run `npx portal setup-browser`, or set CHROME_PATH to a Chrome/Chromium executable']);
  }
  const runs = Math.max(1, options.runs ?? 1);
  // Loaded here, not at the top: Lighthouse takes about 2 s to import, and every `portal` command would pay for it.
  const [chromeLauncher, { default: lighthouse }] = await Promise.all([import('chrome-launcher'), import('lighthouse')]);
  let chrome: ChromeLauncher.LaunchedChrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath: options.chromePath,
      chromeFlags: [...(options.chromeFlags ?? []), '--headless=new'],
      logLevel: 'silent',
    });
  } catch (error) {
    throw new PortalError(`Chromium at ${options.chromePath} could not be started`, 2, [
      error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error),
    ]);
  }
  const flags: Flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...LIGHTHOUSE_CATEGORIES],
    // The full-page screenshot is taken after the page is measured and only illustrates
    // Lighthouse's own HTML report, which Portico does not write; skipping it saved about 3 s
    // a run here (means of three runs on a busy 2-core machine: a doc page 13.6 -> 10.0 s,
    // the benchmarks dashboard 13.7 -> 10.8 s).
    disableFullPageScreenshot: true,
  };
  // Only performance depends on timing, so only it needs a median: the runs after the first
  // repeat the first run's accessibility, best-practices and SEO verdicts, which read the same DOM
  // and headers, and its performance diagnostics. They run only the five metric audits: the
  // performance score weighs nothing else (every other audit of the category has weight 0 in
  // Lighthouse's default configuration), and without the diagnostics Lighthouse gathers fewer
  // artifacts from the page (CSS usage, images, compression, back/forward cache): 6.2-6.8 s a run
  // against 10.6-15.4 s for the whole category, side by side on a doc page of a busy machine.
  const performanceFlags: Flags = { ...flags, onlyCategories: undefined, onlyAudits: Object.values(LIGHTHOUSE_METRIC_AUDITS) };
  const pages: MeasuredPage[] = [];
  let lighthouseVersion = '';
  let userAgent = '';
  try {
    for (const url of options.urls) {
      const pageRuns: LighthouseRun[] = [];
      for (let run = 1; run <= runs; run += 1) {
        options.onRun?.(url, run, runs);
        const first = pageRuns[0];
        const result = await lighthouse(url, first ? performanceFlags : flags);
        if (!result) throw new PortalError(`Lighthouse returned no result for ${url}`, 2);
        const lhr = result.lhr;
        if (lhr.runtimeError) {
          throw new PortalError(`Lighthouse could not measure ${url}`, 2, [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`]);
        }
        lighthouseVersion = lhr.lighthouseVersion;
        userAgent = lhr.environment.hostUserAgent;
        pageRuns.push(first ? withVerdictsOf(first, readRun(lhr, url, ['performance'])) : readRun(lhr, url, LIGHTHOUSE_CATEGORIES));
      }
      pages.push(summarizeRuns(url, pageRuns));
    }
  } finally {
    chrome.kill();
  }
  return { pages, lighthouseVersion, userAgent };
}

/** Medians of several runs of one page; the reported metrics are those of the run with the median performance score. */
export function summarizeRuns(url: string, runs: readonly LighthouseRun[]): MeasuredPage {
  const scores = Object.fromEntries(
    LIGHTHOUSE_CATEGORIES.map((category) => [category, median(runs.map((run) => run.scores[category]))]),
  ) as LighthouseScores;
  const medianRun = runs.find((run) => run.scores.performance === scores.performance) ?? runs[0]!;
  return { url, runs: [...runs], scores, medianRun };
}

/** A performance-only run completed with the other categories' scores and audits of the page's first run. */
export function withVerdictsOf(first: LighthouseRun, performanceRun: LighthouseRun): LighthouseRun {
  return {
    ...performanceRun,
    scores: { ...first.scores, performance: performanceRun.scores.performance },
    failingAudits: [...performanceRun.failingAudits, ...first.failingAudits.filter((audit) => audit.category !== 'performance')].sort((a, b) => a.score - b.score),
  };
}

function readRun(lhr: Result, url: string, categories: readonly LighthouseCategory[]): LighthouseRun {
  const scores = {} as LighthouseScores;
  const failingAudits: LighthouseAuditFinding[] = [];
  for (const category of categories) {
    const result = lhr.categories[category];
    if (!result || result.score === null) {
      throw new PortalError(`Lighthouse gave no ${category} score for ${url}`, 2, ['see the Lighthouse warnings above']);
    }
    scores[category] = Math.round(result.score * 100);
    for (const ref of result.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
      failingAudits.push({ category, id: audit.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) });
    }
  }
  failingAudits.sort((a, b) => a.score - b.score);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const metrics = Object.fromEntries(
    Object.entries(LIGHTHOUSE_METRIC_AUDITS).map(([name, id]) => [name, metric(id)]),
  ) as unknown as LighthouseMetrics;
  return { scores, metrics, failingAudits, benchmarkIndex: lhr.environment.benchmarkIndex };
}
