import * as z from 'zod';
import { InputProblems, validateJson, type ResultFile } from '../../results/index.js';
import type { ParsedBench, Spread } from '../model.js';
import { normalizeMeasurements, type RawMeasurement } from '../normalize.js';

/**
 * github-action-benchmark's custom format: a JSON array of
 * `{ name, unit, value, range?, extra? }`. The file does not say which way is
 * better; the action's `tool` input does, so the format id carries it
 * (`customSmallerIsBetter` or `customBiggerIsBetter`).
 */
const customEntrySchema = z.looseObject({
  name: z.string({ error: 'a benchmark name (string)' }),
  unit: z.string({ error: 'a unit (string) such as "ms" or "ops/sec"' }),
  value: z.number({ error: 'a number' }),
  range: z.union([z.string(), z.number()], { error: 'a range such as "± 5.2" or a number' }).optional(),
  extra: z.string({ error: 'free text (string)' }).optional(),
});

const customFileSchema = z.array(customEntrySchema, { error: 'a JSON array of { "name", "unit", "value" } entries' });

/** Does this JSON look like github-action-benchmark's custom format? */
export function looksLikeCustomBenchmark(json: unknown): boolean {
  return (
    Array.isArray(json) &&
    json.length > 0 &&
    // Loose on purpose: an entry missing its unit is still this format, and is reported as such.
    json.every((entry) => typeof entry === 'object' && entry !== null && 'name' in entry && ('value' in entry || 'unit' in entry))
  );
}

/** Reads a customSmallerIsBetter / customBiggerIsBetter file. */
export function parseCustomBenchmark(json: unknown, input: ResultFile, direction: 'smaller' | 'bigger'): ParsedBench {
  const problems = new InputProblems(input.shown);
  const entries = validateJson(customFileSchema, json, problems) ?? [];
  if (entries.length === 0 && problems.count === 0) problems.atPointer('', 'the array is empty, expected at least one benchmark');
  const raws: RawMeasurement[] = entries.map((entry, i) => ({
    name: entry.name,
    value: entry.value,
    unit: entry.unit,
    direction,
    spread: parseRange(entry.range, entry.value),
    place: { pointer: `/${i}/name` },
    valuePlace: { pointer: `/${i}/value` },
    unitPlace: { pointer: `/${i}/unit` },
    spreadPlace: { pointer: `/${i}/range` },
  }));
  const { results, places } = normalizeMeasurements(raws, problems);
  const format = direction === 'smaller' ? 'customSmallerIsBetter' : 'customBiggerIsBetter';
  problems.throwIfAny(`Cannot read benchmark results from ${input.shown} as github-action-benchmark custom JSON (${format})`);
  return { format, results, places, meta: {} };
}

/**
 * `range` is free text in the action (`"± 5.2"`, `"±2.1%"`, `"+- 0.3"`) or a
 * number in the value's unit. Text Portico cannot read is kept out of the
 * spread rather than rejected, since the action itself only displays it.
 */
export function parseRange(range: string | number | undefined, value: number): Spread | undefined {
  if (range === undefined || !(value > 0)) return undefined;
  if (typeof range === 'number') return range >= 0 && Number.isFinite(range) ? { kind: 'range', percent: (range / value) * 100 } : undefined;
  const match = /^\s*(?:±|\+-|\+\/-)?\s*(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*(%)?\s*$/.exec(range);
  if (!match) return undefined;
  const amount = Number(match[1]);
  return { kind: 'range', percent: match[2] ? amount : (amount / value) * 100 };
}
