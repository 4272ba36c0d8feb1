import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_FORMATS } from '../../../src/lib/bench/index.js';
import { COVERAGE_FORMATS } from '../../../src/lib/coverage/index.js';
import { hasStackTrace, hashTree, portal, scratch } from './cli.js';

/**
 * A sweep of malformed inputs through every command that reads a user file
 * (issue 22 measured 217 such inputs): none may end in exit 70 or print a
 * stack trace, and none may change the history store.
 */

const GARBAGE: Record<string, string | Buffer> = {
  'nul-bytes': Buffer.from([0x7b, 0x00, 0x00, 0x22, 0x61, 0x00]),
  'invalid-utf8': Buffer.from([0xff, 0xfe, 0xfd, 0x5b, 0x31, 0x5d, 0xc3, 0x28]),
  'only-bom': '\uFEFF',
  'json-null': 'null',
  'json-number': '1e999',
  'json-string': '"x"',
  'json-proto': '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}',
  'array-of-nulls': '[null, null]',
  'array-of-strings': '["a", "b"]',
  'deep-array': '['.repeat(5_000) + ']'.repeat(5_000),
  'deep-object-truncated': '{"a":'.repeat(5_000),
  'long-line': 'x'.repeat(100_000),
  'many-lines': 'a\n'.repeat(20_000),
  'xml-doctype-entity': '<?xml version="1.0"?><!DOCTYPE coverage [<!ENTITY a "b">]><coverage line-rate="1">&a;</coverage>',
  'xml-deep': `<coverage line-rate="1">${'<p>'.repeat(5_000)}`,
  'xml-unclosed-attr': '<coverage line-rate="1><packages>',
  'lcov-huge-number': `SF:a\nDA:${'9'.repeat(500)},1\nend_of_record\n`,
  'lcov-negative': 'SF:a\nDA:1,-1\nend_of_record\n',
  'go-huge': `BenchmarkX-8 1 ${'9'.repeat(400)} ns/op\n`,
  'benchmarkjs-huge': `x x ${'9'.repeat(400)} ops/sec ±1.00% (90 runs sampled)\n`,
  'hyperfine-shape': '{"results": [{"command": "x", "mean": 1e308, "stddev": 1e308, "times": [1e308]}]}',
  'vitest-shape': '{"files": [{"groups": [{"benchmarks": [{"name": "x", "hz": 1e308, "mean": 1e308, "rme": 1e308, "sampleCount": 1e308}]}]}]}',
  'custom-infinite-range': '[{"name": "x", "unit": "ms", "value": 1, "range": "± 1e400"}]',
  'google-bad-types': '{"context": {"date": 5}, "benchmarks": [{"name": 1, "real_time": "x"}]}',
  'pytest-bad-date': '{"datetime": "yesterday", "benchmarks": [{"fullname": "x", "stats": {"mean": 1, "stddev": 0, "rounds": 1}}]}',
  'summary-floats': '{"total": {"lines": {"total": 1.5, "covered": 0.5, "pct": 33}}}',
};

let dir: string;
let history: string;

beforeAll(async () => {
  dir = scratch();
  history = path.join(dir, 'history');
  writeFileSync(path.join(dir, 'seed.json'), JSON.stringify([{ name: 'x', unit: 'ms', value: 1 }]));
  expect((await portal(['ingest', 'bench', 'seed.json', '--history', 'history', '--date', '2026-11-01'], dir)).code).toBe(0);
  for (const [name, content] of Object.entries(GARBAGE)) writeFileSync(path.join(dir, name), content);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest sweep: exit 2 or a stored run, never a crash', () => {
  const cases: [string, string, string | undefined][] = [];
  for (const name of Object.keys(GARBAGE)) {
    cases.push(['bench', name, undefined]);
    cases.push(['coverage', name, undefined]);
    for (const format of BENCH_FORMATS) cases.push(['bench', name, format]);
    for (const format of COVERAGE_FORMATS) cases.push(['coverage', name, format]);
  }

  it(`${cases.length} ingests of malformed files`, async () => {
    const before = hashTree(history);
    const crashes: string[] = [];
    for (const [kind, name, format] of cases) {
      const run = await portal(['ingest', kind, name, '--history', 'history', ...(format ? ['--format', format] : [])], dir);
      if (run.code !== 2 || hasStackTrace(run.stderr)) crashes.push(`ingest ${kind} ${name} ${format ?? ''}: exit ${run.code}\n${run.stderr.slice(0, 400)}`);
    }
    expect(crashes).toEqual([]);
    expect(hashTree(history)).toBe(before);
  }, 300_000);
});

describe('source sweep: lint and check commands', () => {
  it('changelogs, RFCs, rule files and specs of garbage: exit 1 or 2, never a crash', async () => {
    const crashes: string[] = [];
    mkdirSync(path.join(dir, 'runbooks'), { recursive: true });
    for (const name of Object.keys(GARBAGE)) {
      const rfcs = path.join(dir, `rfcs-${name}`);
      mkdirSync(rfcs, { recursive: true });
      writeFileSync(path.join(rfcs, '0001-x.md'), GARBAGE[name]!);
      const runs = [
        ['lint', 'changelog', name],
        ['lint', 'rfcs', '--dir', `rfcs-${name}`],
        ['check', 'runbooks', '--rules', name, '--runbooks', 'runbooks'],
        ['openapi', 'lint', name],
      ];
      for (const args of runs) {
        const run = await portal(args, dir);
        if (![1, 2].includes(run.code) || hasStackTrace(run.stderr)) crashes.push(`${args.join(' ')}: exit ${run.code}\n${run.stderr.slice(0, 400)}`);
      }
    }
    expect(crashes).toEqual([]);
  }, 300_000);
});
