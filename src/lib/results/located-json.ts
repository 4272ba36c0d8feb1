/**
 * JSON parsing that says where a broken file breaks. `JSON.parse` is used for
 * the work; only when it fails does a small scanner walk the text again to
 * find the line, column and JSON pointer of the first problem, because V8's
 * messages sometimes carry no position at all (`Unexpected token 'N'`).
 */
import { jsonPointer, lineAndColumn, type TextPosition } from '../core/position.js';
import { findJsonDepthExcess } from './limits.js';

export { jsonPointer, lineAndColumn, type TextPosition };

/** Where and why a text is not valid JSON. */
export interface JsonSyntaxProblem {
  /** 1-based line of the offending character (the last line when the file is truncated). */
  line: number;
  /** 1-based column of the offending character. */
  column: number;
  /** JSON pointer of the value being read when the problem was found (`""` for the top level). */
  pointer: string;
  /** What is wrong, in words. */
  message: string;
}

/** A text that is valid JSON. */
export interface JsonParsed {
  /** Always true. */
  ok: true;
  /** The parsed value. */
  value: unknown;
}

/** A text that is not valid JSON. */
export interface JsonRejected {
  /** Always false. */
  ok: false;
  /** Where and why. */
  problem: JsonSyntaxProblem;
}

/** The outcome of {@link parseJsonLocated}: a value, or the first syntax problem. */
export type JsonParseResult = JsonParsed | JsonRejected;

/**
 * Parses JSON; on failure, reports the first problem with its line, column and
 * pointer. Arrays and objects nested deeper than `MAX_JSON_DEPTH` (limits.ts) are
 * refused before parsing: the error locator below and every consumer of the
 * value recurse, and `[` × 10,000 overflowed the stack (issue 22).
 */
export function parseJsonLocated(text: string): JsonParseResult {
  const excess = findJsonDepthExcess(text);
  if (excess) return { ok: false, problem: { line: excess.line, column: excess.column, pointer: excess.pointer ?? '', message: excess.message } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, problem: locateJsonSyntaxError(text) };
  }
}


class LocatedSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly path: readonly (string | number)[],
  ) {
    super(message);
  }
}

const TRUNCATED = 'the file ends before the JSON value is complete (truncated JSON)';

/** Finds the first syntax error of a text that `JSON.parse` rejected. */
function locateJsonSyntaxError(text: string): JsonSyntaxProblem {
  const path: (string | number)[] = [];
  let i = 0;
  const fail = (message: string, at: number = i): never => {
    throw new LocatedSyntaxError(message, at, [...path]);
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else if (word.startsWith(text.slice(i))) fail(TRUNCATED, text.length);
    else fail(`unexpected ${describeChar(text[i]!)}, expected a JSON value`);
  };
  const string = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === undefined) fail(TRUNCATED, text.length);
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('invalid \\u escape in a string');
          i += 6;
        } else if ('"\\/bfnrt'.includes(next!)) i += 2;
        else fail(`invalid escape "\\${next}" in a string`);
      } else if (c.charCodeAt(0) < 0x20) {
        fail('unescaped control character (such as a line break) inside a string');
      } else i++;
    }
    return fail(TRUNCATED, text.length);
  };
  const number = () => {
    if (text.startsWith('-Infinity', i)) fail('got -Infinity, which is not a number in JSON');
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = i;
    const found = match.exec(text);
    if (!found) fail(i + 1 >= text.length ? TRUNCATED : 'invalid number', i + 1 >= text.length ? text.length : i);
    i = match.lastIndex;
    if (i < text.length && /[.eE\d]/.test(text[i]!)) fail('invalid number');
  };
  const value = (): void => {
    ws();
    if (i >= text.length) fail(TRUNCATED, text.length);
    const c = text[i]!;
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') {
      string();
      return;
    }
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    if (text.startsWith('NaN', i)) fail('got NaN, which is not a number in JSON (the tool wrote an invalid value)');
    if (text.startsWith('Infinity', i)) fail('got Infinity, which is not a number in JSON');
    fail(`unexpected ${describeChar(c)}, expected a JSON value`);
  };
  // Objects and arrays open, separate and close their members the same way; one
  // helper each keeps the messages for "{...}" and "[...]" worded alike.
  /** Steps past the opening bracket; true when the container closes at once (`{}` or `[]`). */
  const openContainer = (close: '}' | ']'): boolean => {
    i++;
    ws();
    if (text[i] !== close) return false;
    i++;
    return true;
  };
  /** After a member: true when a "," leads to another member, false once `close` ends the container. */
  const nextMember = (close: '}' | ']', member: string): boolean => {
    ws();
    if (i >= text.length) fail(TRUNCATED, text.length);
    if (text[i] === ',') {
      i++;
      ws();
      if (text[i] === close) fail(`trailing comma before "${close}"`);
      return true;
    }
    if (text[i] === close) {
      i++;
      return false;
    }
    return fail(`unexpected ${describeChar(text[i]!)}, expected "," or "${close}" after ${member}`);
  };
  const object = () => {
    if (openContainer('}')) return;
    do {
      ws();
      if (i >= text.length) fail(TRUNCATED, text.length);
      if (text[i] !== '"') fail(`unexpected ${describeChar(text[i]!)}, expected a property name in double quotes`);
      path.push(string());
      ws();
      if (i >= text.length) fail(TRUNCATED, text.length);
      if (text[i] !== ':') fail(`unexpected ${describeChar(text[i]!)}, expected ":" after a property name`);
      i++;
      value();
      path.pop();
    } while (nextMember('}', 'a property value'));
  };
  const array = () => {
    if (openContainer(']')) return;
    let index = 0;
    do {
      path.push(index++);
      value();
      path.pop();
    } while (nextMember(']', 'an array element'));
  };

  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${describeChar(text[i]!)} after the end of the JSON value`);
    // JSON.parse rejected what the scanner accepts: report it without a place rather than guess.
    return { line: 1, column: 1, pointer: '', message: 'not valid JSON' };
  } catch (error) {
    if (!(error instanceof LocatedSyntaxError)) throw error;
    // A truncated file is reported just after its last character, not on a trailing blank line.
    const offset = error.message === TRUNCATED ? text.trimEnd().length : error.offset;
    return { ...lineAndColumn(text, offset), pointer: jsonPointer(error.path), message: error.message };
  }
}

function describeChar(c: string): string {
  return JSON.stringify(c);
}

