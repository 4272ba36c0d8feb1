import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SAMPLE_NOTE, writeSampleHistory } from '../../../scripts/dashboards/sample-history.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const COMMITTED = path.join(REPO_ROOT, 'examples/task-service/history');
/** Suites of real measurements kept in the same store (see its README): never synthetic. */
const REAL_SUITES = [
  'bench/doc-coverage.json',
  'bench/portico-bench-large.json',
  'bench/portico-bench-medium.json',
  'bench/portico-bench-small.json',
  'bench/portico-lighthouse.json',
  'coverage/task-client-sdk-releases.json',
];
/** Suites ingested with `portal ingest` from the sample's release result files, not generated (see its README). */
const RELEASE_SUITES = ['bench/task-service-load-releases.json'];
const isReal = (kind: string, file: string) => REAL_SUITES.includes(`${kind}/${file}`) || RELEASE_SUITES.includes(`${kind}/${file}`);

describe('the seeded sample history', () => {
  it('is exactly what scripts/seed-sample-history.ts generates (rerun it after changing the results or the generator)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-seed-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const written = await writeSampleHistory({ root: REPO_ROOT, historyDir: dir });
    expect(written.map((w) => [w.kind, w.suite, w.runs])).toEqual([
      ['bench', 'task-service-load', 60],
      ['bench', 'task-client-sdk', 60],
      ['coverage', 'task-client-sdk', 60],
    ]);
    for (const kind of ['bench', 'coverage']) {
      expect(readdirSync(path.join(dir, kind)).sort()).toEqual(readdirSync(path.join(COMMITTED, kind)).filter((file) => !isReal(kind, file)).sort());
      for (const file of readdirSync(path.join(dir, kind))) {
        expect(readFileSync(path.join(dir, kind, file), 'utf8'), `${kind}/${file}`).toBe(readFileSync(path.join(COMMITTED, kind, file), 'utf8'));
      }
    }
  });

  it('says it is sample data in every generated file, and ends with the real result files', () => {
    for (const kind of ['bench', 'coverage']) {
      for (const file of readdirSync(path.join(COMMITTED, kind))) {
        const history = JSON.parse(readFileSync(path.join(COMMITTED, kind, file), 'utf8'));
        if (RELEASE_SUITES.includes(`${kind}/${file}`)) {
          // One run per tagged release of the sample, each from its own result file.
          expect(history.runs.map((run: { source: string }) => run.source), `${kind}/${file}`).toEqual(['load-test-2.0.0.json', 'load-test-2.1.0.json', 'load-test-3.0.0.json']);
          continue;
        }
        if (isReal(kind, file)) {
          expect(history.note, `${kind}/${file}`).toBeUndefined();
          expect(history.runs.some((run: { source: string }) => run.source === 'synthetic')).toBe(false);
          continue;
        }
        expect(history.note).toBe(SAMPLE_NOTE);
        expect(history.runs.at(-1).source).not.toBe('synthetic');
        expect(history.runs.slice(0, -1).every((run: { source: string }) => run.source === 'synthetic')).toBe(true);
      }
    }
  });
});
