import {
  COVERAGE_METRICS,
  checkCoverage,
  coveragePercent,
  formatPercent,
  type CoverageCount,
  type CoverageMetric,
  type CoverageThresholds,
} from '../coverage/index.js';
import type { CoverageHistoryFile } from '../history/index.js';
import { buildLineChart, type ChartView } from './chart.js';
import { MAX_CHART_POINTS, downsampleIndices } from './downsample.js';
import { LinesFile, suiteDownloads, toCsv, type DashboardFile, type SuiteDownloads } from './files.js';
import { commitUrlPrefix, dayOf, runSpan, slugify, uniqueIds } from './links.js';

/** One total of the latest run, with its minimum and verdict. */
export interface CoverageTotalView {
  /** The total. */
  metric: CoverageMetric;
  /** Formatted percentage, e.g. `99.32%`. */
  percent: string;
  /** Items covered. */
  covered: number;
  /** Items in total. */
  total: number;
  /** Minimum, in percent. */
  minimum: number;
  /** Change since the previous run, in percentage points: `+0.12 pt`. */
  change?: string;
  /** The gate's verdict. */
  verdict: 'ok' | 'failed';
  /** Why it failed, in words. */
  reasons: string[];
}

/** A coverage suite on the page. */
export interface CoverageSuiteView {
  /** Anchor of the suite. */
  id: string;
  /** Suite name. */
  suite: string;
  /** The history file's note, e.g. that it is sample data. */
  note?: string;
  /** Runs in the suite. */
  runs: number;
  /** Day, commit and format of the latest run. */
  latest: CoverageRunStamp;
  /** The four totals, or fewer when the format lacks some. */
  totals: CoverageTotalView[];
  /** False when a total fails the gate. */
  passed: boolean;
  /** Trend of the totals, with the minimums as threshold lines; the lines are in the page's lines file. */
  chart: ChartView;
  /** The latest runs with their exact percentages. */
  table: CoverageTable;
  /** Every run of the suite, as CSV and JSON files of the build. */
  downloads: SuiteDownloads;
  /** Per-file figures of the latest run, one value per entry of `fileMetrics`. */
  files: CoverageFileRow[];
  /** The metrics of the per-file table's columns. */
  fileMetrics: CoverageMetric[];
}

/** When, at which commit and from which format a coverage run came. */
export interface CoverageRunStamp {
  /** Day of the run, `YYYY-MM-DD`. */
  date: string;
  /** Commit id of the run, if recorded (linked through the page's `commitUrl`). */
  commit?: string;
  /** Format it was ingested from. */
  format: string;
}

/** The data table of a coverage suite. */
export interface CoverageTable {
  /** The metrics of the columns after date and commit. */
  metrics: CoverageMetric[];
  /** `[date, short commit or '', one percentage per metric]` for each of the latest {@link COVERAGE_TABLE_RUNS} runs, oldest first (tuples, see `BenchTableRow`). */
  rows: string[][];
  /** Runs in the history; all of them are in the suite's downloads. */
  total: number;
}

/** A file of the latest run in the per-file table. */
export interface CoverageFileRow {
  /** Source path. */
  path: string;
  /** `98.96% (96/97)` per metric, `—` when the file has none. */
  values: string[];
}

/** The data of `/dashboards/coverage`: what its JSON module holds. */
export interface CoveragePageData {
  /** The minimums and maximum drop of `thresholds.coverage`. */
  thresholds: CoverageThresholds;
  /** Suites with at least one run. */
  suites: CoverageSuiteView[];
  /** Site path of the SVG file holding every chart's lines, unless the lines are inline. */
  linesFile?: string;
  /** `<repository>/commit/`: commit ids are links under it (absent when `site.repository` is not http(s)). */
  commitUrl?: string;
}

/** The coverage page and the files it links to. */
export interface CoveragePlan {
  /** The page's data. */
  page: CoveragePageData;
  /** The lines file and each suite's downloads, to write into the build. */
  files: DashboardFile[];
}

/** Route of the coverage page. */
export const COVERAGE_PATH = '/dashboards/coverage';

/** The data table of a suite lists this many of its latest runs; every run is in the suite's downloads. */
export const COVERAGE_TABLE_RUNS = 10;

/** Options of the coverage page. */
export interface CoveragePageOptions {
  /** Put the chart lines in the page data instead of a lines file (the development server; see `BenchDashboardSettings`). */
  inlineLines?: boolean;
}

/**
 * Plans the coverage page: the trend of the four totals with the minimums as
 * threshold lines, the latest totals judged by `checkCoverage` (the function
 * `portal check coverage` runs), a table of the latest runs and the per-file
 * table of the latest run.
 */
export function planCoveragePage(history: readonly CoverageHistoryFile[], thresholds: CoverageThresholds, repository: string, options: CoveragePageOptions = {}): CoveragePageData {
  return planCoverage(history, thresholds, repository, options).page;
}

/** The coverage page plus the files it links to: the lines file and each suite's downloads. */
export function planCoverage(history: readonly CoverageHistoryFile[], thresholds: CoverageThresholds, repository: string, options: CoveragePageOptions = {}): CoveragePlan {
  const report = checkCoverage(history, thresholds);
  const suites = history.filter((s) => s.runs.length > 0);
  const ids = uniqueIds(suites.map((s) => `coverage-${slugify(s.suite)}`));
  const fileNames = uniqueIds(suites.map((s) => slugify(s.suite)));
  const linesFile = new LinesFile(COVERAGE_PATH, options.inlineLines);
  const files: DashboardFile[] = [];
  const commitUrl = commitUrlPrefix(repository);
  const page: CoveragePageData = {
    thresholds,
    ...(commitUrl ? { commitUrl } : {}),
    suites: suites.map((suite, index) => {
      const latest = suite.runs.at(-1)!;
      const metrics = COVERAGE_METRICS.filter((m) => suite.runs.some((run) => run.totals[m]));
      const verdicts = report.verdicts.filter((v) => v.suite === suite.suite && v.verdict !== 'unavailable');
      const lines = metrics.map((metric) => {
        const points = suite.runs.flatMap((run, i) => (run.totals[metric] ? [{ x: Date.parse(run.date), y: coveragePercent(run.totals[metric]!), run: i }] : []));
        const kept = downsampleIndices(points).map((k) => points[k]!);
        return { metric, kept };
      });
      const minimums = metrics.filter((m) => thresholds[m] > 0);
      const thresholdLines = [...new Set(minimums.map((m) => thresholds[m]))].map((value) => ({
        key: `min-${value}`,
        label: `minimum ${value}% (${minimums.filter((m) => thresholds[m] === value).join(', ')})`,
        y: value,
      }));
      const lowest = Math.min(...lines.flatMap((l) => l.kept.map((p) => p.y)), ...thresholdLines.map((t) => t.y));
      const id = ids[index]!;
      const downloads = suiteDownloads(COVERAGE_PATH, fileNames[index]!);
      files.push(...downloadFiles(suite, metrics, downloads));
      return {
        id,
        suite: suite.suite,
        ...(suite.note ? { note: suite.note } : {}),
        runs: suite.runs.length,
        latest: { date: dayOf(latest.date), ...(latest.commit ? { commit: latest.commit } : {}), format: latest.format },
        totals: verdicts.map((v) => ({
          metric: v.metric,
          percent: formatPercent(v.latest!.percent),
          covered: v.latest!.covered,
          total: v.latest!.total,
          minimum: v.minimum,
          ...(v.drop !== undefined ? { change: `${v.drop > 0 ? '-' : '+'}${Math.abs(v.drop).toFixed(2)} pt` } : {}),
          verdict: v.verdict === 'failed' ? 'failed' : 'ok',
          reasons: v.reasons.map((r) => (r === 'dropped' ? `dropped more than ${v.maxDrop} pt` : `below the ${v.minimum}% minimum`)),
        })),
        passed: verdicts.every((v) => v.verdict !== 'failed'),
        chart: linesFile.detach(
          buildLineChart({
            id,
            title: `Coverage of ${suite.suite}: ${metrics.join(', ')} in percent`,
            description:
              `${runSpan(suite.runs.length, dayOf(suite.runs[0]!.date), dayOf(latest.date))}; latest ` +
              `${verdicts.map((v) => `${v.metric} ${formatPercent(v.latest!.percent)}`).join(', ')}` +
              `${thresholdLines.length > 0 ? `; dashed lines mark the minimums` : ''}` +
              `${suite.runs.length > MAX_CHART_POINTS ? `; at most ${MAX_CHART_POINTS} of ${suite.runs.length} runs drawn per total (LTTB)` : ''}.`,
            yUnit: '%',
            // Zoomed on the range in use: coverage moves by tenths of a point.
            yDomain: [Math.max(0, Math.floor(lowest - 2)), 100],
            lines: lines.map((l) => ({ key: l.metric, label: l.metric, points: l.kept })),
            thresholds: thresholdLines,
            // A single run: each total is a labelled point (the day is the time axis' one label).
            markers:
              suite.runs.length === 1
                ? lines.flatMap((l) =>
                    l.kept.map((p) => ({ label: `${l.metric} ${formatPercent(p.y)} on ${dayOf(latest.date)}`, kind: 'latest' as const, x: p.x, y: p.y, caption: `${l.metric} ${formatPercent(p.y)}` })),
                  )
                : [],
          }),
        ),
        table: {
          metrics,
          total: suite.runs.length,
          rows: suite.runs
            .slice(-COVERAGE_TABLE_RUNS)
            .map((run) => [dayOf(run.date), run.commit?.slice(0, 7) ?? '', ...metrics.map((m) => (run.totals[m] ? formatPercent(coveragePercent(run.totals[m]!)) : '—'))]),
        },
        downloads,
        fileMetrics: metrics,
        files: latest.files.map((file) => ({ path: file.path, values: metrics.map((m) => formatCount(file[m])) })),
      };
    }),
  };
  const lines = linesFile.file();
  if (lines) page.linesFile = lines.path;
  return { page, files: lines ? [lines, ...files] : files };
}

/**
 * A suite's downloads: the totals of every run (covered and total items per
 * metric, exact), as CSV and JSON. Per-file figures are on the page for the
 * latest run only; older runs' per-file figures stay in the history file.
 */
function downloadFiles(suite: CoverageHistoryFile, metrics: readonly CoverageMetric[], paths: SuiteDownloads): DashboardFile[] {
  const header = ['suite', 'date', 'run_id', 'commit', 'branch', ...metrics.flatMap((m) => [`${m}_covered`, `${m}_total`, `${m}_percent`])];
  const csv = toCsv(
    header,
    suite.runs.map((run) => [
      suite.suite,
      run.date,
      run.id,
      run.commit,
      run.branch,
      ...metrics.flatMap((m) => {
        const count = run.totals[m];
        return count ? [count.covered, count.total, Number(coveragePercent(count).toFixed(4))] : [undefined, undefined, undefined];
      }),
    ]),
  );
  const json = {
    schemaVersion: 1,
    kind: 'coverage',
    suite: suite.suite,
    ...(suite.note ? { note: suite.note } : {}),
    runs: suite.runs.length,
    metrics,
    columns: ['date', 'runId', 'commit', 'branch', ...metrics.map((m) => `${m} [covered, total]`)],
    rows: suite.runs.map((run) => [run.date, run.id, run.commit ?? null, run.branch ?? null, ...metrics.map((m) => (run.totals[m] ? [run.totals[m]!.covered, run.totals[m]!.total] : null))]),
  };
  return [
    { path: paths.csv, contents: csv },
    { path: paths.json, contents: `${JSON.stringify(json)}\n` },
  ];
}

/** `98.96% (96/97)`, or `—` when the file has no figure for the metric. */
function formatCount(count: CoverageCount | undefined): string {
  return count ? `${formatPercent(coveragePercent(count))} (${count.covered}/${count.total})` : '—';
}
