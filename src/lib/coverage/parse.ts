import { PortalError } from '../errors.js';
import { parseJsonLocated, parseResultJson, readResultFile, type ResultFile } from '../results/index.js';
import { readResultAs } from '../results/format-choice.js';
import { looksLikeCobertura, parseCobertura } from './formats/cobertura.js';
import { looksLikeIstanbulFinal, looksLikeIstanbulSummary, parseIstanbulFinal, parseIstanbulSummary } from './formats/istanbul.js';
import { looksLikeLcov, parseLcov } from './formats/lcov.js';
import { COVERAGE_FORMATS, COVERAGE_FORMAT_LABELS, type CoverageFormat, type ParsedCoverage } from './model.js';

/** The outcome of {@link detectCoverageFormat}. */
export interface CoverageFormatDetection {
  /** The detected format, or `undefined` when nothing matched. */
  format?: CoverageFormat;
  /** Which shape of the file gave it away. */
  reason: string;
}

/** A parsed coverage file and how its format was chosen. */
export interface CoverageFileReading extends ParsedCoverage {
  /** The file as read. */
  input: ResultFile;
  /** `undefined` when `--format` chose the format. */
  detection?: CoverageFormatDetection;
}

/** Other names accepted by `--format`. */
const ALIASES: Record<string, CoverageFormat> = {
  'json-summary': 'istanbul-summary',
  'coverage-summary': 'istanbul-summary',
  json: 'istanbul-final',
  'coverage-final': 'istanbul-final',
  'lcov.info': 'lcov',
  'lcovonly': 'lcov',
  xml: 'cobertura',
};

/**
 * Resolves a `--format` value for coverage.
 *
 * @throws {@link PortalError} (exit 2) listing the formats when it is unknown.
 */
export function resolveCoverageFormat(name: string): CoverageFormat {
  const lower = name.toLowerCase();
  const found = COVERAGE_FORMATS.find((format) => format === lower) ?? ALIASES[lower];
  if (found) return found;
  throw new PortalError(`Unknown coverage format ${JSON.stringify(name)}`, 2, [`--format: expected one of ${COVERAGE_FORMATS.join(', ')}`]);
}

/** Guesses a coverage report's format from its content. */
export function detectCoverageFormat(text: string): CoverageFormatDetection {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) {
    return looksLikeCobertura(text)
      ? { format: 'cobertura', reason: 'XML with a <coverage line-rate=…> root' }
      : { reason: 'XML, but not a Cobertura <coverage line-rate=…> report' };
  }
  const parsed = parseJsonLocated(text);
  if (parsed.ok) {
    if (looksLikeIstanbulSummary(parsed.value)) return { format: 'istanbul-summary', reason: 'JSON with total.lines.pct' };
    if (looksLikeIstanbulFinal(parsed.value)) return { format: 'istanbul-final', reason: 'JSON of files with statementMap and s' };
    return { reason: 'valid JSON, but neither an Istanbul coverage-summary.json nor a coverage-final.json' };
  }
  if (looksLikeLcov(text)) return { format: 'lcov', reason: 'SF:/DA:/end_of_record lines' };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return { reason: 'the file starts like JSON but is not valid JSON' };
  return { reason: 'neither JSON, LCOV nor Cobertura XML' };
}

/**
 * Reads a coverage report in the given format, or detects it. Source paths
 * that are absolute inside `rootDir` become relative to it.
 */
export function readCoverageFile(file: string, rootDir: string, format?: CoverageFormat): CoverageFileReading {
  const input = readResultFile(file, 'a coverage report');
  return readResultAs(input, format, { content: 'coverage', kind: 'coverage', formats: COVERAGE_FORMATS, labels: COVERAGE_FORMAT_LABELS, detect: detectCoverageFormat }, (chosen) =>
    parseAs(chosen, input, rootDir),
  );
}

function parseAs(format: CoverageFormat, input: ResultFile, rootDir: string): ParsedCoverage {
  const summary = `Cannot read coverage from ${input.shown} as ${COVERAGE_FORMAT_LABELS[format]}`;
  switch (format) {
    case 'istanbul-summary':
      return parseIstanbulSummary(parseResultJson(input, summary), input, rootDir);
    case 'istanbul-final':
      return parseIstanbulFinal(parseResultJson(input, summary), input, rootDir);
    case 'lcov':
      return parseLcov(input, rootDir);
    case 'cobertura':
      return parseCobertura(input, rootDir);
  }
}
