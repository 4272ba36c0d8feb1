import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type * as z from 'zod';
import { PortalError } from '../errors.js';
import { jsonPointer, parseJsonLocated } from './located-json.js';
import { MAX_RESULT_FILE_BYTES, assertFileSize } from './limits.js';
import { displayPath } from '../core/files.js';
import { zodIssueMessage } from '../core/zod-issues.js';

/** How many problems one error lists before it says "and N more". */
const MAX_LISTED_PROBLEMS = 20;

/** A result file read into memory, with the name to show in messages. */
export interface ResultFile {
  /** Absolute path. */
  file: string;
  /** Path as messages show it: relative to the working directory when inside it. */
  shown: string;
  /** The whole text. */
  text: string;
}

/**
 * Reads a result file. A missing file, a directory or an empty file is an
 * unusable input (exit 2), reported before any format is guessed.
 *
 * @param what - What the file should hold, for messages ("benchmark results").
 */
export function readResultFile(file: string, what: string): ResultFile {
  const absolute = path.resolve(file);
  const shown = displayPath(absolute);
  if (!existsSync(absolute)) throw new PortalError(`Cannot read ${what}: ${shown} does not exist`, 2);
  if (!statSync(absolute).isFile()) throw new PortalError(`Cannot read ${what}: ${shown} is a directory, expected a file`, 2);
  assertFileSize(absolute, shown, MAX_RESULT_FILE_BYTES, what);
  const text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    throw new PortalError(`Cannot read ${what} from ${shown}`, 2, [`${shown}: the file is empty, expected ${what}`]);
  }
  return { file: absolute, shown, text };
}

/** A place in a JSON document. */
export interface PointerPlace {
  /** RFC 6901 JSON pointer; `''` is the whole document. */
  pointer: string;
}

/** A place in a text file. */
export interface LinePlace {
  /** 1-based line. */
  line: number;
}

/** Where something is in an input file: a JSON pointer, or a 1-based line of a text file. */
export type InputPlace = PointerPlace | LinePlace;

/** `#/a/0` or `:12`, the suffix that {@link InputProblems} appends to a file name. */
export function formatPlace(place: InputPlace): string {
  return 'pointer' in place ? `#${place.pointer || '/'}` : `:${place.line}`;
}

/** `/0/name` or `line 12`: a place in words, for messages that point at another place. */
export function describePlace(place: InputPlace): string {
  return 'pointer' in place ? place.pointer || '/' : `line ${place.line}`;
}

/**
 * Collects the problems found in one input file, each tied to a place (a
 * JSON pointer or a line), and throws them together as one exit-2 error.
 */
export class InputProblems {
  private readonly lines: string[] = [];

  /**
   * @param shown - The file as messages show it.
   */
  constructor(readonly shown: string) {}

  /** Number of problems recorded so far. */
  get count(): number {
    return this.lines.length;
  }

  /** Records a problem at a JSON pointer (`/benchmarks/0/mean`); `''` is the whole document. */
  atPointer(pointer: string, message: string): void {
    this.lines.push(`${this.shown}#${pointer || '/'}: ${message}`);
  }

  /** Records a problem at a JSON path (`['benchmarks', 0, 'mean']`). */
  atPath(segments: readonly PropertyKey[], message: string): void {
    this.atPointer(jsonPointer(segments), message);
  }

  /** Records a problem on a 1-based line of a text file. */
  atLine(line: number, message: string): void {
    this.lines.push(`${this.shown}:${line}: ${message}`);
  }

  /** Records a problem at a place: a JSON pointer or a line. */
  at(place: InputPlace, message: string): void {
    if ('pointer' in place) this.atPointer(place.pointer, message);
    else this.atLine(place.line, message);
  }

  /** Records a problem about the file as a whole. */
  inFile(message: string): void {
    this.lines.push(`${this.shown}: ${message}`);
  }

  /** Throws every recorded problem as one {@link PortalError} (exit 2), if there are any. */
  throwIfAny(summary: string): void {
    if (this.lines.length === 0) return;
    const listed = this.lines.slice(0, MAX_LISTED_PROBLEMS);
    if (this.lines.length > listed.length) listed.push(`… and ${this.lines.length - listed.length} more`);
    throw new PortalError(summary, 2, listed);
  }
}

/**
 * Parses a result file as JSON. A syntax error (truncated file, NaN written
 * by the tool, a trailing comma) is exit 2 naming the line, column and pointer.
 */
export function parseResultJson(input: ResultFile, summary: string): unknown {
  const parsed = parseJsonLocated(input.text);
  if (parsed.ok) return parsed.value;
  const { line, column, pointer, message } = parsed.problem;
  throw new PortalError(summary, 2, [`${input.shown}:${line}:${column}${pointer ? ` (at ${pointer})` : ''}: ${message}`]);
}

/**
 * Validates parsed JSON against a zod schema and records every issue as
 * `file#/pointer: got <value>, expected <what>`. Returns the parsed value, or
 * `undefined` when there were issues. `at` is the path of `value` inside the
 * document, for validating one entry at a time so every entry's problems are listed.
 */
export function validateJson<T>(schema: z.ZodType<T>, value: unknown, problems: InputProblems, at: readonly PropertyKey[] = []): T | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.atPath([...at, ...issue.path], zodIssueMessage(issue, { schema }));
  }
  return undefined;
}
