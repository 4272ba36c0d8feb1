import { checkBenchmarks, collectSeries, detectRegressions, thresholdFor, type BenchSeries, type RegressionEvent, type SeriesVerdict } from '../bench/index.js';
import type { BenchHistoryFile } from '../history/index.js';
import type { BenchDashboardSettings } from './bench-page-data.js';
import { slugify, uniqueIds } from './links.js';

/** One series with everything judged about it. */
export interface SeriesAnalysis {
  series: BenchSeries;
  id: string;
  threshold: number;
  events: RegressionEvent[];
  verdict?: SeriesVerdict;
}

/** A suite with a run, the name of its download files and its series, judged. */
export interface SuiteAnalysis {
  suite: BenchHistoryFile;
  fileName: string;
  series: SeriesAnalysis[];
}

/** Judges every series once: its threshold, past regressions and the gate's verdict of its latest run. */
export function analyse(history: readonly BenchHistoryFile[], settings: BenchDashboardSettings): SuiteAnalysis[] {
  const report = checkBenchmarks(history, { baseline: settings.baseline, threshold: settings.threshold, overrides: settings.overrides });
  const verdictOf = new Map(report.verdicts.map((v) => [`${v.suite}\u0000${v.series}`, v]));
  const allSeries = collectSeries(history);
  const ids = uniqueIds(allSeries.map((s) => `bench-${slugify(s.suite)}-${slugify(s.name)}`));
  const suites = history.filter((suite) => suite.runs.length > 0);
  const fileNames = uniqueIds(suites.map((suite) => slugify(suite.suite)));
  return suites.map((suite, index) => ({
    suite,
    fileName: fileNames[index]!,
    series: allSeries.flatMap((series, i) => {
      if (series.suite !== suite.suite) return [];
      const threshold = thresholdFor(series.suite, series.name, settings.threshold, settings.overrides);
      const verdict = verdictOf.get(`${series.suite}\u0000${series.name}`);
      return [{ series, id: ids[i]!, threshold, events: detectRegressions(series, { threshold }), ...(verdict ? { verdict } : {}) }];
    }),
  }));
}
