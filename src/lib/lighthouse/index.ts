/**
 * Lighthouse budgets behind `portal lighthouse`: a compressing static server
 * for the build, Lighthouse runs in Chromium, budgets, the table, JSON and
 * benchmark output. Pure TypeScript: no Docusaurus, React or CLI imports.
 *
 * @packageDocumentation
 */
export {
  LIGHTHOUSE_CATEGORIES,
  LIGHTHOUSE_CATEGORY_TITLES,
  DEFAULT_LIGHTHOUSE_BUDGETS,
  budgetsForPage,
  checkLighthouseBudgets,
  median,
} from './budgets.js';
export type { LighthouseCategory, LighthouseScores, LighthouseBudgets, BudgetFailure, LighthousePageSetting } from './budgets.js';
export { measurePages, summarizeRuns, withVerdictsOf, LIGHTHOUSE_METRIC_AUDITS } from './run.js';
export type { LighthouseMetrics, LighthouseAuditFinding, LighthouseRun, MeasuredPage, MeasuredPages, MeasurePagesOptions } from './run.js';
export { evaluatePage, formatLighthouseReport, lighthouseReportToBenchmark } from './report.js';
export type { LighthousePageResult, LighthouseReport, CustomBenchmarkEntry } from './report.js';
export { startStaticServer, findBuildFile } from './server.js';
export type { StaticServer, StaticServerOptions } from './server.js';
