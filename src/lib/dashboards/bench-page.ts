import { formatBaseline, type Verdict } from '../bench/index.js';
import type { BenchHistoryFile } from '../history/index.js';
import { analyse, type SuiteAnalysis } from './bench-analysis.js';
import { downloadFiles } from './bench-downloads.js';
import { BENCHMARKS_PATH, EXPANDED_CHARTS_UP_TO, MAX_FEED_REGRESSIONS, MAX_LISTED_REGRESSIONS } from './bench-limits.js';
import type { BenchDashboardSettings, BenchSuiteView, BenchmarksPageData, BenchmarksPlan, RegressionView } from './bench-page-data.js';
import { newestFirst, regressionViews } from './bench-regressions.js';
import { seriesCard } from './bench-series-card.js';
import { LinesFile, suiteDownloads } from './files.js';
import { commitOf, commitUrlPrefix, dayOf } from './links.js';

export * from './bench-limits.js';
export type * from './bench-page-data.js';

/**
 * Plans the benchmarks page: per series a chart (LTTB-downsampled for
 * display), its exact latest value, the gate's verdict against the baseline
 * and a table of its latest runs; and the most recent regressions. Verdicts
 * come from `checkBenchmarks`, the function `portal check bench` runs, so the
 * page and the gate cannot disagree. Its size is set by the number of series,
 * not of runs: the chart lines are in a separate file (see {@link planBenchmarks}).
 */
export function planBenchmarksPage(history: readonly BenchHistoryFile[], settings: BenchDashboardSettings): BenchmarksPageData {
  return pageOf(analyse(history, settings), settings).page;
}

/** The benchmarks page plus its feed entries and the files it links to: the lines file and each suite's downloads. */
export function planBenchmarks(history: readonly BenchHistoryFile[], settings: BenchDashboardSettings): BenchmarksPlan {
  const analysis = analyse(history, settings);
  const { page, feed, lines } = pageOf(analysis, settings);
  const files = analysis.flatMap((suite) => downloadFiles(suite, settings));
  return { page, feed, files: lines ? [lines, ...files] : files };
}

function pageOf(analysis: readonly SuiteAnalysis[], settings: BenchDashboardSettings) {
  const lines = new LinesFile(BENCHMARKS_PATH, settings.inlineLines);
  const regressions: RegressionView[] = [];
  const suites: BenchSuiteView[] = analysis.map(({ suite, fileName, series }) => {
    const latestRun = suite.runs.at(-1)!;
    const counts = { regressed: 0, noisy: 0, improved: 0, ok: 0, new: 0, missing: 0 } as Record<Verdict, number>;
    const cards = series.map((entry) => {
      // Series no longer measured keep their chart but get no verdict.
      counts[entry.verdict?.verdict ?? 'missing']++;
      regressions.push(...regressionViews(entry));
      return seriesCard(entry, lines);
    });
    return {
      suite: suite.suite,
      ...(suite.note ? { note: suite.note } : {}),
      runs: suite.runs.length,
      latest: { date: dayOf(latestRun.date), ...commitOf(latestRun.commit) },
      counts,
      series: cards,
      chartsExpanded: cards.length <= EXPANDED_CHARTS_UP_TO,
      downloads: suiteDownloads(BENCHMARKS_PATH, fileName),
    };
  });
  regressions.sort(newestFirst);
  const linesFile = lines.file();
  const listed = new Set(regressions.filter((r) => !r.open).slice(0, MAX_LISTED_REGRESSIONS));
  const page: BenchmarksPageData = {
    baseline: formatBaseline(settings.baseline),
    threshold: settings.threshold,
    suites,
    regressions: regressions.filter((r) => r.open || listed.has(r)),
    regressionCount: regressions.length,
    feeds: { atom: `${BENCHMARKS_PATH}/atom.xml`, rss: `${BENCHMARKS_PATH}/rss.xml` },
    ...(linesFile ? { linesFile: linesFile.path } : {}),
    ...(commitUrlPrefix(settings.repository) ? { commitUrl: commitUrlPrefix(settings.repository)! } : {}),
  };
  return { page, feed: regressions.slice(0, MAX_FEED_REGRESSIONS), lines: linesFile };
}
