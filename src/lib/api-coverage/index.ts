/**
 * Documentation coverage of a TypeScript API, measured on TypeDoc's own
 * model of the code: convert a package once, count its documented symbols
 * the way TypeDoc's `validation.notDocumented` does, judge the count against
 * a threshold and report it (terminal, JSON, SVG badge). Used by
 * `portal doc-coverage` and by the site build's API reference plugin.
 */
export { DEFAULT_REQUIRED_TO_BE_DOCUMENTED, REFLECTION_KIND_NAMES, type ReflectionKindName } from './kinds.js';
export {
  convertApiPackage,
  formatDiagnostics,
  typeDocOptions,
  type ApiPackageInput,
  type ConvertedPackage,
  type ConvertOptions,
  type MarkdownOutputOptions,
  type TypeDocMessage,
} from './convert.js';
export { measureDocCoverage, qualifiedName, type MeasureOptions } from './measure.js';
export { analyzeApiPackages, type AnalyzedPackage, type AnalyzeOptions } from './analyze.js';
export { API_ROUTE_BASE_PATH, apiPagePath, apiPageUrl, createPageResolver, type SiteLocation } from './page-urls.js';
export { keepOwnSources, resolveSourceLinks, shownSourcePath, sourceLineLink, type SourceLinkOverride, type SourceLinks } from './source-links.js';
export {
  buildDocCoverageReport,
  compareSymbols,
  countOf,
  evaluateDocCoverage,
  formatPercent,
  limitToFiles,
  meetsThreshold,
  type DocCoverageCount,
  type DocCoverageReport,
  type DocCoverageSymbol,
  type ChangedFilesScope,
  type DocCoverageVerdict,
  type ListedSymbol,
  type PackageDocCoverage,
} from './report.js';
export { formatDocCoverageReport, formatUndocumentedSymbol } from './terminal.js';
export {
  DOC_COVERAGE_SCHEMA_VERSION,
  docCoverageJsonSchema,
  parseDocCoverageJson,
  toDocCoverageJson,
  type DocCoverageJson,
  type DocCoverageJsonPackage,
  type ParsedDocCoverageJson,
} from './report-json.js';
export { BADGE_COLORS, renderDocCoverageBadge, type BadgeOptions } from './badge.js';
export { listChangedFiles } from './changed-files.js';
export { DOC_COVERAGE_SUITE, docCoverageSeriesName, docCoverageToBenchmark, type DocCoverageBenchmarkEntry } from './benchmark.js';
