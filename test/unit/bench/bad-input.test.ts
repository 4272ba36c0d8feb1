import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readBenchFile, resolveBenchFormat, type BenchFormat } from '../../../src/lib/bench/index.js';
import { PortalError } from '../../../src/lib/errors.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const BAD = 'test/fixtures/bench/bad';

/** The error a read throws, as `[exit code, summary, problems]`; paths are shown relative to the working directory. */
function failure(file: string, format?: BenchFormat): [number, string, readonly string[]] {
  const cwd = process.cwd();
  process.chdir(REPO_ROOT);
  try {
    readBenchFile(file, format);
  } catch (error) {
    if (!(error instanceof PortalError)) throw error;
    return [error.exitCode, error.message, error.problems];
  } finally {
    process.chdir(cwd);
  }
  throw new Error(`${file} was read without an error`);
}

describe('bad benchmark input: exit 2, naming the file and the place', () => {
  it('truncated JSON: line, column and the pointer where it ends', () => {
    expect(failure(`${BAD}/truncated.json`)).toEqual([
      2,
      `Cannot read benchmark results from ${BAD}/truncated.json`,
      [`${BAD}/truncated.json:21:31 (at /files/0/groups/0/benchmarks/0): the file ends before the JSON value is complete (truncated JSON)`],
    ]);
  });

  it('NaN written by the tool: line, column and pointer of the value', () => {
    expect(failure(`${BAD}/nan.json`)[2]).toEqual([
      `${BAD}/nan.json:9:65 (at /benchmarks/0/stats/mean): got NaN, which is not a number in JSON (the tool wrote an invalid value)`,
    ]);
  });

  it('an empty or blank file', () => {
    expect(failure(`${BAD}/empty.json`)).toEqual([2, `Cannot read benchmark results from ${BAD}/empty.json`, [`${BAD}/empty.json: the file is empty, expected benchmark results`]]);
    expect(failure(`${BAD}/blank.txt`)[2]).toEqual([`${BAD}/blank.txt: the file is empty, expected benchmark results`]);
  });

  it('a file of another kind: says it cannot tell the format and lists the formats', () => {
    const [code, summary, problems] = failure(`${BAD}/wrong-format.json`);
    expect(code).toBe(2);
    expect(summary).toBe(`Cannot tell the benchmark format of ${BAD}/wrong-format.json`);
    expect(problems[0]).toBe(`${BAD}/wrong-format.json: valid JSON, but not the shape of any supported benchmark format`);
    expect(problems[1]).toContain('vitest bench --outputJson (vitest); Benchmark.js console output (benchmarkjs)');
    expect(problems[1]).toMatch(/or pass --format$/);
  });

  it('the wrong --format: the schema problem, plus what the file looks like', () => {
    expect(failure('test/fixtures/bench/vitest/output.json', 'hyperfine')).toEqual([
      2,
      'Cannot read benchmark results from test/fixtures/bench/vitest/output.json as hyperfine JSON',
      [
        'test/fixtures/bench/vitest/output.json#/results: missing, expected a list of results',
        'test/fixtures/bench/vitest/output.json looks like vitest bench --outputJson: try --format vitest, or leave --format out',
      ],
    ]);
  });

  it('a negative value', () => {
    expect(failure(`${BAD}/negative.json`)[2]).toEqual([
      `${BAD}/negative.json#/1/value: "POST /tasks p95 latency": got -117.3 ms, expected a value of zero or more: a negative time is not a measurement`,
    ]);
  });

  it('an absurd value (104 days per run)', () => {
    expect(failure(`${BAD}/absurd.json`)[2]).toEqual([
      `${BAD}/absurd.json#/results/1/mean: "portal --help": got 9000000 s, which is not a plausible time (more than 1 day); check the unit`,
    ]);
  });

  it('an unknown unit, listing the known ones', () => {
    const [, , problems] = failure(`${BAD}/unknown-unit.json`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^test\/fixtures\/bench\/bad\/unknown-unit\.json#\/1\/unit: unknown unit "furlongs" for "queue depth" \(known units: ns, us\/µs, ms, s, min \(time\);/);
  });

  it('duplicate names, pointing at both places (JSON pointer and line)', () => {
    expect(failure(`${BAD}/duplicate-names.json`)[2]).toEqual([
      `${BAD}/duplicate-names.json#/2/name: duplicate benchmark name "GET /tasks p95 latency" (first at /0/name): every series needs its own name`,
    ]);
    expect(failure(`${BAD}/duplicate-names.txt`)[2]).toEqual([
      `${BAD}/duplicate-names.txt:2: duplicate benchmark name "Array#join" (first at line 1): every series needs its own name`,
    ]);
  });

  it('a Benchmark.js line with NaN figures', () => {
    expect(failure(`${BAD}/broken-line.txt`)[2]).toEqual([
      `${BAD}/broken-line.txt:2: "String concat in a loop": got "NaN ops/sec ±NaN% (0 runs sampled)", expected "<ops> ops/sec ±<rme>% (<n> runs sampled)" with numbers`,
    ]);
  });

  it('a failed go test run', () => {
    expect(failure(`${BAD}/go-failed.txt`)[2]).toEqual([
      `${BAD}/go-failed.txt:5: go test reported a failure ("--- FAIL: BenchmarkParse-2"); fix the benchmark before ingesting its results`,
    ]);
  });

  it('wrong types and missing fields, every one listed', () => {
    expect(failure(`${BAD}/wrong-type.json`)[2]).toEqual([
      `${BAD}/wrong-type.json#/0/value: got "84.7", expected a number`,
      `${BAD}/wrong-type.json#/1/unit: missing, expected a unit (string) such as "ms" or "ops/sec"`,
    ]);
  });

  it('a missing file and a directory', () => {
    expect(failure(`${BAD}/no-such-file.json`)).toEqual([2, `Cannot read benchmark results: ${BAD}/no-such-file.json does not exist`, []]);
    expect(failure(BAD)).toEqual([2, `Cannot read benchmark results: ${BAD} is a directory, expected a file`, []]);
  });

  it('an unknown --format, listing the formats', () => {
    expect(() => resolveBenchFormat('jmh')).toThrow(PortalError);
    try {
      resolveBenchFormat('jmh');
    } catch (error) {
      expect((error as PortalError).problems).toEqual([
        '--format: expected one of customSmallerIsBetter, customBiggerIsBetter, vitest, benchmarkjs, hyperfine, googlecpp, go, pytest (or github-action-benchmark, custom-smaller-is-better, custom-bigger-is-better, vitest-bench, benchmark.js, google-benchmark, go-test, pytest-benchmark)',
      ]);
    }
    expect(resolveBenchFormat('Google-Benchmark')).toBe('googlecpp');
  });

  it('a zero time and Infinity written as text are rejected; a 0% ratio is a measurement', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-bench-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'zero.json');
    writeFileSync(file, JSON.stringify([{ name: 'noop', unit: 'ns', value: 0 }, { name: '5xx ratio', unit: '%', value: 0 }]));
    expect(failure(file)[2]).toEqual([`${file}#/0/value: "noop": got 0 ns, expected a time above zero`]);
    const inf = path.join(dir, 'inf.json');
    writeFileSync(inf, '[{"name": "x", "unit": "ms", "value": Infinity}]');
    expect(failure(inf)[2]).toEqual([`${inf}:1:39 (at /0/value): got Infinity, which is not a number in JSON`]);
  });
});
