import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchGateReportToJson, checkBenchmarks, formatBenchGateReport, parseBaseline } from '../../lib/bench/index.js';
import { PortalError } from '../../lib/errors.js';
import { loadBenchHistory } from '../../lib/history/index.js';
import { displayPath } from '../../lib/results/index.js';
import type { CheckBenchOptions } from '../commands/check-bench.js';
import { plural, resolveHistoryContext } from './history-context.js';

/** Threshold used without a configuration or `--threshold` (the schema's default). */
const FALLBACK_THRESHOLD = 10;

/** The action of `portal check bench`. */
export async function runCheckBench(options: CheckBenchOptions): Promise<void> {
  const baseline = parseBaseline(options.baseline);
  const threshold = options.threshold !== undefined ? parseThreshold(options.threshold) : undefined;
  const { historyDir, config } = await resolveHistoryContext(options);
  const history = loadBenchHistory(historyDir);
  const unknown = (options.suite ?? []).filter((name) => !history.some((suite) => suite.suite === name));
  if (unknown.length > 0) {
    throw new PortalError(`No benchmark suite ${unknown.map((s) => JSON.stringify(s)).join(', ')} in ${displayPath(historyDir)}`, 2, [
      `--suite: expected one of ${history.map((s) => s.suite).join(', ') || '(no suites yet)'}`,
    ]);
  }
  if (!history.some((suite) => suite.runs.length > 0)) {
    throw new PortalError(`No benchmark runs in ${displayPath(historyDir)}`, 2, ['ingest results first: portal ingest bench <file> --commit <sha>']);
  }
  const report = checkBenchmarks(history, {
    baseline,
    threshold: threshold ?? config?.thresholds.benchRegression ?? FALLBACK_THRESHOLD,
    overrides: config?.thresholds.benchRegressionOverrides ?? [],
    suites: options.suite,
  });
  process.stdout.write(formatBenchGateReport(report));
  if (options.json) {
    const file = path.resolve(options.json);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(benchGateReportToJson(report), null, 2)}\n`);
  }
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
