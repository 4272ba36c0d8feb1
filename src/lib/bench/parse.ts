import { PortalError } from '../errors.js';
import { parseResultJson, readResultFile, type ResultFile } from '../results/index.js';
import { readResultAs } from '../results/format-choice.js';
import { detectBenchFormat, type BenchFormatDetection } from './detect.js';
import { parseBenchmarkJs } from './formats/benchmarkjs.js';
import { parseCustomBenchmark } from './formats/github-action-benchmark.js';
import { parseGoBench } from './formats/go.js';
import { parseGoogleBenchmark } from './formats/google-benchmark.js';
import { parseHyperfine } from './formats/hyperfine.js';
import { parsePytestBenchmark } from './formats/pytest-benchmark.js';
import { parseVitestBench } from './formats/vitest.js';
import { BENCH_FORMATS, BENCH_FORMAT_ALIASES, BENCH_FORMAT_LABELS, type BenchFormat, type ParsedBench } from './model.js';

/** A parsed benchmark file and how its format was chosen. */
export interface BenchFileReading extends ParsedBench {
  /** The file as read. */
  input: ResultFile;
  /** `undefined` when `--format` chose the format; the detection otherwise. */
  detection?: BenchFormatDetection;
}

/**
 * Resolves a `--format` value (id or alias, case-insensitive).
 *
 * @throws {@link PortalError} (exit 2) listing the formats when it is unknown.
 */
export function resolveBenchFormat(name: string): BenchFormat {
  const found = BENCH_FORMATS.find((format) => format.toLowerCase() === name.toLowerCase()) ?? BENCH_FORMAT_ALIASES[name.toLowerCase()];
  if (found) return found;
  throw new PortalError(`Unknown benchmark format ${JSON.stringify(name)}`, 2, [
    `--format: expected one of ${BENCH_FORMATS.join(', ')} (or ${Object.keys(BENCH_FORMAT_ALIASES).join(', ')})`,
  ]);
}

/**
 * Reads a benchmark result file in the given format, or detects the format
 * from its content. Every problem names the file and the place (JSON
 * pointer or line) and is exit 2.
 */
export function readBenchFile(file: string, format?: BenchFormat): BenchFileReading {
  const input = readResultFile(file, 'benchmark results');
  return readResultAs(input, format, { content: 'benchmark results', kind: 'benchmark', formats: BENCH_FORMATS, labels: BENCH_FORMAT_LABELS, detect: detectBenchFormat }, (chosen) =>
    parseAs(chosen, input),
  );
}

function parseAs(format: BenchFormat, input: ResultFile): ParsedBench {
  const summary = `Cannot read benchmark results from ${input.shown} as ${BENCH_FORMAT_LABELS[format]}`;
  switch (format) {
    case 'benchmarkjs':
      return parseBenchmarkJs(input);
    case 'go':
      return parseGoBench(input);
    case 'customSmallerIsBetter':
      return parseCustomBenchmark(parseResultJson(input, summary), input, 'smaller');
    case 'customBiggerIsBetter':
      return parseCustomBenchmark(parseResultJson(input, summary), input, 'bigger');
    case 'vitest':
      return parseVitestBench(parseResultJson(input, summary), input);
    case 'hyperfine':
      return parseHyperfine(parseResultJson(input, summary), input);
    case 'googlecpp':
      return parseGoogleBenchmark(parseResultJson(input, summary), input);
    case 'pytest':
      return parsePytestBenchmark(parseResultJson(input, summary), input);
  }
}
