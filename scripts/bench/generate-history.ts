import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HISTORY_SCHEMA_VERSION, runIdentity, serializeHistory, type BenchHistoryFile, type BenchRun } from '../../src/lib/history/index.js';

/** Series of a generated suite: a CI job's typical mix of latencies and one throughput. */
const SERIES = [
  { name: 'GET /tasks p95', unit: 'ns', base: 42e6, direction: 'smaller' },
  { name: 'POST /tasks p95', unit: 'ns', base: 61e6, direction: 'smaller' },
  { name: 'GET /tasks/{id} p95', unit: 'ns', base: 18e6, direction: 'smaller' },
  { name: 'search p95', unit: 'ns', base: 120e6, direction: 'smaller' },
  { name: 'tasks created', unit: 'ops/s', base: 1800, direction: 'bigger' },
] as const;

/**
 * A benchmark history of `runs` daily runs of five series with noise, a
 * spread, and a lasting 20% step in one series two thirds of the way, in the
 * store's own format (the same the ingest writes). Written directly rather
 * than through `portal ingest` so a 10,000-run store takes a second to make.
 */
export function generateBenchHistory(runs: number, suite = 'bench-load', seed = 7): BenchHistoryFile {
  let state = seed >>> 0;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  // Daily runs ending before 2026: in the past whatever the size, so later ingests (dated now) come after them.
  const end = Date.UTC(2026, 0, 1);
  const stored: BenchRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    const commit = Array.from({ length: 40 }, () => Math.floor(random() * 16).toString(16)).join('');
    const results = SERIES.map((series, s) => {
      const step = s === 0 && i >= (runs * 2) / 3 ? 1.2 : 1;
      const value = series.base * step * (1 + (random() - 0.5) * 0.04);
      return {
        name: series.name,
        value: series.unit === 'ns' ? Math.round(value) : Math.round(value * 10) / 10,
        unit: series.unit,
        dimension: series.unit === 'ns' ? ('time' as const) : ('rate' as const),
        direction: series.direction,
        spread: { kind: 'rme' as const, percent: 1.5 },
      };
    });
    const date = new Date(end - (runs - i) * 86_400_000).toISOString();
    stored.push({ id: runIdentity({ kind: 'bench', suite, commit, explicitDate: date, content: results }), date, commit, branch: 'main', format: 'customSmallerIsBetter', results });
  }
  return { schemaVersion: HISTORY_SCHEMA_VERSION, kind: 'bench', suite, runs: stored };
}

/** Writes the history as `<historyDir>/bench/<suite>.json`; returns the file. */
export function writeBenchHistory(historyDir: string, history: BenchHistoryFile): string {
  const file = path.join(historyDir, 'bench', `${history.suite}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, serializeHistory(history));
  return file;
}
