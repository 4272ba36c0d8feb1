import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lintChangelogs } from '../../../src/lib/changelog/index.js';
import { PortalError } from '../../../src/lib/errors.js';
import { gateChangelogBuild } from '../../../src/plugins/changelog/index.js';
import { REPO_ROOT } from '../../helpers/run-portal.js';

const file = path.join(REPO_ROOT, 'test/fixtures/changelog/bad-date.md');
const changelogs = [{ id: 'x', title: 'X', file }];

afterEach(() => vi.unstubAllEnvs());

describe('the changelog plugin follows gates.changelog', () => {
  it('error: fails a production build with exit 1, each finding listed once as file:line:column', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const report = await lintChangelogs({ changelogs, gates: { changelog: 'error' } });
    const logged: string[] = [];
    const error = (() => {
      try {
        gateChangelogBuild(report, (line) => logged.push(line));
        return undefined;
      } catch (thrown) {
        return thrown;
      }
    })() as PortalError;
    expect(error).toBeInstanceOf(PortalError);
    expect(error.exitCode).toBe(1);
    expect(error.message).toBe('2 changelog findings in 1 file (gates.changelog: "error")');
    expect(error.problems.map((problem) => problem.split(' (invalid-date)')[0])).toEqual([
      `${file}:3:14: release 1.2.0 has an invalid date "2026-02-30"; it is published without a date`,
      `${file}:9:14: release 1.1.0 has an invalid date "15.01.2026"; it is published without a date`,
    ]);
    expect(logged).toEqual([]);
  });

  it('warn: prints the findings once and goes on; not at all in the server bundling process', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const report = await lintChangelogs({ changelogs, gates: { changelog: 'warn' } });
    const logged: string[] = [];
    gateChangelogBuild(report, (line) => logged.push(line.replace(/\u001b\[[0-9;]*m/g, '')));
    expect(logged).toHaveLength(3);
    expect(logged[0]).toBe('⚠ 2 changelog findings in 1 file; continuing (gates.changelog: "warn")');
    expect(logged[1]).toMatch(new RegExp(`^  - ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3:14: release 1.2.0 has an invalid date`));

    vi.stubEnv('PORTICO_BUNDLE_SIDE', 'server');
    const again: string[] = [];
    gateChangelogBuild(report, (line) => again.push(line));
    expect(again).toEqual([]);
  });

  it('off: silent', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const report = await lintChangelogs({ changelogs, gates: { changelog: 'off' } });
    const logged: string[] = [];
    gateChangelogBuild(report, (line) => logged.push(line));
    expect(report.findings).toEqual([]);
    expect(logged).toEqual([]);
  });

  it('unusable input stops the build with exit 2 whatever the gate', async () => {
    const report = await lintChangelogs({ changelogs: [{ id: 'e', title: 'E', file: path.join(REPO_ROOT, 'test/fixtures/changelog/empty.md') }], gates: { changelog: 'off' } });
    expect(() => gateChangelogBuild(report, () => {})).toThrow(expect.objectContaining({ exitCode: 2 }));
  });
});
