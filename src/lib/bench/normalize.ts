import { describePlace, type InputPlace, type InputProblems } from '../results/index.js';
import type { BenchResult, Direction, Spread } from './model.js';
import { KNOWN_UNITS_HINT, checkMeasurement, naturalDirection, parseUnit } from './units.js';

/** A measurement as a format parser read it, before unit normalisation. */
export interface RawMeasurement {
  /** Series name. */
  name: string;
  /** Value in `unit`. */
  value: number;
  /** Unit as written by the tool. */
  unit: string;
  /** Direction the format implies; the unit's natural direction when absent. */
  direction?: Direction;
  /** Spread as a percentage of the value. */
  spread?: Spread;
  /** Samples or iterations behind the value. */
  samples?: number;
  /** Where the measurement is in the file, for messages. */
  place: InputPlace;
  /** Where its value is, when more precise than `place`. */
  valuePlace?: InputPlace;
  /** Where its unit is, when the file writes one. */
  unitPlace?: InputPlace;
  /** Where its spread is, when the file writes one. */
  spreadPlace?: InputPlace;
  /** Where its sample count is, when the file writes one. */
  samplesPlace?: InputPlace;
}

/** Largest spread accepted, in percent of the value: a spread 100 times the value is garbage, not noise. */
export const MAX_SPREAD_PERCENT = 10_000;

/**
 * Converts raw measurements to canonical units and checks them: known unit,
 * finite, non-negative, plausible, and a name used once. Problems are
 * recorded against each measurement's place; bad measurements are dropped.
 */
export function normalizeMeasurements(
  raws: readonly RawMeasurement[],
  problems: InputProblems,
): { results: BenchResult[]; places: Map<string, InputPlace> } {
  const results: BenchResult[] = [];
  const firstPlace = new Map<string, InputPlace>();
  for (const raw of raws) {
    const name = raw.name.trim();
    if (!name) {
      problems.at(raw.place, 'the benchmark has an empty name');
      continue;
    }
    const seen = firstPlace.get(name);
    if (seen) {
      problems.at(raw.place, `duplicate benchmark name ${JSON.stringify(name)} (first at ${describePlace(seen)}): every series needs its own name`);
      continue;
    }
    firstPlace.set(name, raw.place);
    const info = parseUnit(raw.unit);
    if (!info) {
      problems.at(raw.unitPlace ?? raw.place, `unknown unit ${JSON.stringify(raw.unit)} for ${JSON.stringify(name)} (${KNOWN_UNITS_HINT})`);
      continue;
    }
    const wrong = checkMeasurement(raw.value, raw.unit, info);
    if (wrong) {
      problems.at(raw.valuePlace ?? raw.place, `${JSON.stringify(name)}: ${wrong}`);
      continue;
    }
    // A spread or sample count the tool did not write sanely (1.7e308, Infinity) is refused, not stored and printed with 300 digits.
    if (raw.spread && !(Number.isFinite(raw.spread.percent) && raw.spread.percent >= 0 && raw.spread.percent <= MAX_SPREAD_PERCENT)) {
      problems.at(raw.spreadPlace ?? raw.place, `${JSON.stringify(name)}: got a spread of ${raw.spread.percent}% of the value, expected 0 to ${MAX_SPREAD_PERCENT}%`);
      continue;
    }
    if (raw.samples !== undefined && !(Number.isSafeInteger(raw.samples) && raw.samples >= 0)) {
      problems.at(raw.samplesPlace ?? raw.place, `${JSON.stringify(name)}: got ${raw.samples} samples, expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`);
      continue;
    }
    const spread = raw.spread;
    results.push({
      name,
      // Unit conversion leaves float noise (123380832.36000001); 12 digits is far below any tool's precision.
      value: roundTo(raw.value * info.factor, 12),
      unit: info.canonical,
      dimension: info.dimension,
      direction: raw.direction ?? naturalDirection(info.dimension),
      ...(spread ? { spread: { kind: spread.kind, percent: roundTo(spread.percent, 4) } } : {}),
      ...(raw.samples !== undefined ? { samples: raw.samples } : {}),
    });
  }
  return { results, places: firstPlace };
}

/** Rounds to `digits` significant digits; spreads need no more and history files stay small. */
export function roundTo(value: number, digits: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(digits));
}

/** The spread of a sample as a percentage of its mean (sample standard deviation). */
export function stddevPercent(values: readonly number[]): number | undefined {
  if (values.length < 2) return undefined;
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
  return mean > 0 ? (Math.sqrt(variance) / mean) * 100 : undefined;
}

/** A standard deviation the tool reported, as a spread in percent of the mean (none when either is missing or the mean is not positive). */
export function stddevSpread(stddev: number | null | undefined, mean: number): Spread | undefined {
  return stddev != null && mean > 0 ? { kind: 'stddev', percent: (stddev / mean) * 100 } : undefined;
}

/** Mean of a non-empty list. */
export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
