import { getLineColLocation, type NormalizedProblem } from '@redocly/openapi-core';
import { displayPath } from '../core/files.js';

/** A place in a spec file, 1-based, as editors and `file:line:column` links expect. */
export interface SpecLocation {
  /** Absolute path of the file (the root spec or a file it references). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/**
 * Where a Redocly problem points. Redocly reports a JSON pointer into a
 * source; its own `getLineColLocation` maps that to a line and column in the
 * YAML/JSON text, so the position matches what Redocly's CLI prints.
 */
export function problemLocation(problem: NormalizedProblem, fallbackFile: string): SpecLocation {
  const first = problem.location[0];
  if (!first) return { file: fallbackFile, line: 1, column: 1 };
  try {
    const located = getLineColLocation(first);
    return { file: located.source.absoluteRef, line: located.start.line, column: located.start.col };
  } catch {
    // A pointer that no longer exists in the text (rare, after decorators): keep the file at least.
    return { file: first.source?.absoluteRef ?? fallbackFile, line: 1, column: 1 };
  }
}

/** `file:line:column` with the file relative to `cwd` when it lies below it. */
export function formatLocation(location: SpecLocation, cwd: string = process.cwd()): string {
  return `${displayPath(location.file, cwd)}:${location.line}:${location.column}`;
}
