import * as z from 'zod';
import { InputProblems, validateJson, type ResultFile } from '../../results/index.js';
import type { ParsedBench } from '../model.js';
import { normalizeMeasurements, stddevPercent, stddevSpread, type RawMeasurement } from '../normalize.js';

/**
 * Google Benchmark's `--benchmark_format=json` (or `--benchmark_out`):
 * `context` (with `date`) and `benchmarks[]`. Each row has `run_name`,
 * `run_type` (`iteration` or `aggregate`), `real_time` in `time_unit`. With
 * `--benchmark_repetitions` the library adds `mean`, `median`, `stddev` and
 * `cv` aggregates: the series then takes the mean and its stddev as spread.
 * Wall-clock `real_time` is used, as github-action-benchmark does.
 */
const rowSchema = z.looseObject({
  name: z.string({ error: 'a benchmark name (string)' }),
  run_name: z.string({ error: 'a run name (string)' }).optional(),
  run_type: z.enum(['iteration', 'aggregate'], { error: '"iteration" or "aggregate"' }).optional(),
  aggregate_name: z.string().optional(),
  repetitions: z.number().optional(),
  iterations: z.number({ error: 'an iteration count (number)' }).optional(),
  real_time: z.number({ error: 'the wall-clock time per iteration (number)' }).optional(),
  time_unit: z.string({ error: 'a time unit (string) such as "ns"' }).optional(),
  error_occurred: z.boolean().optional(),
  error_message: z.string().optional(),
});

const googleFileSchema = z.looseObject({
  context: z.looseObject({ date: z.string({ error: 'the run date (string)' }).optional() }, { error: 'the run context (object)' }),
  benchmarks: z.array(rowSchema, { error: 'a list of benchmark runs' }),
});

type Row = z.infer<typeof rowSchema>;

/** Does this JSON look like Google Benchmark's JSON output? */
export function looksLikeGoogleBenchmark(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || !('context' in json) || !('benchmarks' in json)) return false;
  const rows = (json as { benchmarks: unknown }).benchmarks;
  return Array.isArray(rows) && rows.every((row) => typeof row === 'object' && row !== null && ('time_unit' in row || 'run_name' in row || 'error_occurred' in row));
}

/** Reads a Google Benchmark JSON file. */
export function parseGoogleBenchmark(json: unknown, input: ResultFile): ParsedBench {
  const problems = new InputProblems(input.shown);
  const report = validateJson(googleFileSchema, json, problems);
  type Located = { row: Row; index: number };
  const groups = new Map<string, { iterations: Located[]; aggregates: Map<string, Located> }>();
  report?.benchmarks.forEach((row, index) => {
    if (row.error_occurred) {
      problems.atPointer(`/benchmarks/${index}`, `${JSON.stringify(row.name)} failed: ${row.error_message ?? 'error_occurred is true'}`);
      return;
    }
    const runName = row.run_name ?? row.name;
    const group = groups.get(runName) ?? { iterations: [] as Located[], aggregates: new Map<string, Located>() };
    groups.set(runName, group);
    if (row.run_type === 'aggregate') group.aggregates.set(row.aggregate_name ?? '', { row, index });
    else group.iterations.push({ row, index });
  });
  if (report && report.benchmarks.length === 0) problems.atPointer('/benchmarks', 'no benchmarks in the file');

  const raws: RawMeasurement[] = [];
  for (const [runName, group] of groups) {
    const mean = group.aggregates.get('mean') ?? group.aggregates.get('median');
    if (mean) {
      const stddev = group.aggregates.get('stddev');
      raws.push(measurement(runName, mean.row, mean.index, problems, stddev?.row.real_time));
      continue;
    }
    const [first, ...rest] = group.iterations;
    if (!first) continue; // only aggregates Portico does not use (BigO, RMS)
    if (rest.length === 0 || !((first.row.repetitions ?? 1) > 1)) {
      // A second row with the same name and no repetitions is a duplicate;
      // normalizeMeasurements reports it with both places.
      for (const { row, index } of group.iterations) raws.push(measurement(runName, row, index, problems));
      continue;
    }
    // Repetitions without aggregates (filtered out): average them here.
    const times = group.iterations.map(({ row }) => row.real_time ?? Number.NaN);
    const average = times.reduce((sum, t) => sum + t, 0) / times.length;
    const spread = stddevPercent(times);
    raws.push({
      ...measurement(runName, { ...first.row, real_time: average }, first.index, problems),
      spread: spread !== undefined ? { kind: 'stddev', percent: spread } : undefined,
      samples: times.length,
    });
  }
  const { results, places } = normalizeMeasurements(raws, problems);
  problems.throwIfAny(`Cannot read benchmark results from ${input.shown} as Google Benchmark JSON`);
  const date = normalizeContextDate(report?.context.date);
  if (report?.context.date !== undefined && date === undefined) {
    problems.atPointer('/context/date', `got ${JSON.stringify(report.context.date)}, expected a date such as "2026-11-22T00:52:22+00:00"`);
  }
  problems.throwIfAny(`Cannot read benchmark results from ${input.shown} as Google Benchmark JSON`);
  return { format: 'googlecpp', results, places, meta: { date }, metaPointers: { date: '/context/date' } };
}

function measurement(name: string, row: Row, index: number, problems: InputProblems, stddev?: number): RawMeasurement {
  if (row.real_time === undefined) problems.atPointer(`/benchmarks/${index}/real_time`, 'missing, expected the wall-clock time per iteration (number)');
  if (row.time_unit === undefined) problems.atPointer(`/benchmarks/${index}/time_unit`, 'missing, expected a time unit such as "ns"');
  const value = row.real_time ?? Number.NaN;
  return {
    name,
    value,
    unit: row.time_unit ?? 'ns',
    direction: 'smaller',
    spread: stddevSpread(stddev, value),
    samples: row.run_type === 'aggregate' ? row.repetitions : row.iterations,
    place: { pointer: `/benchmarks/${index}/name` },
    valuePlace: { pointer: `/benchmarks/${index}/real_time` },
    unitPlace: { pointer: `/benchmarks/${index}/time_unit` },
    samplesPlace: { pointer: `/benchmarks/${index}/${row.run_type === 'aggregate' ? 'repetitions' : 'iterations'}` },
  };
}

/** The library writes local time, with an offset since 1.5 (`2026-11-22T00:52:22+00:00`) and without before (`2019-11-29 21:26:59`, read as UTC). */
function normalizeContextDate(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(date)) return undefined;
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(date) ? date : `${date.replace(' ', 'T')}Z`;
  const parsed = new Date(withZone);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}
