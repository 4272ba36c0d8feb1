import type { Dimension, Direction } from './model.js';

/** A unit a tool may write, and how to turn it into the canonical unit of its dimension. */
export interface UnitInfo {
  /** What the unit measures. */
  dimension: Dimension;
  /** Canonical unit of the dimension (for counts, the unit as written). */
  canonical: string;
  /** Multiply a value in this unit by `factor` to get the canonical unit. */
  factor: number;
}

const NS_PER = { ns: 1, us: 1e3, ms: 1e6, s: 1e9, min: 6e10 } as const;

/** Every unit Portico understands, by dimension. Matching ignores case except where case matters (`B` vs `b` is not accepted; `MB` vs `Mb` neither). */
const UNIT_TABLE: Record<string, UnitInfo> = {
  ...aliases(['ns', 'nsec', 'nanosecond', 'nanoseconds', 'ns/op', 'ns/iter'], { dimension: 'time', canonical: 'ns', factor: NS_PER.ns }),
  ...aliases(['us', 'µs', 'μs', 'usec', 'microsecond', 'microseconds'], { dimension: 'time', canonical: 'ns', factor: NS_PER.us }),
  ...aliases(['ms', 'msec', 'millisecond', 'milliseconds'], { dimension: 'time', canonical: 'ns', factor: NS_PER.ms }),
  ...aliases(['s', 'sec', 'secs', 'second', 'seconds'], { dimension: 'time', canonical: 'ns', factor: NS_PER.s }),
  ...aliases(['min', 'mins', 'minute', 'minutes'], { dimension: 'time', canonical: 'ns', factor: NS_PER.min }),
  ...aliases(['ops/s', 'ops/sec', 'op/s', 'op/sec', 'hz', 'iter/s', 'iter/sec', 'it/s', 'req/s', 'reqs/s', 'rps', 'requests/s', 'items/s'], {
    dimension: 'rate',
    canonical: 'ops/s',
    factor: 1,
  }),
  ...aliases(['B', 'bytes', 'byte', 'B/op'], { dimension: 'size', canonical: 'B', factor: 1 }),
  // Spelled out, as github-action-benchmark's own custom-format examples write them ("Megabytes").
  ...aliases(['kilobyte', 'kilobytes'], { dimension: 'size', canonical: 'B', factor: 1e3 }),
  ...aliases(['megabyte', 'megabytes'], { dimension: 'size', canonical: 'B', factor: 1e6 }),
  ...aliases(['gigabyte', 'gigabytes'], { dimension: 'size', canonical: 'B', factor: 1e9 }),
  ...aliases(['kB', 'KB'], { dimension: 'size', canonical: 'B', factor: 1e3 }),
  ...aliases(['KiB'], { dimension: 'size', canonical: 'B', factor: 1024 }),
  ...aliases(['MB'], { dimension: 'size', canonical: 'B', factor: 1e6 }),
  ...aliases(['MiB'], { dimension: 'size', canonical: 'B', factor: 1024 ** 2 }),
  ...aliases(['GB'], { dimension: 'size', canonical: 'B', factor: 1e9 }),
  ...aliases(['GiB'], { dimension: 'size', canonical: 'B', factor: 1024 ** 3 }),
  ...aliases(['%', 'percent'], { dimension: 'percent', canonical: '%', factor: 1 }),
};

/** Dimensionless units: kept as written, never converted. */
const COUNT_UNITS = ['count', 'x', 'instructions', 'cycles', 'allocs', 'allocs/op', 'items', 'requests', 'errors', 'frames', 'calls'];

function aliases(names: string[], info: UnitInfo): Record<string, UnitInfo> {
  return Object.fromEntries(names.map((name) => [name, info]));
}

/** Case-insensitive lookup, except for the size units where `b`/`B` and `m`/`M` differ in meaning. */
function lookup(unit: string): UnitInfo | undefined {
  if (UNIT_TABLE[unit]) return UNIT_TABLE[unit];
  const lower = unit.toLowerCase();
  for (const [name, info] of Object.entries(UNIT_TABLE)) {
    // Symbols of sizes keep their case (mb is not MB); their spelled-out names do not need to.
    if ((info.dimension !== 'size' || name.length > 4) && name.toLowerCase() === lower) return info;
  }
  const count = COUNT_UNITS.find((name) => name === lower);
  return count ? { dimension: 'count', canonical: count, factor: 1 } : undefined;
}

/** The units accepted in result files, for error messages. */
export const KNOWN_UNITS_HINT =
  'known units: ns, us/µs, ms, s, min (time); ops/s, ops/sec, Hz, req/s (rate); B, kB, KiB, MB, MiB, GB, GiB, megabytes (size); %; count, instructions, cycles, allocs';

/** Looks a unit up (`"ms"`, `"ops/sec"`, `"KiB"`); `undefined` when Portico does not know it. */
export function parseUnit(unit: string): UnitInfo | undefined {
  const trimmed = unit.trim();
  return trimmed ? lookup(trimmed) : undefined;
}

/** The direction a dimension usually has: faster times and smaller sizes are better, higher rates are better. */
export function naturalDirection(dimension: Dimension): Direction {
  return dimension === 'rate' ? 'bigger' : 'smaller';
}

/** Largest plausible value per dimension, in canonical units: beyond it a value is a unit mistake or garbage. */
const PLAUSIBLE_MAX: Record<Dimension, { max: number; text: string }> = {
  time: { max: 86_400 * NS_PER.s, text: '1 day' },
  rate: { max: 1e12, text: '10¹² ops/s' },
  size: { max: 1e15, text: '1 PB' },
  percent: { max: 100, text: '100%' },
  count: { max: 1e15, text: '10¹⁵' },
};

/**
 * Checks that a value is a finite, non-negative and plausible measurement.
 * Times and rates must be above zero. Returns a message, or `undefined` when
 * the value is fine.
 *
 * @param raw - The value as written in the file (for the message).
 * @param unitAsWritten - The unit as written in the file.
 * @param info - The unit's canonical form.
 */
export function checkMeasurement(raw: number, unitAsWritten: string, info: UnitInfo): string | undefined {
  const shown = `${raw}${unitAsWritten ? ` ${unitAsWritten}` : ''}`;
  if (!Number.isFinite(raw)) return `got ${shown}, expected a finite number`;
  if (raw < 0) return `got ${shown}, expected a value of zero or more: a negative ${info.dimension} is not a measurement`;
  if (raw === 0 && (info.dimension === 'time' || info.dimension === 'rate')) {
    return `got ${shown}, expected a ${info.dimension === 'time' ? 'time' : 'rate'} above zero`;
  }
  const limit = PLAUSIBLE_MAX[info.dimension];
  if (raw * info.factor > limit.max) {
    return `got ${shown}, which is not a plausible ${info.dimension === 'count' ? 'count' : info.dimension} (more than ${limit.text}); check the unit`;
  }
  return undefined;
}

/** A value in a unit people read: `12.3 µs`, `1.686 s`, `4.352M ops/s`, `182.5 KiB`, `0.02%`. */
export function formatMeasurement(value: number, unit: string): string {
  switch (unit) {
    case 'ns':
      return formatTime(value);
    case 'ops/s':
      return `${formatScaled(value, [
        [1e9, 'G'],
        [1e6, 'M'],
        [1e3, 'k'],
      ])} ops/s`;
    case 'B':
      return formatBytes(value);
    case '%':
      return `${formatSignificant(value)}%`;
    default:
      return `${formatSignificant(value)} ${unit}`;
  }
}

/** A unit to show values in, and how to get there from the canonical unit. */
export interface DisplayUnit {
  /** Unit label, e.g. `ms`. */
  label: string;
  /** Divide canonical values by this to get display values. */
  divisor: number;
}

/** The display unit a chart of a series uses, chosen from a typical value, and the factor to divide canonical values by. */
export function displayUnitFor(unit: string, typical: number): DisplayUnit {
  if (unit === 'ns') {
    if (typical >= NS_PER.s) return { label: 's', divisor: NS_PER.s };
    if (typical >= NS_PER.ms) return { label: 'ms', divisor: NS_PER.ms };
    if (typical >= NS_PER.us) return { label: 'µs', divisor: NS_PER.us };
    return { label: 'ns', divisor: 1 };
  }
  if (unit === 'B') {
    if (typical >= 1024 ** 3) return { label: 'GiB', divisor: 1024 ** 3 };
    if (typical >= 1024 ** 2) return { label: 'MiB', divisor: 1024 ** 2 };
    if (typical >= 1024) return { label: 'KiB', divisor: 1024 };
    return { label: 'B', divisor: 1 };
  }
  if (unit === 'ops/s') {
    if (typical >= 1e6) return { label: 'M ops/s', divisor: 1e6 };
    if (typical >= 1e3) return { label: 'k ops/s', divisor: 1e3 };
  }
  return { label: unit, divisor: 1 };
}

function formatTime(ns: number): string {
  const { label, divisor } = displayUnitFor('ns', ns);
  return `${formatSignificant(ns / divisor)} ${label}`;
}

function formatBytes(bytes: number): string {
  const { label, divisor } = displayUnitFor('B', bytes);
  return `${formatSignificant(bytes / divisor)} ${label}`;
}

function formatScaled(value: number, steps: [number, string][]): string {
  for (const [size, suffix] of steps) if (value >= size) return `${formatSignificant(value / size)}${suffix}`;
  return formatSignificant(value);
}

/** Four significant digits, no exponent, no trailing zeros: `12.34`, `0.0205`, `1,844`: enough to see a 1% change. */
export function formatSignificant(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const digits = abs >= 1000 ? 0 : Math.max(0, 3 - Math.floor(Math.log10(abs)));
  return value.toLocaleString('en-US', { maximumFractionDigits: Math.min(digits, 12), minimumFractionDigits: 0 });
}
