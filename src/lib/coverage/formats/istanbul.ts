import * as z from 'zod';
import { InputProblems, validateJson, type ResultFile } from '../../results/index.js';
import { COVERAGE_COUNT_TOO_LARGE, COVERAGE_METRICS, MAX_COVERAGE_COUNT, sumCoverage, type CoverageCount, type CoverageCounts, type FileCoverage, type ParsedCoverage } from '../model.js';
import { normalizeSourcePath } from '../paths.js';

const count = z
  .number({ error: 'a whole number of zero or more' })
  .int({ error: 'a whole number of zero or more' })
  .min(0, { error: 'a whole number of zero or more' })
  .max(MAX_COVERAGE_COUNT, { error: COVERAGE_COUNT_TOO_LARGE });

/** `{ total, covered, skipped, pct }`; `pct` is `"Unknown"` when total is 0, so it is not read: Portico computes it. */
const summaryMetricSchema = z.looseObject({ total: count, covered: count });

const summaryEntrySchema = z.record(z.string(), z.unknown(), { error: 'an object with lines, statements, functions and branches' });

/** Does this JSON look like Istanbul's `coverage-summary.json`? */
export function looksLikeIstanbulSummary(json: unknown): boolean {
  return isRecord(json) && isRecord(json.total) && isRecord(json.total.lines) && 'pct' in json.total.lines;
}

/** Does this JSON look like Istanbul's `coverage-final.json`? */
export function looksLikeIstanbulFinal(json: unknown): boolean {
  if (!isRecord(json)) return false;
  const entries = Object.values(json);
  return entries.length > 0 && entries.every((entry) => isRecord(entry) && 'statementMap' in entry && 's' in entry);
}

/**
 * Istanbul's `json-summary` reporter: `{ total: {...}, "<file>": {...} }`,
 * each with `lines`, `statements`, `functions` and `branches` as
 * `{ total, covered, skipped, pct }`.
 */
export function parseIstanbulSummary(json: unknown, input: ResultFile, rootDir: string): ParsedCoverage {
  const problems = new InputProblems(input.shown);
  const report = validateJson(z.record(z.string(), z.unknown(), { error: 'an object of file names to coverage' }), json, problems);
  const files: FileCoverage[] = [];
  let totals: CoverageCounts = {};
  if (report) {
    if (!report.total) problems.atPointer('/total', 'missing, expected the totals of the report');
    for (const [key, raw] of Object.entries(report)) {
      // One entry at a time, so every broken entry is reported, not only the first.
      const entry = validateJson(summaryEntrySchema, raw, problems, [key]);
      if (!entry) continue;
      const counts = pickCounts(entry, key, problems);
      if (key === 'total') totals = counts;
      else files.push({ path: normalizeSourcePath(key, rootDir), ...counts });
    }
  }
  problems.throwIfAny(`Cannot read coverage from ${input.shown} as an Istanbul coverage-summary.json`);
  return { format: 'istanbul-summary', totals, files: sortFiles(files) };
}

const location = z.looseObject({ line: z.number({ error: 'a line number' }) });
const finalEntrySchema = z.looseObject({
  path: z.string({ error: 'the source file path (string)' }).optional(),
  statementMap: z.record(z.string(), z.looseObject({ start: location }), { error: 'an object of statement locations' }),
  fnMap: z.record(z.string(), z.unknown(), { error: 'an object of function locations' }),
  branchMap: z.record(z.string(), z.unknown(), { error: 'an object of branch locations' }),
  s: z.record(z.string(), count, { error: 'an object of statement hit counts' }),
  f: z.record(z.string(), count, { error: 'an object of function hit counts' }),
  b: z.record(z.string(), z.array(count, { error: 'a list of branch hit counts' }), { error: 'an object of branch hit counts' }),
});

/**
 * Istanbul's `json` reporter (`coverage-final.json`): per file the maps and
 * hit counters (`s`, `f`, `b`). Lines are derived the way Istanbul does: a
 * line is covered when a statement starting on it ran.
 */
export function parseIstanbulFinal(json: unknown, input: ResultFile, rootDir: string): ParsedCoverage {
  const problems = new InputProblems(input.shown);
  const report = validateJson(z.record(z.string(), z.unknown(), { error: 'an object of file names to coverage data' }), json, problems);
  const files: FileCoverage[] = [];
  for (const [key, raw] of Object.entries(report ?? {})) {
    const entry = validateJson(finalEntrySchema, raw, problems, [key]);
    if (!entry) continue;
    const lineHits = new Map<number, number>();
    for (const [id, statement] of Object.entries(entry.statementMap)) {
      const hits = entry.s[id];
      if (hits === undefined) {
        problems.atPointer(`/${escapePointer(key)}/s/${escapePointer(id)}`, `missing, expected the hit count of statement ${id}`);
        continue;
      }
      const line = statement.start.line;
      lineHits.set(line, Math.max(lineHits.get(line) ?? 0, hits));
    }
    const branchHits = Object.values(entry.b).flat();
    files.push({
      path: normalizeSourcePath(entry.path ?? key, rootDir),
      lines: { covered: [...lineHits.values()].filter((h) => h > 0).length, total: lineHits.size },
      statements: tally(Object.values(entry.s)),
      functions: tally(Object.values(entry.f)),
      branches: tally(branchHits),
    });
  }
  problems.throwIfAny(`Cannot read coverage from ${input.shown} as an Istanbul coverage-final.json`);
  return { format: 'istanbul-final', totals: sumCoverage(files), files: sortFiles(files) };
}

function tally(hits: readonly number[]): CoverageCount {
  return { covered: hits.filter((h) => h > 0).length, total: hits.length };
}

/** Each metric on its own, so one broken metric does not hide the problems of the others. */
function pickCounts(entry: Record<string, unknown>, key: string, problems: InputProblems): CoverageCounts {
  const counts: CoverageCounts = {};
  for (const metric of COVERAGE_METRICS) {
    if (entry[metric] === undefined) continue;
    const value = validateJson(summaryMetricSchema, entry[metric], problems, [key, metric]);
    if (!value) continue;
    if (value.covered > value.total) {
      problems.atPath([key, metric, 'covered'], `got ${value.covered} covered of ${value.total}, expected at most the total`);
      continue;
    }
    counts[metric] = { covered: value.covered, total: value.total };
  }
  return counts;
}

/** Files sorted by path, so reports that list them differently store the same run. */
export function sortFiles(files: FileCoverage[]): FileCoverage[] {
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
