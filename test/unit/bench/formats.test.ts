import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBenchFile, type BenchFormat } from '../../../src/lib/bench/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const fixture = (name: string) => path.join(REPO_ROOT, 'test/fixtures/bench', name);

/** Name → [value in canonical unit, unit, direction, spread percent] of a parsed file. */
function summary(file: string, format?: BenchFormat) {
  const reading = readBenchFile(file, format);
  return {
    format: reading.format,
    detected: reading.detection?.format,
    results: Object.fromEntries(reading.results.map((r) => [r.name, [r.value, r.unit, r.direction, r.spread?.kind, r.spread?.percent, r.samples]])),
  };
}

describe('benchmark formats, each read from real tool output', () => {
  it('reads Benchmark.js console output: ops/sec, bigger is better, rme as spread', () => {
    expect(summary(fixture('benchmarkjs/output.txt'))).toEqual({
      format: 'benchmarkjs',
      detected: 'benchmarkjs',
      results: {
        'Array#join': [26713, 'ops/s', 'bigger', 'rme', 12.73, 47],
        'String concat in a loop': [27926, 'ops/s', 'bigger', 'rme', 10.9, 60],
        'JSON.stringify of 1k strings': [14803, 'ops/s', 'bigger', 'rme', 8.87, 45],
      },
    });
  });

  it('reads vitest bench --outputJson: mean in ms becomes ns, rme as spread, group > name as series', () => {
    const { format, results } = summary(fixture('vitest/output.json'));
    expect(format).toBe('vitest');
    expect(Object.keys(results)).toHaveLength(8);
    expect(results['bench/client.bench.ts > request pipeline (stub fetch) > getTask']).toEqual([114445.000687, 'ns', 'smaller', 'rme', 18.83, 4369]);
    expect(results['bench/client.bench.ts > URL building > no query']).toEqual([669.291438828, 'ns', 'smaller', 'rme', 6.347, 747059]);
  });

  it('reads hyperfine --export-json: seconds become ns, stddev as spread, command names as series', () => {
    expect(summary(fixture('hyperfine/output.json'))).toEqual({
      format: 'hyperfine',
      detected: 'hyperfine',
      results: {
        'node startup': [123380832.36, 'ns', 'smaller', 'stddev', 18.03, 10],
        'portal --help': [1685961252.76, 'ns', 'smaller', 'stddev', 35.43, 10],
      },
    });
  });

  it('reads Google Benchmark JSON: real_time in its time_unit (ns and us)', () => {
    expect(summary(fixture('google-benchmark/output.json'))).toEqual({
      format: 'googlecpp',
      detected: 'googlecpp',
      results: {
        'BM_SortVector/1024': [10251.6679783, 'ns', 'smaller', undefined, undefined, 12707],
        'BM_SortVector/65536': [5439480.7778, 'ns', 'smaller', undefined, undefined, 18],
        BM_StringAppend: [1031.03093237, 'ns', 'smaller', undefined, undefined, 86285],
      },
    });
  });

  it('reads Google Benchmark repetitions as the mean aggregate with the stddev aggregate as spread', () => {
    expect(summary(fixture('google-benchmark/repetitions.json')).results).toEqual({
      'BM_SortVector/1024': [14750.2442097, 'ns', 'smaller', 'stddev', 18.23, 3],
    });
  });

  it('reads the Google Benchmark context date as the run date', () => {
    expect(readBenchFile(fixture('google-benchmark/output.json')).meta).toEqual({ date: '2026-11-22T00:52:22.000Z' });
  });

  it('reads go test -bench output: ns/op, the shared -2 GOMAXPROCS suffix dropped', () => {
    expect(summary(fixture('go/output.txt'))).toEqual({
      format: 'go',
      detected: 'go',
      results: {
        BenchmarkFormat: [167.3, 'ns', 'smaller', undefined, undefined, 20000],
        BenchmarkParse: [13.97, 'ns', 'smaller', undefined, undefined, 20000],
        'BenchmarkJoin/n=10': [197, 'ns', 'smaller', undefined, undefined, 20000],
        'BenchmarkJoin/n=1000': [16729, 'ns', 'smaller', undefined, undefined, 20000],
      },
    });
  });

  it('averages go -count repetitions, with their standard deviation as spread', () => {
    // (19.40 + 21.87 + 23.85) / 3 = 21.7067; sample stddev 2.2294 = 10.27% of the mean
    expect(summary(fixture('go/count3.txt')).results).toEqual({ BenchmarkParse: [21.7066666667, 'ns', 'smaller', 'stddev', 10.27, 3] });
  });

  it('reads pytest-benchmark JSON (hand-written from its schema), with commit, branch and date', () => {
    const reading = readBenchFile(fixture('pytest-benchmark/output.json'));
    expect(reading.format).toBe('pytest');
    expect(reading.meta).toEqual({ date: '2026-11-20T14:05:42.118Z', commit: '4f6c1d2e8a9b0c3d5e7f1a2b4c6d8e0f1a3b5c7d', branch: 'main' });
    expect(summary(fixture('pytest-benchmark/output.json')).results['tests/test_ids.py::test_parse_task_id']).toEqual([229.804532365, 'ns', 'smaller', 'stddev', 36.35, 190513]);
  });

  it('reads github-action-benchmark custom JSON, converting ms, s and KiB and parsing "± x" and numeric ranges', () => {
    expect(summary(fixture('github-action-benchmark/smaller-is-better.json'))).toEqual({
      format: 'customSmallerIsBetter',
      detected: 'customSmallerIsBetter',
      results: {
        'GET /tasks p95 latency': [84700000, 'ns', 'smaller', 'range', 6.139, undefined],
        'cold start': [1250000000, 'ns', 'smaller', 'range', 4, undefined],
        'bundle size': [186880, 'B', 'smaller', undefined, undefined, undefined],
        '5xx error ratio': [0.02, '%', 'smaller', undefined, undefined, undefined],
      },
    });
  });

  it('detects customBiggerIsBetter when every unit is a rate, and keeps a "±2.1%" range as a percentage', () => {
    expect(summary(fixture('github-action-benchmark/bigger-is-better.json'))).toEqual({
      format: 'customBiggerIsBetter',
      detected: 'customBiggerIsBetter',
      results: {
        'task creations per second': [1843.2, 'ops/s', 'bigger', 'range', 2.1, undefined],
        'events streamed per second': [9120, 'ops/s', 'bigger', undefined, undefined, undefined],
      },
    });
  });

  it('lets --format override the direction of a custom file', () => {
    const { format, results } = summary(fixture('github-action-benchmark/smaller-is-better.json'), 'customBiggerIsBetter');
    expect(format).toBe('customBiggerIsBetter');
    expect(results['cold start']![2]).toBe('bigger');
  });

  it('reads the sample project result files', () => {
    expect(readBenchFile(path.join(REPO_ROOT, 'examples/task-service/results/bench/github-action-benchmark.json')).results).toHaveLength(7);
    expect(readBenchFile(path.join(REPO_ROOT, 'examples/task-service/results/bench/vitest-bench.json')).results).toHaveLength(8);
  });
});
