import * as z from 'zod';
import { InputProblems, validateJson, type ResultFile } from '../../results/index.js';
import type { ParsedBench } from '../model.js';
import { normalizeMeasurements, stddevSpread, type RawMeasurement } from '../normalize.js';

/**
 * pytest-benchmark's `--benchmark-json <file>`: `machine_info`,
 * `commit_info` (`id`, `branch`), `datetime` and `benchmarks[]` whose
 * `stats` hold `mean` and `stddev` in seconds and `rounds`. The series is the
 * test's `fullname` (`tests/test_x.py::test_y[param]`).
 */
const pytestFileSchema = z.looseObject({
  commit_info: z
    .looseObject({
      id: z.string().nullable().optional(),
      branch: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
  datetime: z.string({ error: 'the run date (string)' }).optional(),
  benchmarks: z.array(
    z.looseObject({
      fullname: z.string({ error: 'the test id (string)' }),
      stats: z.looseObject(
        {
          mean: z.number({ error: 'the mean time in seconds (number)' }),
          stddev: z.number({ error: 'the standard deviation in seconds (number)' }).optional(),
          rounds: z.number({ error: 'the number of rounds (number)' }).optional(),
        },
        { error: 'the statistics of the benchmark (object)' },
      ),
    }),
    { error: 'a list of benchmarks' },
  ),
});

/** Does this JSON look like pytest-benchmark's output? */
export function looksLikePytestBenchmark(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || !('benchmarks' in json)) return false;
  if (!('machine_info' in json) && !('commit_info' in json)) return false;
  const rows = (json as { benchmarks: unknown }).benchmarks;
  return Array.isArray(rows) && rows.every((row) => typeof row === 'object' && row !== null && 'stats' in row);
}

/** Reads a pytest-benchmark JSON file. */
export function parsePytestBenchmark(json: unknown, input: ResultFile): ParsedBench {
  const problems = new InputProblems(input.shown);
  const report = validateJson(pytestFileSchema, json, problems);
  if (report && report.benchmarks.length === 0) problems.atPointer('/benchmarks', 'no benchmarks in the file');
  const raws: RawMeasurement[] = (report?.benchmarks ?? []).map((bench, i) => ({
    name: bench.fullname,
    value: bench.stats.mean,
    unit: 's',
    direction: 'smaller',
    spread: stddevSpread(bench.stats.stddev, bench.stats.mean),
    samples: bench.stats.rounds,
    place: { pointer: `/benchmarks/${i}/fullname` },
    valuePlace: { pointer: `/benchmarks/${i}/stats/mean` },
  }));
  const { results, places } = normalizeMeasurements(raws, problems);
  const date = normalizeDate(report?.datetime);
  if (report?.datetime !== undefined && date === undefined) {
    problems.atPointer('/datetime', `got ${JSON.stringify(report.datetime)}, expected a date such as "2026-11-17T02:22:16.817862+00:00"`);
  }
  problems.throwIfAny(`Cannot read benchmark results from ${input.shown} as pytest-benchmark JSON`);
  return {
    format: 'pytest',
    results,
    places,
    meta: {
      date,
      commit: report?.commit_info?.id ?? undefined,
      branch: report?.commit_info?.branch ?? undefined,
    },
    metaPointers: { date: '/datetime', commit: '/commit_info/id', branch: '/commit_info/branch' },
  };
}

/** Older pytest-benchmark versions wrote UTC without an offset (`2019-11-17T02:22:16.817862`). */
function normalizeDate(date: string | undefined): string | undefined {
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(date)) return undefined;
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(date) ? date : `${date}Z`;
  const parsed = new Date(withZone);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}
