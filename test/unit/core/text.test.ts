import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../../src/lib/core/files.js';
import { describeValue, padRfcNumber, plural, siteOrigin } from '../../../src/lib/core/text.js';

describe('plural', () => {
  it.each([
    [0, 'file', undefined, '0 files'],
    [1, 'file', undefined, '1 file'],
    [2, 'file', undefined, '2 files'],
    [1, 'match', 'matches', '1 match'],
    [3, 'match', 'matches', '3 matches'],
    [1223, 'operation', undefined, '1,223 operations'],
  ])('%d %s → %s', (count, noun, pluralNoun, expected) => {
    expect(plural(count, noun, pluralNoun)).toBe(expected);
  });
});

describe('describeValue', () => {
  it.each<[unknown, string]>([
    [undefined, 'nothing'],
    [null, 'null'],
    ['ms', '"ms"'],
    ['x'.repeat(61), `"${'x'.repeat(57)}..."`],
    [-3, '-3'],
    [true, 'true'],
    [[], 'an empty list'],
    [[1], 'a list of 1 item'],
    [[1, 2], 'a list of 2 items'],
    [{ a: 1 }, 'an object'],
    [new Date('2026-02-01T00:00:00Z'), '2026-02-01'],
    [new Date('2026-02-01T10:30:00Z'), '2026-02-01T10:30:00.000Z'],
    [() => 1, 'a function'],
  ])('%j → %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});

describe('displayPath', () => {
  it('is relative with / inside the working directory, absolute outside it', () => {
    const cwd = path.resolve('/tmp/project');
    expect(displayPath(path.join(cwd, 'results', 'x.json'), cwd)).toBe('results/x.json');
    expect(displayPath(path.resolve('/tmp/other/x.json'), cwd)).toBe(path.resolve('/tmp/other/x.json'));
    expect(displayPath(cwd, cwd)).toBe(cwd);
  });
});

describe('padRfcNumber and siteOrigin', () => {
  it('pads RFC numbers to four digits and joins the site origin without a trailing slash', () => {
    expect(padRfcNumber(7)).toBe('0007');
    expect(padRfcNumber(12345)).toBe('12345');
    expect(siteOrigin({ url: 'https://docs.example.com', baseUrl: '/' })).toBe('https://docs.example.com');
    expect(siteOrigin({ url: 'https://docs.example.com', baseUrl: '/portal/' })).toBe('https://docs.example.com/portal');
  });
});
