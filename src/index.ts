/**
 * Portico's library: what a team's own scripts need to do programmatically
 * what the `portal` commands do: load and validate `portal.config.ts`, run each
 * check (RFC lint, runbook check, changelog parsing, benchmark and coverage
 * gates, OpenAPI lint, Markdown lint, link check, Lighthouse budgets, API doc
 * coverage), ingest results into the history, and render untrusted Markdown
 * safely. Each check returns a typed report and has a formatter that prints it
 * the way the CLI does.
 *
 * This is a curated surface, not every module of `src/lib`: the page models,
 * parsers and helpers behind the site's plugins stay internal, so they can
 * change without breaking anyone, and the reference stays small enough to read
 * (every exported name is a page of the API reference, and every page is a
 * route the site ships in its JavaScript; see the performance docs).
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

// Findings: the one shape every check reports in, and its reporters
export {
  formatFinding,
  summarizeFindings,
  reportToJson,
  formatGithubAnnotation,
  formatGithubAnnotations,
  type Finding,
  type FindingSeverity,
  type Report,
  type ReportJson,
} from './lib/findings/index.js';

// RFCs (`portal lint rfcs`)
export {
  lintRfcs,
  rfcFindings,
  formatRfcLintReport,
  rfcLintReportToJson,
  loadRfcs,
  parseRfcFile,
  type RfcStatus,
  type RfcFrontMatter,
  type RfcMeta,
  type RfcFinding,
  type RfcLintRule,
  type LintRfcsOptions,
  type RfcLintReport,
} from './lib/rfcs/index.js';

// Runbooks and alerts (`portal check runbooks`)
export {
  checkRunbooks,
  loadRunbooks,
  loadAlertRules,
  planRunbookAliases,
  formatRunbookReport,
  runbookReportToJson,
  runbookFindings,
  type Runbook,
  type RunbookFrontMatter,
  type AlertRule,
  type RunbookAliasPlan,
  type CheckRunbooksInput,
  type RunbookFinding,
  type RunbookReport,
} from './lib/runbooks/index.js';

// Changelogs (`portal lint changelog`)
export {
  loadChangelog,
  readChangelog,
  parseChangelog,
  lintChangelogs,
  changelogGateExitCode,
  changelogGateError,
  formatChangelogFinding,
  formatChangelogReport,
  changelogReportToJson,
  changelogFindings,
  addGitDates,
  type ChangelogFinding,
  type ChangelogNote,
  type ChangelogLintReport,
  type Changelog,
  type Release,
  type ReleaseSection,
  type ChangelogEntry,
  type ChangelogProblem,
  type ChangelogStyle,
  type ChangelogParseResult,
} from './lib/changelog/index.js';

// Untrusted Markdown (release notes, OpenAPI descriptions, benchmark names)
export { renderUntrustedMarkdown, safeHttpUrl } from './lib/markdown/index.js';

// Benchmarks and their history (`portal ingest bench`, `portal check bench`)
export {
  ingestBenchmarkRun,
  readBenchFile,
  checkBenchmarks,
  formatBenchGateReport,
  benchGateReportToJson,
  BENCH_FORMATS,
  type BenchFormat,
  type ParsedBench,
  type BenchResult,
  type IngestBenchOptions,
  type IngestBenchResult,
  type BenchGateOptions,
  type BenchGateReport,
  type SeriesVerdict,
  type Verdict,
} from './lib/bench/index.js';

// Code coverage and its history (`portal ingest coverage`, `portal check coverage`)
export {
  ingestCoverageRun,
  readCoverageFile,
  checkCoverage,
  formatCoverageGateReport,
  coverageGateReportToJson,
  COVERAGE_FORMATS,
  type CoverageFormat,
  type ParsedCoverage,
  type IngestCoverageOptions,
  type IngestCoverageResult,
  type CoverageGateReport,
  type CoverageThresholds,
} from './lib/coverage/index.js';

// The history store both dashboards read
export {
  loadBenchHistory,
  loadCoverageHistory,
  type BenchHistoryFile,
  type BenchRun,
  type CoverageHistoryFile,
  type CoverageRun,
} from './lib/history/index.js';

// HTTP API reference (`portal openapi lint`)
export {
  loadOpenApiSpec,
  lintOpenApiSpec,
  formatLintFinding,
  type LoadedOpenApiSpec,
  type LoadOpenApiSpecOptions,
  type OpenApiLintFinding,
  type OpenApiLintResult,
} from './lib/openapi/index.js';

// Quality gates: links, Markdown lint, Lighthouse budgets
export {
  checkBuildLinks,
  formatLinkReport,
  linkReportToJson,
  linkFindings,
  type LinkCheckReport,
  type BrokenLink,
  type ExternalLink,
  type SiteLocation,
} from './lib/links/index.js';
export {
  lintMarkdown,
  formatMarkdownLintReport,
  type LintMarkdownOptions,
  type MarkdownFinding,
  type MarkdownLintReport,
} from './lib/markdown-lint/index.js';
export {
  measurePages,
  evaluatePage,
  formatLighthouseReport,
  lighthouseReportToBenchmark,
  DEFAULT_LIGHTHOUSE_BUDGETS,
  type LighthouseBudgets,
  type LighthouseScores,
  type MeasurePagesOptions,
  type MeasuredPages,
  type LighthouseReport,
  type LighthousePageResult,
} from './lib/lighthouse/index.js';

// API reference and doc coverage (`portal doc-coverage`)
export {
  measureDocCoverage,
  evaluateDocCoverage,
  formatDocCoverageReport,
  toDocCoverageJson,
  renderDocCoverageBadge,
  type MeasureOptions,
  type DocCoverageReport,
  type DocCoverageSymbol,
  type DocCoverageVerdict,
  type PackageDocCoverage,
  type DocCoverageJson,
} from './lib/api-coverage/index.js';
