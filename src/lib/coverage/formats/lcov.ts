import { InputProblems, type ResultFile } from '../../results/index.js';
import { MAX_COVERAGE_COUNT, expectedCoverageCount, sumCoverage, type CoverageCount, type FileCoverage, type ParsedCoverage } from '../model.js';
import { normalizeSourcePath } from '../paths.js';
import { sortFiles } from './istanbul.js';

/** Does this text look like an LCOV tracefile? */
export function looksLikeLcov(text: string): boolean {
  // [ \t]*, not \s*: with the m flag \s* spans lines and backtracked quadratically (200 KB of blank lines: 18 s; issue 22).
  return /^[ \t]*SF:/m.test(text) && /^[ \t]*(DA|LF|FNF|BRF|end_of_record)\b/m.test(text);
}

/** Hits gathered for one source file, across all its records (one per test name). */
interface FileHits {
  path: string;
  lines: Map<number, number>;
  functions: Map<string, number>;
  branches: Map<string, number>;
  /** LF/LH, FNF/FNH, BRF/BRH summary lines, used when the detail lines are absent. */
  summary: { lines?: CoverageCount; functions?: CoverageCount; branches?: CoverageCount };
}

/**
 * An LCOV tracefile (`lcov.info`, written by Istanbul's `lcov` reporter,
 * c8, geninfo, …): records from `SF:<file>` to `end_of_record` with `DA`,
 * `FN`/`FNDA` (and lcov 2's `FNL`/`FNA`), `BRDA` detail lines and the
 * `LF/LH`, `FNF/FNH`, `BRF/BRH` summaries. Records for the same file (one
 * per test name) are merged. LCOV has no statement counts.
 */
export function parseLcov(input: ResultFile, rootDir: string): ParsedCoverage {
  const problems = new InputProblems(input.shown);
  const byPath = new Map<string, FileHits>();
  let current: { hits: FileHits; line: number } | undefined;
  // A report with no function or branch lines at all did not measure them:
  // they are left out rather than shown as 0 of 0 (100%).
  let sawFunctions = false;
  let sawBranches = false;
  const lines = input.text.split(/\r?\n/);

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (!line) return;
    if (line === 'end_of_record') {
      if (!current) problems.atLine(lineNumber, 'end_of_record without a record (no SF: line before it)');
      current = undefined;
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || !/^[A-Z]+$/.test(line.slice(0, colon))) {
      problems.atLine(lineNumber, `not an LCOV line: ${JSON.stringify(line.length > 60 ? `${line.slice(0, 57)}...` : line)}`);
      return;
    }
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (key === 'TN' || key === 'VER') return;
    if (key === 'SF') {
      if (current) problems.atLine(lineNumber, `SF: before the end_of_record of the record that starts at line ${current.line}`);
      const file = normalizeSourcePath(value.trim(), rootDir);
      if (!file) problems.atLine(lineNumber, 'SF: with an empty file name');
      const hits = byPath.get(file) ?? { path: file, lines: new Map(), functions: new Map(), branches: new Map(), summary: {} };
      byPath.set(file, hits);
      current = { hits, line: lineNumber };
      return;
    }
    if (!current) {
      problems.atLine(lineNumber, `${key}: outside a record (no SF: line before it)`);
      return;
    }
    const fields = value.split(',');
    const int = (text: string | undefined, what: string): number | undefined => {
      if (text !== undefined && /^\d+$/.test(text.trim()) && Number(text) <= MAX_COVERAGE_COUNT) return Number(text);
      const shownText = text !== undefined && text.length > 40 ? `${text.slice(0, 37)}...` : (text ?? '');
      problems.atLine(lineNumber, `${key}: got ${JSON.stringify(shownText)} as ${what}, expected ${expectedCoverageCount(text)}`);
      return undefined;
    };
    const { hits } = current;
    if (key.startsWith('FN')) sawFunctions = true;
    if (key.startsWith('BR')) sawBranches = true;
    switch (key) {
      case 'DA': {
        const lineNo = int(fields[0], 'the line number');
        const count = int(fields[1], 'the hit count');
        if (lineNo !== undefined && count !== undefined) hits.lines.set(lineNo, Math.max(hits.lines.get(lineNo) ?? 0, count));
        return;
      }
      case 'FN':
        // FN:<line>,<name>; a function with no FNDA line never ran.
        if (fields.length >= 2) hits.functions.set(fields.slice(1).join(','), hits.functions.get(fields.slice(1).join(',')) ?? 0);
        else problems.atLine(lineNumber, 'FN: expected "<line>,<name>"');
        return;
      case 'FNDA': {
        const count = int(fields[0], 'the hit count');
        const name = fields.slice(1).join(',');
        if (count !== undefined) hits.functions.set(name, Math.max(hits.functions.get(name) ?? 0, count));
        return;
      }
      case 'FNL':
        // lcov 2: FNL:<index>,<line>[,<end line>] declares function <index>.
        if (int(fields[0], 'the function index') !== undefined) hits.functions.set(`#${fields[0]}`, hits.functions.get(`#${fields[0]}`) ?? 0);
        return;
      case 'FNA': {
        // lcov 2: FNA:<index>,<hit count>,<name>.
        const count = int(fields[1], 'the hit count');
        if (count !== undefined) hits.functions.set(`#${fields[0]}`, Math.max(hits.functions.get(`#${fields[0]}`) ?? 0, count));
        return;
      }
      case 'BRDA': {
        if (fields.length < 4) {
          problems.atLine(lineNumber, 'BRDA: expected "<line>,<block>,<branch>,<taken>"');
          return;
        }
        // "-" means the branch's block never ran: the branch was not taken.
        const taken = fields[3] === '-' ? 0 : int(fields[3], 'the taken count');
        const id = fields.slice(0, 3).join(',');
        if (taken !== undefined) hits.branches.set(id, Math.max(hits.branches.get(id) ?? 0, taken));
        return;
      }
      case 'LF':
      case 'LH':
      case 'FNF':
      case 'FNH':
      case 'BRF':
      case 'BRH': {
        const n = int(fields[0], 'the count');
        if (n === undefined) return;
        const metric = key.startsWith('L') ? 'lines' : key.startsWith('FN') ? 'functions' : 'branches';
        const sum = hits.summary[metric] ?? { covered: 0, total: 0 };
        if (key.endsWith('F')) sum.total = n;
        else sum.covered = n;
        hits.summary[metric] = sum;
        if (sum.covered > sum.total && key.endsWith('H')) problems.atLine(lineNumber, `${key}: got ${n} hit, more than the ${sum.total} found`);
        return;
      }
      default:
        // Other keys (VER, branch-coverage extensions) carry nothing Portico uses.
        return;
    }
  });

  if (current) {
    const lastLine = input.text.trimEnd().split(/\r?\n/).length;
    problems.atLine(lastLine, `the file ends inside the record for ${JSON.stringify(current.hits.path)} that starts at line ${current.line}: truncated LCOV (no end_of_record)`);
  }
  if (byPath.size === 0 && problems.count === 0) problems.inFile('no SF: records');
  const files: FileCoverage[] = [...byPath.values()].map((hits) => ({
    path: hits.path,
    lines: hits.lines.size > 0 ? tally(hits.lines) : (hits.summary.lines ?? { covered: 0, total: 0 }),
    ...(sawFunctions ? { functions: hits.functions.size > 0 ? tally(hits.functions) : (hits.summary.functions ?? { covered: 0, total: 0 }) } : {}),
    ...(sawBranches ? { branches: hits.branches.size > 0 ? tally(hits.branches) : (hits.summary.branches ?? { covered: 0, total: 0 }) } : {}),
  }));
  problems.throwIfAny(`Cannot read coverage from ${input.shown} as an LCOV tracefile`);
  return { format: 'lcov', totals: sumCoverage(files), files: sortFiles(files) };
}

function tally(hits: Map<unknown, number>): CoverageCount {
  let covered = 0;
  for (const count of hits.values()) if (count > 0) covered++;
  return { covered, total: hits.size };
}
