import { checkCoverage, coverageGateReportToJson, formatCoverageGateReport, type CoverageThresholds } from '../../../lib/coverage/index.js';
import { PortalError } from '../../../lib/errors.js';
import { loadCoverageHistory } from '../../../lib/history/index.js';
import { requireSuitesWithRuns, resolveHistoryContext } from '../../shared/history-context.js';
import { writeJsonReport } from '../../shared/write-json.js';

/** Options of `portal check coverage`, as commander hands them over. */
export interface CheckCoverageOptions {
  suite?: string[];
  json?: string;
  history?: string;
  config?: string;
}

/** Used without a configuration: no minimums, a 1-point maximum drop (the schema's defaults). */
const FALLBACK_THRESHOLDS: CoverageThresholds = { lines: 0, statements: 0, functions: 0, branches: 0, maxDrop: 1 };

/** The action of `portal check coverage`. */
export async function runCheckCoverage(options: CheckCoverageOptions): Promise<void> {
  const { historyDir, config } = await resolveHistoryContext(options);
  const history = loadCoverageHistory(historyDir);
  requireSuitesWithRuns(history, options.suite, historyDir, { kind: 'coverage', ingest: 'ingest a report first: portal ingest coverage <file> --commit <sha>' });
  const report = checkCoverage(history, config?.thresholds.coverage ?? FALLBACK_THRESHOLDS, options.suite);
  process.stdout.write(formatCoverageGateReport(report));
  if (options.json) await writeJsonReport(options.json, coverageGateReportToJson(report));
  if (!report.passed) throw new PortalError('Coverage check failed: a total is below its minimum or dropped too far', 1);
}
