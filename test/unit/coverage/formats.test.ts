import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCoverageFile, resolveCoverageFormat, type CoverageFormat } from '../../../src/lib/coverage/index.js';
import { PortalError } from '../../../src/lib/errors.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const fixture = (name: string) => path.join(REPO_ROOT, 'test/fixtures/coverage', name);
/** The checkout the nyc fixtures were produced in (see test/fixtures/coverage/README.md). */
const NYC_ROOT = '/ci/build/task-ids';

const NYC_TOTALS = { lines: { covered: 13, total: 16 }, functions: { covered: 5, total: 6 }, branches: { covered: 9, total: 12 } };

describe('coverage formats, each read from real tool output', () => {
  it('reads Istanbul coverage-summary.json: four totals and per-file counts, paths made relative to the root', () => {
    const reading = readCoverageFile(fixture('nyc/report/coverage-summary.json'), NYC_ROOT);
    expect(reading.format).toBe('istanbul-summary');
    expect(reading.totals).toEqual({ ...NYC_TOTALS, statements: { covered: 13, total: 16 } });
    expect(reading.files).toEqual([
      { path: 'src/priority.js', lines: { covered: 4, total: 4 }, statements: { covered: 4, total: 4 }, functions: { covered: 2, total: 2 }, branches: { covered: 1, total: 2 } },
      { path: 'src/taskid.js', lines: { covered: 9, total: 12 }, statements: { covered: 9, total: 12 }, functions: { covered: 3, total: 4 }, branches: { covered: 8, total: 10 } },
    ]);
  });

  it('keeps absolute paths that are outside the root', () => {
    expect(readCoverageFile(fixture('nyc/report/coverage-summary.json'), '/elsewhere').files.map((f) => f.path)).toEqual([
      '/ci/build/task-ids/src/priority.js',
      '/ci/build/task-ids/src/taskid.js',
    ]);
  });

  it('derives the same totals from coverage-final.json hit counters as the summary reports', () => {
    const reading = readCoverageFile(fixture('nyc/report/coverage-final.json'), NYC_ROOT);
    expect(reading.format).toBe('istanbul-final');
    expect(reading.totals).toEqual({ ...NYC_TOTALS, statements: { covered: 13, total: 16 } });
    expect(reading.files.map((f) => f.path)).toEqual(['src/priority.js', 'src/taskid.js']);
  });

  it('reads the LCOV of the same run: same lines, functions and branches, no statements', () => {
    const reading = readCoverageFile(fixture('nyc/report/lcov.info'), NYC_ROOT);
    expect(reading.format).toBe('lcov');
    expect(reading.totals).toEqual(NYC_TOTALS);
  });

  it('reads the Cobertura XML of the same run: same lines, functions and branches', () => {
    const reading = readCoverageFile(fixture('nyc/report/cobertura-coverage.xml'), NYC_ROOT);
    expect(reading.format).toBe('cobertura');
    expect(reading.totals).toEqual(NYC_TOTALS);
    expect(reading.files[1]).toEqual({ path: 'src/taskid.js', lines: { covered: 9, total: 12 }, functions: { covered: 3, total: 4 }, branches: { covered: 8, total: 10 } });
  });

  it('reads coverage.py Cobertura XML: no methods, so no function total', () => {
    const reading = readCoverageFile(fixture('coverage-py/report/coverage.xml'), '/ci/build/task-exporter');
    expect(reading.totals).toEqual({ lines: { covered: 15, total: 16 }, branches: { covered: 8, total: 8 } });
  });

  it("reads coverage.py's LCOV from its detail lines (its LF/LH and BRF disagree with them)", () => {
    expect(readCoverageFile(fixture('coverage-py/report/lcov.info'), '/ci/build/task-exporter').totals).toEqual({
      lines: { covered: 16, total: 17 },
      branches: { covered: 9, total: 9 },
    });
  });

  it('reads geninfo LCOV without summary lines: FN/FNDA, DA and BRDA ("-" is not taken)', () => {
    const reading = readCoverageFile(fixture('gcc-lcov/lcov.info'), '/ci/build/slug');
    expect(reading.files).toEqual([
      { path: 'slug.c', lines: { covered: 17, total: 18 }, functions: { covered: 2, total: 3 }, branches: { covered: 9, total: 14 } },
    ]);
  });

  it('reads the sample project coverage (summary and LCOV agree on lines, functions, branches)', () => {
    const summary = readCoverageFile(path.join(REPO_ROOT, 'examples/task-service/results/coverage/coverage-summary.json'), REPO_ROOT);
    const lcov = readCoverageFile(path.join(REPO_ROOT, 'examples/task-service/results/coverage/lcov.info'), REPO_ROOT);
    expect(summary.totals.lines).toEqual({ covered: 146, total: 147 });
    expect(lcov.totals).toEqual({ lines: summary.totals.lines, functions: summary.totals.functions, branches: summary.totals.branches });
  });
});

describe('bad coverage input: exit 2, naming the file and the place', () => {
  const BAD = 'test/fixtures/coverage/bad';
  function problems(file: string, format?: CoverageFormat): readonly string[] {
    const cwd = process.cwd();
    process.chdir(REPO_ROOT);
    try {
      readCoverageFile(file, REPO_ROOT, format);
    } catch (error) {
      if (!(error instanceof PortalError)) throw error;
      expect(error.exitCode).toBe(2);
      return error.problems;
    } finally {
      process.chdir(cwd);
    }
    throw new Error(`${file} was read without an error`);
  }

  it('truncated JSON, LCOV and XML', () => {
    expect(problems(`${BAD}/truncated-summary.json`)).toEqual([
      `${BAD}/truncated-summary.json:2:84 (at /~1ci~1build~1task-ids~1src~1priority.js/lines): the file ends before the JSON value is complete (truncated JSON)`,
    ]);
    expect(problems(`${BAD}/truncated.info`)).toEqual([
      `${BAD}/truncated.info:25: the file ends inside the record for "src/taskid.js" that starts at line 21: truncated LCOV (no end_of_record)`,
    ]);
    expect(problems(`${BAD}/truncated.xml`)).toEqual([
      `${BAD}/truncated.xml:20: the file ends before the XML is complete (truncated): <coverage>, <packages>, <package>, <classes>, <class>, <methods>, <method> not closed`,
    ]);
  });

  it('an empty file and a benchmark file', () => {
    expect(problems(`${BAD}/empty.info`)).toEqual([`${BAD}/empty.info: the file is empty, expected a coverage report`]);
    expect(problems(`${BAD}/wrong-format.json`)[0]).toBe(`${BAD}/wrong-format.json: valid JSON, but neither an Istanbul coverage-summary.json nor a coverage-final.json`);
  });

  it('covered above total and negative counts, each at its pointer', () => {
    expect(problems(`${BAD}/over-covered.json`)).toEqual([
      `${BAD}/over-covered.json#/src~1taskid.js/lines/covered: got 19 covered of 12, expected at most the total`,
      `${BAD}/over-covered.json#/src~1taskid.js/statements/covered: got -9, expected a whole number of zero or more`,
    ]);
  });

  it('lines that are not LCOV, by line number', () => {
    expect(problems(`${BAD}/garbage.info`)).toEqual([
      `${BAD}/garbage.info:4: DA: got "five" as the line number, expected a whole number of zero or more`,
      `${BAD}/garbage.info:5: not an LCOV line: "this is not lcov"`,
    ]);
  });

  it('the wrong --format: the parse problem, plus what the file looks like', () => {
    expect(problems('test/fixtures/coverage/gcc-lcov/lcov.info', 'istanbul-summary')).toEqual([
      'test/fixtures/coverage/gcc-lcov/lcov.info:1:1: unexpected "T", expected a JSON value',
      'test/fixtures/coverage/gcc-lcov/lcov.info looks like LCOV tracefile (lcov.info): try --format lcov, or leave --format out',
    ]);
  });

  it('an unknown --format', () => {
    expect(() => resolveCoverageFormat('jacoco')).toThrow('Unknown coverage format "jacoco"');
    expect(resolveCoverageFormat('json-summary')).toBe('istanbul-summary');
  });
});
