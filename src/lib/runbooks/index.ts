/**
 * Runbooks and the alerts that link to them: parse runbook pages and
 * Prometheus rule files, plan the alias pages, check every `runbook_url`,
 * report. Used by `portal check runbooks` and by the site build.
 */
export {
  REQUIRED_RUNBOOK_SECTIONS,
  RUNBOOK_SEVERITIES,
  runbookFrontMatterSchema,
  type RunbookFrontMatter,
  type RunbookSeverity,
} from './schema.js';
export {
  computeRunbookSlug,
  loadRunbooks,
  parseRunbookFile,
  stripNumberPrefix,
  type LoadedRunbooks,
  type ParsedRunbookFile,
  type Runbook,
  type RunbookProblem,
  type RunbookSection,
} from './parse-runbooks.js';
export {
  loadAlertRules,
  parseAlertRuleFile,
  PROMETHEUS_RULE_API_VERSION,
  type AlertRule,
  type ParsedAlertRuleFile,
} from './parse-rules.js';
export {
  aliasSlugsForAlert,
  planRunbookAliases,
  runbookPermalink,
  RUNBOOKS_ROUTE_BASE_PATH,
  toKebabCase,
  type RunbookAlias,
  type RunbookAliasConflict,
  type RunbookAliasPlan,
  type RunbookAliasSource,
} from './aliases.js';
export {
  checkRunbooks,
  expandRunbookUrlTemplate,
  type CheckRunbooksInput,
  type ExternalFinding,
  type InvalidRunbookFinding,
  type MismatchFinding,
  type MissingUrlFinding,
  type OkFinding,
  type OrphanAlertNameFinding,
  type ResolvedRunbook,
  type RunbookFinding,
  type RunbookFindingSeverity,
  type RunbookReport,
  type RunbookReportCounts,
  type UnresolvedFinding,
} from './check.js';
export {
  formatRunbookFinding,
  formatRunbookReport,
  runbookReportToJson,
  summarizeRunbookReport,
  type RunbookReporterOptions,
} from './report.js';
export { runbookFindings, type RunbookFindingOptions } from './findings.js';
