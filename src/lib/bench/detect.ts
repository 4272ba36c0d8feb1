import { parseJsonLocated } from '../results/index.js';
import { looksLikeBenchmarkJs } from './formats/benchmarkjs.js';
import { looksLikeCustomBenchmark } from './formats/github-action-benchmark.js';
import { looksLikeGoBench } from './formats/go.js';
import { looksLikeGoogleBenchmark } from './formats/google-benchmark.js';
import { looksLikeHyperfine } from './formats/hyperfine.js';
import { looksLikePytestBenchmark } from './formats/pytest-benchmark.js';
import { looksLikeVitestBench } from './formats/vitest.js';
import type { BenchFormat } from './model.js';
import { parseUnit } from './units.js';

/** The outcome of {@link detectBenchFormat}. */
export interface BenchFormatDetection {
  /** The detected format, or `undefined` when nothing matched. */
  format?: BenchFormat;
  /** Why: which shape of the file gave it away. */
  reason: string;
}

/**
 * Guesses the format of a benchmark result file from its content (never its
 * name): JSON shapes first, then the text formats' line patterns.
 * github-action-benchmark's custom format does not say which direction is
 * better; it is detected as customSmallerIsBetter, the action's common case.
 */
export function detectBenchFormat(text: string): BenchFormatDetection {
  const parsed = parseJsonLocated(text);
  if (parsed.ok) return detectJson(parsed.value);
  if (looksLikeGoBench(text)) return { format: 'go', reason: 'lines like "BenchmarkX-8  1000  123 ns/op"' };
  if (looksLikeBenchmarkJs(text)) return { format: 'benchmarkjs', reason: 'lines like "name x 1,234 ops/sec ±0.5% (90 runs sampled)"' };
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return { reason: 'the file starts like JSON but is not valid JSON' };
  return { reason: 'neither a known JSON shape nor Benchmark.js or go test -bench lines' };
}

function detectJson(json: unknown): BenchFormatDetection {
  if (looksLikeVitestBench(json)) return { format: 'vitest', reason: 'JSON with files[].groups[].benchmarks[]' };
  if (looksLikeHyperfine(json)) return { format: 'hyperfine', reason: 'JSON with results[].command and mean' };
  if (looksLikeGoogleBenchmark(json)) return { format: 'googlecpp', reason: 'JSON with context and benchmarks[].run_name / time_unit' };
  if (looksLikePytestBenchmark(json)) return { format: 'pytest', reason: 'JSON with machine_info / commit_info and benchmarks[].stats' };
  if (looksLikeCustomBenchmark(json)) {
    // The file does not say which way is better; when every unit is a rate
    // (ops/sec, req/s), bigger is the only sensible reading.
    const units = (json as { unit: unknown }[]).map((entry) => (typeof entry.unit === 'string' ? parseUnit(entry.unit) : undefined));
    if (units.every((unit) => unit?.dimension === 'rate')) {
      return { format: 'customBiggerIsBetter', reason: 'a JSON array of { name, unit, value } whose units are all rates (pass --format customSmallerIsBetter to override)' };
    }
    return { format: 'customSmallerIsBetter', reason: 'a JSON array of { name, unit, value } (pass --format customBiggerIsBetter if bigger is better)' };
  }
  return { reason: 'valid JSON, but not the shape of any supported benchmark format' };
}
