import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkCoverage, coverageGateReportToJson, formatCoverageGateReport, type CoverageThresholds } from '../../lib/coverage/index.js';
import { PortalError } from '../../lib/errors.js';
import { loadCoverageHistory } from '../../lib/history/index.js';
import { displayPath } from '../../lib/results/index.js';
import type { CheckCoverageOptions } from '../commands/check-coverage.js';
import { resolveHistoryContext } from './history-context.js';

/** Used without a configuration: no minimums, a 1-point maximum drop (the schema's defaults). */
const FALLBACK_THRESHOLDS: CoverageThresholds = { lines: 0, statements: 0, functions: 0, branches: 0, maxDrop: 1 };

/** The action of `portal check coverage`. */
export async function runCheckCoverage(options: CheckCoverageOptions): Promise<void> {
  const { historyDir, config } = await resolveHistoryContext(options);
  const history = loadCoverageHistory(historyDir);
  const unknown = (options.suite ?? []).filter((name) => !history.some((suite) => suite.suite === name));
  if (unknown.length > 0) {
    throw new PortalError(`No coverage suite ${unknown.map((s) => JSON.stringify(s)).join(', ')} in ${displayPath(historyDir)}`, 2, [
      `--suite: expected one of ${history.map((s) => s.suite).join(', ') || '(no suites yet)'}`,
    ]);
  }
  if (!history.some((suite) => suite.runs.length > 0)) {
    throw new PortalError(`No coverage runs in ${displayPath(historyDir)}`, 2, ['ingest a report first: portal ingest coverage <file> --commit <sha>']);
  }
  const report = checkCoverage(history, config?.thresholds.coverage ?? FALLBACK_THRESHOLDS, options.suite);
  process.stdout.write(formatCoverageGateReport(report));
  if (options.json) {
    const file = path.resolve(options.json);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(coverageGateReportToJson(report), null, 2)}\n`);
  }
  if (!report.passed) throw new PortalError('Coverage check failed: a total is below its minimum or dropped too far', 1);
}
