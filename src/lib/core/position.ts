/**
 * Places in a text, as every message names them: 1-based line and column of an
 * offset, and RFC 6901 JSON pointers. Pure; used by the JSON, YAML and
 * Markdown readers alike.
 */

/** A place in a text. */
export interface TextPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/** 1-based line and column of an offset; an offset at the end points just past the last character. */
export function lineAndColumn(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let k = 0; k < end; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** RFC 6901 JSON pointer of a path: `['a', 0, 'b/c']` → `/a/0/b~1c`. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
