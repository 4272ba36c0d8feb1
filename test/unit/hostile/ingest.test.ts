import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestBenchmarkRun } from '../../../src/lib/bench/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';
import { hasStackTrace, hashTree, portal, scratch } from './cli.js';

/**
 * Issue 22: malformed and hostile inputs to `portal ingest bench` and
 * `portal ingest coverage`, run through the CLI in-process. Each ends with
 * exit 2 (not 70, no stack), names the file and the place, and leaves the
 * stored history byte-for-byte unchanged.
 */

const GOOGLE = readFileSync(path.join(REPO_ROOT, 'test/fixtures/bench/google-benchmark/output.json'), 'utf8');
const CUSTOM = JSON.stringify([{ name: 'parse', unit: 'ms', value: 12.5 }], null, 2);

let dir: string;
let history: string;

/** A store with one bench and one coverage run already in it, so "unchanged" means something. */
async function seedHistory(): Promise<void> {
  writeFileSync(path.join(dir, 'seed.json'), CUSTOM);
  expect((await portal(['ingest', 'bench', 'seed.json', '--history', 'history', '--suite', 'app', '--date', '2026-11-01'], dir)).code).toBe(0);
  writeFileSync(path.join(dir, 'seed.info'), 'SF:src/a.ts\nDA:1,1\nDA:2,0\nend_of_record\n');
  expect((await portal(['ingest', 'coverage', 'seed.info', '--history', 'history', '--date', '2026-11-01'], dir)).code).toBe(0);
}

/** Runs an ingest that must fail with exit 2 and leave the store as it was; returns its stderr. */
async function refused(args: string[]): Promise<string> {
  const before = hashTree(history);
  const run = await portal([...args, '--history', 'history'], dir);
  expect(run.stderr).not.toSatisfy(hasStackTrace);
  expect(run.code, run.stderr).toBe(2);
  expect(hashTree(history)).toBe(before);
  return run.stderr;
}

beforeEach(async () => {
  dir = scratch();
  history = path.join(dir, 'history');
  await seedHistory();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest bench: deep JSON', () => {
  it('"[" × 10,000 (truncated): exit 2 at the place it goes too deep, not a RangeError', async () => {
    writeFileSync(path.join(dir, 'deep.json'), '['.repeat(10_000));
    const stderr = await refused(['ingest', 'bench', 'deep.json']);
    expect(stderr).toContain(
      'deep.json:1:101 (at /0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0): arrays and objects nested more than 100 levels deep, expected at most 100',
    );
  });

  it('valid JSON nested 10,000 deep (objects), with --format: exit 2 naming the key path', async () => {
    writeFileSync(path.join(dir, 'deep.json'), `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`);
    const stderr = await refused(['ingest', 'bench', 'deep.json', '--format', 'vitest']);
    expect(stderr).toMatch(/deep\.json:1:501 \(at (\/a){100}\): arrays and objects nested more than 100 levels deep/);
  });
});

describe('ingest bench: values and dates', () => {
  it('Google Benchmark context.date "not a date": refused at /context/date, not stored', async () => {
    const json = JSON.parse(GOOGLE) as { context: { date: string } };
    json.context.date = 'not a date';
    writeFileSync(path.join(dir, 'google.json'), JSON.stringify(json, null, 2));
    const stderr = await refused(['ingest', 'bench', 'google.json']);
    expect(stderr).toContain('google.json#/context/date: got "not a date", expected a date such as "2026-11-22T00:52:22+00:00"');
  });

  it('pytest-benchmark datetime that does not parse: refused at /datetime', async () => {
    const json = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/bench/pytest-benchmark/output.json'), 'utf8')) as { datetime: string };
    json.datetime = '2026-13-45T99:99:99';
    writeFileSync(path.join(dir, 'pytest.json'), JSON.stringify(json));
    const stderr = await refused(['ingest', 'bench', 'pytest.json']);
    expect(stderr).toContain('pytest.json#/datetime: got "2026-13-45T99:99:99", expected a date such as');
  });

  it('a date in the future and a commit that is not hex in a pytest-benchmark file: named by their pointers', async () => {
    const json = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/bench/pytest-benchmark/output.json'), 'utf8')) as {
      datetime: string;
      commit_info: { id: string; branch: string };
    };
    json.datetime = '2999-01-01T00:00:00+00:00';
    json.commit_info = { id: 'not-a-commit', branch: 'main' };
    writeFileSync(path.join(dir, 'pytest.json'), JSON.stringify(json));
    const stderr = await refused(['ingest', 'bench', 'pytest.json']);
    expect(stderr).toContain('pytest.json#/commit_info/id: got "not-a-commit", expected a hex commit id such as 4f6c1d2');
    expect(stderr).toContain('pytest.json#/datetime: got 2999-01-01T00:00:00.000Z, which is in the future');
  });

  it('a value of 1.7e308: refused, not stored and printed with 300 digits', async () => {
    writeFileSync(path.join(dir, 'huge.json'), JSON.stringify([{ name: 'parse', unit: 'ms', value: 1.7e308 }]));
    const stderr = await refused(['ingest', 'bench', 'huge.json']);
    expect(stderr).toContain('huge.json#/0/value: "parse": got 1.7e+308 ms, which is not a plausible time (more than 1 day); check the unit');
  });

  it('a range of 1.7e308: refused at /0/range', async () => {
    writeFileSync(path.join(dir, 'range.json'), JSON.stringify([{ name: 'parse', unit: 'ms', value: 3, range: 1.7e308 }]));
    const stderr = await refused(['ingest', 'bench', 'range.json']);
    expect(stderr).toMatch(/range\.json#\/0\/range: "parse": got a spread of 5\.6\d*e\+309% of the value, expected 0 to 10000%|range\.json#\/0\/range: "parse": got a spread of Infinity% of the value, expected 0 to 10000%/);
  });

  it('Google Benchmark iterations of 1.7e308: refused at the row', async () => {
    const json = JSON.parse(GOOGLE) as { benchmarks: { iterations: number }[] };
    json.benchmarks[0]!.iterations = 1.7e308;
    writeFileSync(path.join(dir, 'google.json'), JSON.stringify(json, null, 2));
    const stderr = await refused(['ingest', 'bench', 'google.json']);
    expect(stderr).toMatch(/google\.json#\/benchmarks\/0\/iterations: ".*": got 1\.7e\+308 samples, expected a whole number from 0 to 9007199254740991/);
  });

  it('a percent above 100 and a negative duration: each refused with its pointer', async () => {
    writeFileSync(
      path.join(dir, 'odd.json'),
      JSON.stringify([
        { name: 'error ratio', unit: '%', value: 250 },
        { name: 'latency', unit: 's', value: -1 },
      ]),
    );
    const stderr = await refused(['ingest', 'bench', 'odd.json']);
    expect(stderr).toContain('odd.json#/0/value: "error ratio": got 250 %, which is not a plausible percent (more than 100%); check the unit');
    expect(stderr).toContain('odd.json#/1/value: "latency": got -1 s, expected a value of zero or more: a negative time is not a measurement');
  });
});

describe('ingest bench: large inputs stay linear', () => {
  it('20,000 repeats of one Go benchmark (was 22 s): stored as one series with 20,000 samples', async () => {
    writeFileSync(path.join(dir, 'go.txt'), `pkg: example.com/x\n${'BenchmarkParse-8 1000 2 ns/op\n'.repeat(20_000)}`);
    const run = await portal(['ingest', 'bench', 'go.txt', '--history', 'history', '--date', '2026-11-03'], dir);
    expect(run.code, run.stderr).toBe(0);
    const stored = JSON.parse(readFileSync(path.join(history, 'bench', 'go.json'), 'utf8')) as { runs: { results: { name: string; samples: number }[] }[] };
    expect(stored.runs[0]!.results).toMatchObject([{ name: 'BenchmarkParse', samples: 20_000 }]);
  });
});

describe('ingest coverage: XML, counts', () => {
  const cobertura = (body: string) =>
    `<?xml version="1.0"?>\n${body}<coverage line-rate="1" branch-rate="1" version="1">\n<packages><package name="a"><classes><class name="a" filename="src/a.ts"><lines><line number="1" hits="1"/></lines></class></classes></package></packages>\n</coverage>\n`;

  it('a DOCTYPE with an entity (billion laughs): refused at its line, never expanded', async () => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)];
    writeFileSync(path.join(dir, 'bomb.xml'), cobertura(`<!DOCTYPE coverage [\n${entities.join('\n')}\n]>\n`).replace('name="a"', 'name="&lol9;"'));
    const stderr = await refused(['ingest', 'coverage', 'bomb.xml']);
    expect(stderr).toContain('bomb.xml:2:1: a DOCTYPE with entity declarations, expected none (entities are not expanded: they are how XML bombs work)');
  });

  it('a plain Cobertura DOCTYPE (external DTD, as Istanbul writes) is still accepted', async () => {
    writeFileSync(path.join(dir, 'plain.xml'), cobertura('<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n'));
    const run = await portal(['ingest', 'coverage', 'plain.xml', '--history', 'history', '--suite', 'xml'], dir);
    expect(run.code, run.stderr).toBe(0);
  });

  it('10,000 nested tags: refused at the tag that goes too deep, not a parser stack', async () => {
    writeFileSync(path.join(dir, 'deep.xml'), `<coverage line-rate="1">\n${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}\n</coverage>\n`);
    const stderr = await refused(['ingest', 'coverage', 'deep.xml']);
    expect(stderr).toContain('deep.xml:2:298: elements nested more than 100 levels deep, expected at most 100');
  });

  it('10,000 nested tags without --format detection (given --format cobertura) are refused the same way', async () => {
    writeFileSync(path.join(dir, 'deep.xml'), `${'<x>'.repeat(10_000)}`);
    const stderr = await refused(['ingest', 'coverage', 'deep.xml', '--format', 'cobertura']);
    expect(stderr).toContain('deep.xml:1:301: elements nested more than 100 levels deep, expected at most 100');
  });

  it('Istanbul summary counts of 1.7e308: refused at the pointer', async () => {
    const metric = { total: 1.7e308, covered: 1, skipped: 0, pct: 0 };
    writeFileSync(path.join(dir, 'coverage-summary.json'), JSON.stringify({ total: { lines: metric, statements: metric, functions: metric, branches: metric } }));
    const stderr = await refused(['ingest', 'coverage', 'coverage-summary.json']);
    expect(stderr).toContain('coverage-summary.json#/total/lines/total: got 1.7e+308, expected a whole number of at most 10¹⁵ (a larger count is not a measurement)');
  });

  it('an LCOV hit count of 400 digits: refused at its line', async () => {
    writeFileSync(path.join(dir, 'lcov.info'), `SF:src/a.ts\nDA:1,${'9'.repeat(400)}\nend_of_record\n`);
    const stderr = await refused(['ingest', 'coverage', 'lcov.info']);
    expect(stderr).toContain('lcov.info:2: DA: got "9999999999999999999999999999999999999..." as the hit count, expected a whole number of at most 10¹⁵');
  });

  it('format detection returns on inputs that made its regexes backtrack (400 KB of "<coverage ", 200 KB of blank lines)', async () => {
    writeFileSync(path.join(dir, 'tags.xml'), '<coverage '.repeat(40_000));
    let stderr = await refused(['ingest', 'coverage', 'tags.xml']);
    expect(stderr).toContain('tags.xml: XML, but not a Cobertura <coverage line-rate=…> report');
    writeFileSync(path.join(dir, 'blank.info'), `x${' \n'.repeat(100_000)}`);
    stderr = await refused(['ingest', 'coverage', 'blank.info']);
    expect(stderr).toContain('blank.info: neither JSON, LCOV nor Cobertura XML');
  });

  it('"{" × 10,000 as coverage: exit 2, not a RangeError', async () => {
    writeFileSync(path.join(dir, 'coverage.json'), '{"a":'.repeat(10_000));
    const stderr = await refused(['ingest', 'coverage', 'coverage.json']);
    expect(stderr).toContain('coverage.json:1:501');
    expect(stderr).toContain('nested more than 100 levels deep');
  });
});

describe('ingest: a history store of the wrong shape', () => {
  beforeEach(() => {
    writeFileSync(path.join(dir, 'run.json'), CUSTOM.replace('12.5', '13'));
  });

  it('bench/ is a file', async () => {
    const store = path.join(dir, 'other');
    mkdirSync(store);
    writeFileSync(path.join(store, 'bench'), 'not a directory');
    const run = await portal(['ingest', 'bench', 'run.json', '--history', 'other'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toSatisfy(hasStackTrace);
    expect(run.stderr).toContain('other/bench: is a file, expected a directory of bench suite files (<suite>.json)');
    expect(readFileSync(path.join(store, 'bench'), 'utf8')).toBe('not a directory');
  });

  it('the suite file is a directory', async () => {
    mkdirSync(path.join(history, 'bench', 'run.json'));
    const stderr = await refused(['ingest', 'bench', 'run.json']);
    expect(stderr).toContain('history/bench/run.json: is a directory, expected a bench suite file');
  });

  it('.lock is a plain file: exit 2 at once, no retry loop', async () => {
    writeFileSync(path.join(history, '.lock'), '');
    const stderr = await refused(['ingest', 'bench', 'run.json', '--suite', 'app']);
    expect(stderr).toContain('history/.lock: is a file, expected nothing or the lock directory an ingest makes while it writes; delete the file');
  });

  it('the history directory is a file', async () => {
    writeFileSync(path.join(dir, 'flat'), '');
    const run = await portal(['ingest', 'bench', 'run.json', '--history', 'flat'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('flat: is a file, expected the history directory');
  });

  it('a history file nested 10,000 deep: check bench is exit 2 naming the file and the place', async () => {
    writeFileSync(path.join(history, 'bench', 'app.json'), '['.repeat(10_000));
    const run = await portal(['check', 'bench', '--history', 'history'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toSatisfy(hasStackTrace);
    expect(run.stderr).toContain('history/bench/app.json:1:101 (at /0/0/0/0/0/0/0/0/0');
  });

  it('check bench reads the same store shape checks', async () => {
    writeFileSync(path.join(history, '.lock'), '');
    mkdirSync(path.join(history, 'bench', 'zz.json'));
    const run = await portal(['check', 'bench', '--history', 'history'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toSatisfy(hasStackTrace);
  });
});

describe('ingest: temporary files of a killed ingest', () => {
  it('a stale <suite>.json.<digits> is removed by the next ingest; a fresh one is left for its writer', async () => {
    const benchDir = path.join(history, 'bench');
    const stale = path.join(benchDir, 'app.json.3141592653');
    const fresh = path.join(benchDir, 'app.json.2718281828');
    writeFileSync(stale, '{"half a wri');
    writeFileSync(fresh, '{"being writ');
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(stale, old, old);
    writeFileSync(path.join(dir, 'run.json'), CUSTOM.replace('12.5', '14'));
    const run = await portal(['ingest', 'bench', 'run.json', '--history', 'history', '--suite', 'app', '--date', '2026-11-02'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(readdirSync(benchDir).sort()).toEqual(['app.json', 'app.json.2718281828']);
    const stored = JSON.parse(readFileSync(path.join(benchDir, 'app.json'), 'utf8')) as { runs: unknown[] };
    expect(stored.runs).toHaveLength(2);
  });

  it('concurrent ingests still lose nothing (stale temporary files present)', async () => {
    const stale = path.join(history, 'bench', 'app.json.1111111111');
    writeFileSync(stale, '');
    utimesSync(stale, new Date(Date.now() - 5 * 60_000), new Date(Date.now() - 5 * 60_000));
    const files = Array.from({ length: 6 }, (_, i) => {
      const file = path.join(dir, `run-${i}.json`);
      writeFileSync(file, JSON.stringify([{ name: 'parse', unit: 'ms', value: 20 + i }]));
      return file;
    });
    // The library under the CLI, called concurrently: the six ingests contend for the store lock.
    const outcomes = await Promise.all(
      files.map((file, i) => ingestBenchmarkRun({ file, historyDir: history, suite: 'app', date: `2026-11-${String(10 + i)}` })),
    );
    expect(outcomes.map((outcome) => outcome.outcome.status)).toEqual(['added', 'added', 'added', 'added', 'added', 'added']);
    const stored = JSON.parse(readFileSync(path.join(history, 'bench', 'app.json'), 'utf8')) as { runs: { date: string }[] };
    expect(stored.runs.map((run) => run.date.slice(0, 10))).toEqual([
      '2026-11-01',
      '2026-11-10',
      '2026-11-11',
      '2026-11-12',
      '2026-11-13',
      '2026-11-14',
      '2026-11-15',
    ]);
    expect(readdirSync(path.join(history, 'bench'))).toEqual(['app.json']);
  });
});
