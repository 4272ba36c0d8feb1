/**
 * Portico's library: the validated configuration, the error type every
 * command and build step shares, and the functions behind each capability
 * (RFCs, runbooks, changelogs and feeds, benchmarks and coverage with their
 * history and dashboards, OpenAPI pages, link, Markdown, Lighthouse and
 * contrast checks, API doc coverage). The
 * `portal` CLI and the site's Docusaurus plugins are built from these
 * functions, so the pages and the checks agree.
 *
 * Validation schemas stay internal: their inferred types are exported
 * instead (`PortalConfigInput`, `RfcFrontMatter`, ...).
 *
 * @example
 * ```ts
 * import { lintRfcs, loadPortalConfig } from 'portico';
 *
 * const config = await loadPortalConfig('portal.config.ts');
 * const report = await lintRfcs({ dir: `${config.rootDir}/rfcs` });
 * ```
 *
 * @packageDocumentation
 */

// Configuration
export {
  definePortalConfig,
  loadPortalConfig,
  validatePortalConfig,
  resolveConfigPath,
  DEFAULT_CONFIG_FILE,
  type PortalConfig,
  type PortalConfigInput,
  type PortalConfigParsed,
} from './config/index.js';

// Errors and exit codes
export { PortalError, ConfigError, formatPortalError } from './lib/errors.js';

// RFCs
export {
  RFC_STATUS_NAMES,
  RFC_KEYS,
  isCalendarDate,
  titleSlug,
  parseRfcFile,
  parseRfcSource,
  lintRfcs,
  isRfcFileName,
  DEFAULT_REQUIRED_SECTIONS,
  RFC_TEMPLATE_FILE,
  RFC_FILE_NAME,
  loadRfcs,
  type RfcStatus,
  type RfcFrontMatter,
  type RfcFrontMatterInput,
  type ParsedRfcSource,
  type ParsedFrontMatter,
  type RfcSection,
  type FrontMatterError,
  type RfcFinding,
  type RfcLintRule,
  type RfcMeta,
  type LintRfcsOptions,
  type RfcLintReport,
} from './lib/rfcs/index.js';

// Runbooks and alerts
export {
  REQUIRED_RUNBOOK_SECTIONS,
  RUNBOOK_SEVERITIES,
  computeRunbookSlug,
  loadRunbooks,
  parseRunbookFile,
  stripNumberPrefix,
  loadAlertRules,
  parseAlertRuleFile,
  PROMETHEUS_RULE_API_VERSION,
  aliasSlugsForAlert,
  planRunbookAliases,
  runbookPermalink,
  RUNBOOKS_ROUTE_BASE_PATH,
  toKebabCase,
  checkRunbooks,
  expandRunbookUrlTemplate,
  formatRunbookFinding,
  formatRunbookReport,
  runbookReportToJson,
  summarizeRunbookReport,
  type RunbookFrontMatter,
  type RunbookSeverity,
  type LoadedRunbooks,
  type ParsedRunbookFile,
  type Runbook,
  type RunbookProblem,
  type RunbookSection,
  type AlertRule,
  type ParsedAlertRuleFile,
  type RunbookAlias,
  type RunbookAliasConflict,
  type RunbookAliasPlan,
  type RunbookAliasSource,
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
  type RunbookReporterOptions,
} from './lib/runbooks/index.js';

// Changelogs and release feeds
export * from './lib/changelog/index.js';
export * from './lib/feeds/index.js';

// Untrusted Markdown
export * from './lib/markdown/index.js';

// Benchmarks, code coverage and their history
export * from './lib/results/index.js';
export * from './lib/history/index.js';
export * from './lib/bench/index.js';
export * from './lib/coverage/index.js';
export * from './lib/dashboards/index.js';

// HTTP API reference (OpenAPI)
export * from './lib/openapi/index.js';

// Quality gates: links, Markdown lint, Lighthouse budgets, colour contrast
export * from './lib/links/index.js';
export * from './lib/markdown-lint/index.js';
export * from './lib/lighthouse/index.js';
export * from './lib/contrast/index.js';

// Two capabilities define these names differently: the unqualified name is the
// benchmarks' one, the other is exported under a qualified name.
export { median } from './lib/bench/index.js';
export { median as lighthouseMedian } from './lib/lighthouse/index.js';
export type { OverviewPageData } from './lib/dashboards/index.js';
export type { OverviewPageData as OpenApiOverviewPageData } from './lib/openapi/index.js';

// API reference and doc coverage
export {
  DEFAULT_REQUIRED_TO_BE_DOCUMENTED,
  REFLECTION_KIND_NAMES,
  convertApiPackage,
  formatDiagnostics,
  measureDocCoverage,
  analyzeApiPackages,
  API_ROUTE_BASE_PATH,
  apiPagePath,
  apiPageUrl,
  createPageResolver,
  sourceLineUrl,
  buildDocCoverageReport,
  evaluateDocCoverage,
  formatPercent,
  limitToFiles,
  meetsThreshold,
  formatDocCoverageReport,
  formatUndocumentedSymbol,
  DOC_COVERAGE_SCHEMA_VERSION,
  parseDocCoverageJson,
  toDocCoverageJson,
  renderDocCoverageBadge,
  listChangedFiles,
  type ReflectionKindName,
  type ApiPackageInput,
  type ConvertedPackage,
  type ConvertOptions,
  type MarkdownOutputOptions,
  type SourceLinkOptions,
  type TypeDocMessage,
  type MeasureOptions,
  type AnalyzedPackage,
  type AnalyzeOptions,
  type SiteLocation,
  type DocCoverageCount,
  type DocCoverageReport,
  type DocCoverageSymbol,
  type DocCoverageVerdict,
  type PackageDocCoverage,
  type DocCoverageJson,
  type DocCoverageJsonPackage,
  type ParsedDocCoverageJson,
  type ChangedFilesScope,
  type ListedSymbol,
  type BadgeOptions,
} from './lib/api-coverage/index.js';
