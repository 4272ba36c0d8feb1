import { describe, expect, it } from 'vitest';
import { jsonPointer, parseJsonLocated } from '../../../src/lib/results/index.js';

function problemOf(text: string) {
  const result = parseJsonLocated(text);
  if (result.ok) throw new Error('expected a syntax error');
  return result.problem;
}

describe('parseJsonLocated', () => {
  it('parses valid JSON', () => {
    expect(parseJsonLocated('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it.each([
    ['{"a": [1, 2', { line: 1, column: 12, pointer: '/a', message: 'the file ends before the JSON value is complete (truncated JSON)' }],
    ['{\n  "a": {\n    "b": NaN\n  }\n}', { line: 3, column: 10, pointer: '/a/b', message: 'got NaN, which is not a number in JSON (the tool wrote an invalid value)' }],
    ['[1, 2,]', { line: 1, column: 7, pointer: '', message: 'trailing comma before "]"' }],
    ['{"a": 1} x', { line: 1, column: 10, pointer: '', message: 'unexpected "x" after the end of the JSON value' }],
    ["{'a': 1}", { line: 1, column: 2, pointer: '', message: `unexpected "'", expected a property name in double quotes` }],
    ['{"a": "line\nbreak"}', { line: 1, column: 12, pointer: '/a', message: 'unescaped control character (such as a line break) inside a string' }],
    ['{"a": -Infinity}', { line: 1, column: 7, pointer: '/a', message: 'got -Infinity, which is not a number in JSON' }],
    ['{"a": tru', { line: 1, column: 10, pointer: '/a', message: 'the file ends before the JSON value is complete (truncated JSON)' }],
  ])('locates the problem in %j', (text, expected) => {
    expect(problemOf(text)).toEqual(expected);
  });

  it('reports a truncated file after its last character, not on a trailing blank line', () => {
    expect(problemOf('{\n  "a": [1,\n\n')).toMatchObject({ line: 2, column: 11 });
  });

  it('escapes pointer segments (RFC 6901)', () => {
    expect(jsonPointer(['a/b', 0, 'c~d'])).toBe('/a~1b/0/c~0d');
  });
});
