import { describe, expect, it } from 'vitest';
import { checkMeasurement, formatMeasurement, parseUnit } from '../../../src/lib/bench/index.js';

describe('units', () => {
  it.each([
    ['ns', 'time', 1],
    ['µs', 'time', 1e3],
    ['us', 'time', 1e3],
    ['ms', 'time', 1e6],
    ['seconds', 'time', 1e9],
    ['ops/sec', 'rate', 1],
    ['Hz', 'rate', 1],
    ['req/s', 'rate', 1],
    ['KiB', 'size', 1024],
    ['kB', 'size', 1000],
    ['%', 'percent', 1],
    ['instructions', 'count', 1],
  ])('%s is a %s unit, factor %d to the canonical unit', (unit, dimension, factor) => {
    expect(parseUnit(unit)).toMatchObject({ dimension, factor });
  });

  it('does not confuse bits and bytes, and rejects what it does not know', () => {
    expect(parseUnit('b')).toBeUndefined();
    expect(parseUnit('Mb')).toBeUndefined();
    expect(parseUnit('furlongs')).toBeUndefined();
    expect(parseUnit('')).toBeUndefined();
  });

  it('checks values: finite, not negative, above zero for times and rates, plausible', () => {
    const ms = parseUnit('ms')!;
    expect(checkMeasurement(12, 'ms', ms)).toBeUndefined();
    expect(checkMeasurement(Number.NaN, 'ms', ms)).toBe('got NaN ms, expected a finite number');
    expect(checkMeasurement(-1, 'ms', ms)).toBe('got -1 ms, expected a value of zero or more: a negative time is not a measurement');
    expect(checkMeasurement(0, 'ms', ms)).toBe('got 0 ms, expected a time above zero');
    expect(checkMeasurement(1e9, 'ms', ms)).toBe('got 1000000000 ms, which is not a plausible time (more than 1 day); check the unit');
    expect(checkMeasurement(0, '%', parseUnit('%')!)).toBeUndefined();
  });

  it('formats values in a readable unit', () => {
    expect(formatMeasurement(84_700_000, 'ns')).toBe('84.7 ms');
    expect(formatMeasurement(669.29, 'ns')).toBe('669.3 ns');
    expect(formatMeasurement(1_685_961_252, 'ns')).toBe('1.686 s');
    expect(formatMeasurement(26_713, 'ops/s')).toBe('26.71k ops/s');
    expect(formatMeasurement(186_880, 'B')).toBe('182.5 KiB');
    expect(formatMeasurement(0.02, '%')).toBe('0.02%');
    expect(formatMeasurement(3879, 'instructions')).toBe('3,879 instructions');
  });
});
