import * as z from 'zod';
import { InputProblems, validateJson, type ResultFile } from '../../results/index.js';
import type { ParsedBench } from '../model.js';
import { normalizeMeasurements, type RawMeasurement } from '../normalize.js';

/**
 * `vitest bench --outputJson <file>`: `files[].groups[].benchmarks[]`, each
 * benchmark with `mean` (milliseconds per iteration), `hz`, `rme` (percent)
 * and `sampleCount`. The series is the group's `fullName` (file > describe)
 * plus the benchmark's name; the value is the mean time, smaller is better.
 */
const benchmarkSchema = z.looseObject({
  name: z.string({ error: 'a benchmark name (string)' }),
  mean: z.number({ error: 'the mean time per iteration in milliseconds (number)' }),
  rme: z.number({ error: 'the relative margin of error in percent (number)' }).optional(),
  sampleCount: z.number({ error: 'a sample count (number)' }).optional(),
});

const vitestFileSchema = z.looseObject({
  files: z.array(
    z.looseObject({
      filepath: z.string({ error: 'the benchmark file path (string)' }),
      groups: z.array(
        z.looseObject({
          fullName: z.string({ error: 'the group name (string)' }),
          benchmarks: z.array(benchmarkSchema, { error: 'a list of benchmarks' }),
        }),
        { error: 'a list of benchmark groups' },
      ),
    }),
    { error: 'a list of benchmark files' },
  ),
});

/** Does this JSON look like `vitest bench --outputJson`? */
export function looksLikeVitestBench(json: unknown): boolean {
  if (!isObject(json) || !Array.isArray(json.files)) return false;
  return json.files.some((file) => isObject(file) && Array.isArray(file.groups));
}

/** Reads a `vitest bench --outputJson` report. */
export function parseVitestBench(json: unknown, input: ResultFile): ParsedBench {
  const problems = new InputProblems(input.shown);
  const report = validateJson(vitestFileSchema, json, problems);
  const raws: RawMeasurement[] = [];
  report?.files.forEach((file, f) =>
    file.groups.forEach((group, g) =>
      group.benchmarks.forEach((bench, b) =>
        raws.push({
          name: `${group.fullName} > ${bench.name}`,
          value: bench.mean,
          unit: 'ms',
          direction: 'smaller',
          spread: bench.rme !== undefined ? { kind: 'rme', percent: bench.rme } : undefined,
          samples: bench.sampleCount,
          place: { pointer: `/files/${f}/groups/${g}/benchmarks/${b}/name` },
          valuePlace: { pointer: `/files/${f}/groups/${g}/benchmarks/${b}/mean` },
        }),
      ),
    ),
  );
  if (report && raws.length === 0) problems.atPointer('/files', 'no benchmarks in the report');
  const { results, places } = normalizeMeasurements(raws, problems);
  problems.throwIfAny(`Cannot read benchmark results from ${input.shown} as vitest bench JSON`);
  return { format: 'vitest', results, places, meta: {} };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
