import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChangelog } from '../../../src/lib/changelog/index.js';
import { buildReleaseTimeline, comparedTags, computeDeltas, findRelease, loadDeltaHistory } from '../../../src/lib/releases/index.js';
import { runPortalInProcess } from '../../helpers/run-cli.js';
import { createReleaseRepo, removeReleaseRepo } from './fixture-repo.js';

describe('benchmark and coverage deltas between two releases', () => {
  let dir: string;
  let history: string;
  const commitOf = (tag: string) => execFileSync('git', ['rev-parse', `${tag}^{commit}`], { cwd: dir, encoding: 'utf8' }).trim();

  afterAll(() => removeReleaseRepo(dir));

  beforeAll(async () => {
    dir = createReleaseRepo();
    history = path.join(dir, '.portal/history');
    const ingest = async (kind: 'bench' | 'coverage', tag: string, file: string, text: string, extra: string[]) => {
      writeFileSync(path.join(dir, file), text);
      const run = await runPortalInProcess(['ingest', kind, path.join(dir, file), '--history', history, '--commit', commitOf(tag), '--date', tag === 'v1.0.0' ? '2026-01-10' : '2026-02-10', ...extra], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
    };
    const bench = (list: number, get: number) => JSON.stringify([{ name: 'list tasks', unit: 'ns', value: list }, { name: 'get task', unit: 'ns', value: get }, { name: 'create task', unit: 'ns', value: 70 }]);
    await ingest('bench', 'v1.0.0', 'b1.json', bench(100, 50), ['--format', 'customSmallerIsBetter', '--suite', 'api']);
    await ingest('bench', 'v1.1.0', 'b2.json', bench(130, 40), ['--format', 'customSmallerIsBetter', '--suite', 'api']);
    const lcov = (hit: number) => `SF:src/a.ts\n${Array.from({ length: 10 }, (_, i) => `DA:${i + 1},${i < hit ? 1 : 0}`).join('\n')}\nLF:10\nLH:${hit}\nend_of_record\n`;
    await ingest('coverage', 'v1.0.0', 'c1.info', lcov(8), ['--format', 'lcov', '--suite', 'unit']);
    await ingest('coverage', 'v1.1.0', 'c2.info', lcov(9), ['--format', 'lcov', '--suite', 'unit']);
  });

  it('lists regressed, improved and unchanged series and coverage before/after for 1.1.0', async () => {
    const timeline = await buildReleaseTimeline(await loadChangelog(path.join(dir, 'CHANGELOG.md')), { id: 'task-service', title: 'Task Service' });
    const tags = comparedTags(timeline, findRelease(timeline, '1.1.0')!);
    if ('reason' in tags) throw new Error(tags.reason);
    const loaded = loadDeltaHistory(history);
    if ('reason' in loaded) throw new Error(loaded.reason);
    const deltas = computeDeltas(loaded, tags.from, tags.to, { benchRegression: 10, benchRegressionOverrides: [{ series: 'get*', threshold: 25 }] });
    expect(deltas.benchmarks).toEqual({
      available: true,
      notes: [],
      value: [
        { suite: 'api', series: 'list tasks', unit: 'ns', before: 100, after: 130, display: { before: '100 ns', after: '130 ns' }, worsePercent: 30, threshold: 10, verdict: 'regressed' },
        { suite: 'api', series: 'get task', unit: 'ns', before: 50, after: 40, display: { before: '50 ns', after: '40 ns' }, worsePercent: -20, threshold: 25, verdict: 'unchanged' },
        { suite: 'api', series: 'create task', unit: 'ns', before: 70, after: 70, display: { before: '70 ns', after: '70 ns' }, worsePercent: 0, threshold: 10, verdict: 'unchanged' },
      ],
    });
    expect(deltas.coverage).toEqual({ available: true, notes: [], value: [{ suite: 'unit', metric: 'lines', before: 80, after: 90 }] });
    expect(deltas.docCoverage).toEqual({ available: false, reason: 'the history store has no doc-coverage runs (suite doc-coverage)' });

    const older = comparedTags(timeline, findRelease(timeline, '2.0.0')!);
    if ('reason' in older) throw new Error(older.reason);
    const v2 = computeDeltas(loaded, older.from, older.to, { benchRegression: 10 });
    expect(v2.benchmarks).toEqual({
      available: false,
      reason: `no benchmark run is recorded for both v1.1.0 (${commitOf('v1.1.0').slice(0, 7)}) and v2.0.0 (${commitOf('v2.0.0').slice(0, 7)}) (suite api: no run recorded for v2.0.0 (${commitOf('v2.0.0').slice(0, 7)}))`,
    });
  });
});
