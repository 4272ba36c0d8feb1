import { benchGateReportToJson, checkBenchmarks, formatBenchGateReport, parseBaseline } from '../../../lib/bench/index.js';
import { PortalError } from '../../../lib/errors.js';
import { loadBenchHistory } from '../../../lib/history/index.js';
import { requireSuitesWithRuns, resolveHistoryContext } from '../../shared/history-context.js';
import { plural } from '../../../lib/core/text.js';
import { writeJsonReport } from '../../shared/write-json.js';

/** Options of `portal check bench`, as commander hands them over. */
export interface CheckBenchOptions {
  baseline: string;
  threshold?: string;
  suite?: string[];
  json?: string;
  history?: string;
  config?: string;
}

/** Threshold used without a configuration or `--threshold` (the schema's default). */
const FALLBACK_THRESHOLD = 10;

/** The action of `portal check bench`. */
export async function runCheckBench(options: CheckBenchOptions): Promise<void> {
  const baseline = parseBaseline(options.baseline);
  const threshold = options.threshold !== undefined ? parseThreshold(options.threshold) : undefined;
  const { historyDir, config } = await resolveHistoryContext(options);
  const history = loadBenchHistory(historyDir);
  requireSuitesWithRuns(history, options.suite, historyDir, { kind: 'benchmark', ingest: 'ingest results first: portal ingest bench <file> --commit <sha>' });
  const report = checkBenchmarks(history, {
    baseline,
    threshold: threshold ?? config?.thresholds.benchRegression ?? FALLBACK_THRESHOLD,
    overrides: config?.thresholds.benchRegressionOverrides ?? [],
    suites: options.suite,
  });
  process.stdout.write(formatBenchGateReport(report));
  if (options.json) await writeJsonReport(options.json, benchGateReportToJson(report));
  if (!report.passed) {
    throw new PortalError(`Benchmark check failed: ${plural(report.counts.regressed, 'series', 'series')} regressed beyond the threshold`, 1);
  }
}

function parseThreshold(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || value > 1000) {
    throw new PortalError(`Invalid threshold ${JSON.stringify(text)}`, 2, ['--threshold: expected a percentage above 0 and at most 1000, such as 10']);
  }
  return value;
}
