import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchResult } from '../../src/lib/bench/index.js';
import { runIdentity, serializeHistory, type BenchRun } from '../../src/lib/history/index.js';

/** A series value for {@link benchRun}: a time in ms unless `unit` says otherwise. */
export interface ValueSpec {
  name: string;
  value: number;
  unit?: 'ns' | 'ops/s';
  spread?: number;
}

/** A stored benchmark run built from a few values, with a real run id. */
export function benchRun(suite: string, date: string, commit: string, values: readonly ValueSpec[]): BenchRun {
  const results: BenchResult[] = values.map((v) => ({
    name: v.name,
    value: v.unit ? v.value : v.value * 1e6,
    unit: v.unit ?? 'ns',
    dimension: v.unit === 'ops/s' ? 'rate' : 'time',
    direction: v.unit === 'ops/s' ? 'bigger' : 'smaller',
    ...(v.spread !== undefined ? { spread: { kind: 'rme', percent: v.spread } } : {}),
  }));
  return {
    id: runIdentity({ kind: 'bench', suite, commit, explicitDate: date, content: results }),
    date,
    commit,
    format: 'customSmallerIsBetter',
    results,
  };
}

/** Writes `<dir>/bench/<suite>.json` with the given runs. */
export function writeBenchHistory(dir: string, suite: string, runs: readonly BenchRun[], note?: string): string {
  const file = path.join(dir, 'bench', `${suite}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, serializeHistory({ kind: 'bench', suite, note, runs }));
  return file;
}

/** A fake 40-digit commit id from a number, so fixtures read like git history. */
export function fakeCommit(n: number): string {
  return (n * 2654435761 % 0xffffffff).toString(16).padStart(8, '0').repeat(5);
}
