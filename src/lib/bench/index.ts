/**
 * Benchmark results: parsers for each supported tool's output, unit
 * normalisation, ingest into the history store, the regression gate and the
 * detection of past regressions. Used by `portal ingest bench`, `portal
 * check bench` and the dashboards plugin alike.
 */
export { BENCH_FORMATS, BENCH_FORMAT_ALIASES, BENCH_FORMAT_LABELS } from './model.js';
export type { BenchFileMeta, BenchFormat, BenchResult, Dimension, Direction, ParsedBench, Spread, SpreadKind } from './model.js';
export { KNOWN_UNITS_HINT, checkMeasurement, displayUnitFor, formatMeasurement, formatSignificant, naturalDirection, parseUnit } from './units.js';
export type { DisplayUnit, UnitInfo } from './units.js';
export { detectBenchFormat } from './detect.js';
export type { BenchFormatDetection } from './detect.js';
export { readBenchFile, resolveBenchFormat } from './parse.js';
export type { BenchFileReading } from './parse.js';
export { ingestBenchmarkRun, seriesConflicts } from './ingest.js';
export type { IngestBenchOptions, IngestBenchResult } from './ingest.js';
export { changePercent, collectSeries, median, worsePercent } from './series.js';
export type { BenchSeries, SeriesPoint } from './series.js';
export { DEFAULT_BASELINE, checkBenchmarks, evaluateSeries, formatBaseline, parseBaseline, thresholdFor } from './gate.js';
export type { BaselineSpec, BaselineValue, BenchGateOptions, BenchGateReport, LatestPoint, MedianBaseline, PreviousBaseline, SeriesVerdict, ThresholdOverride, Verdict } from './gate.js';
export { detectRegressions } from './regressions.js';
export type { RegressionEvent, StepDetectionOptions } from './regressions.js';
export { benchGateReportToJson, describeVerdict, formatBenchGateReport, formatChange } from './report.js';
export type { BenchGateJson, BenchVerdictJson } from './report.js';
