/**
 * Code coverage: parsers for Istanbul (coverage-summary.json,
 * coverage-final.json), LCOV and Cobertura XML, ingest into the history
 * store and the coverage gate.
 */
export { COVERAGE_FORMATS, COVERAGE_FORMAT_LABELS, COVERAGE_METRICS, coveragePercent, sumCoverage } from './model.js';
export type { CoverageCount, CoverageCounts, CoverageFormat, CoverageMetric, FileCoverage, ParsedCoverage } from './model.js';
export { normalizeSourcePath } from './paths.js';
export { detectCoverageFormat, readCoverageFile, resolveCoverageFormat } from './parse.js';
export type { CoverageFileReading, CoverageFormatDetection } from './parse.js';
export { DEFAULT_COVERAGE_SUITE, ingestCoverageRun } from './ingest.js';
export type { IngestCoverageOptions, IngestCoverageResult } from './ingest.js';
export { checkCoverage, coverageGateReportToJson, formatCoverageGateReport, formatPercent } from './gate.js';
export type { CheckedCoverageRun, CoverageFigure, CoverageGateJson, CoverageGateReport, CoverageMetricVerdict, CoverageThresholds } from './gate.js';
