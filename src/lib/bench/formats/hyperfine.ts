import * as z from 'zod';
import { InputProblems, validateJson, type ResultFile } from '../../results/index.js';
import type { ParsedBench } from '../model.js';
import { normalizeMeasurements, stddevSpread, type RawMeasurement } from '../normalize.js';

/**
 * `hyperfine --export-json <file>`: `results[]` with `command` (or the
 * `--command-name`), `mean` and `stddev` in seconds and the raw `times`.
 */
const hyperfineSchema = z.looseObject({
  results: z.array(
    z.looseObject({
      command: z.string({ error: 'the command or its --command-name (string)' }),
      mean: z.number({ error: 'the mean wall-clock time in seconds (number)' }),
      // A single run has no standard deviation: hyperfine writes null.
      stddev: z.number({ error: 'a standard deviation in seconds (number or null)' }).nullable().optional(),
      times: z.array(z.number({ error: 'a time in seconds (number)' })).optional(),
    }),
    { error: 'a list of results' },
  ),
});

/** Does this JSON look like hyperfine's export? */
export function looksLikeHyperfine(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || !('results' in json)) return false;
  const results = (json as { results: unknown }).results;
  return Array.isArray(results) && results.some((r) => typeof r === 'object' && r !== null && 'command' in r && 'mean' in r);
}

/** Reads a `hyperfine --export-json` file. */
export function parseHyperfine(json: unknown, input: ResultFile): ParsedBench {
  const problems = new InputProblems(input.shown);
  const report = validateJson(hyperfineSchema, json, problems);
  if (report && report.results.length === 0) problems.atPointer('/results', 'no results in the export');
  const raws: RawMeasurement[] = (report?.results ?? []).map((result, i) => ({
    name: result.command,
    value: result.mean,
    unit: 's',
    direction: 'smaller',
    spread: stddevSpread(result.stddev, result.mean),
    samples: result.times?.length,
    place: { pointer: `/results/${i}/command` },
    valuePlace: { pointer: `/results/${i}/mean` },
  }));
  const { results, places } = normalizeMeasurements(raws, problems);
  problems.throwIfAny(`Cannot read benchmark results from ${input.shown} as hyperfine JSON`);
  return { format: 'hyperfine', results, places, meta: {} };
}
