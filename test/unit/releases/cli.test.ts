import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPortalInProcess } from '../../helpers/run-cli.js';
import { createReleaseRepo, removeReleaseRepo } from './fixture-repo.js';

describe('portal release', () => {
  let dir: string;
  let config: string;
  const release = (...args: string[]) => runPortalInProcess(['release', ...args, '--config', config], { cwd: dir });

  afterAll(() => removeReleaseRepo(dir));

  beforeAll(() => {
    dir = createReleaseRepo();
    config = path.join(dir, 'portal.config.ts');
  });

  it('check fails on a breaking change in a minor release, naming each', async () => {
    const run = await release('check', '1.1.0');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      '✖ task-service 1.1.0 has 1 breaking change but is a minor bump from 1.0.0; breaking changes need a major version\n' +
        '  - tasks: GET /tasks: [Added] required query parameter `owner`\n',
    );
  });

  it('check passes on breaking changes in a major release', async () => {
    const run = await release('check', 'v2.0.0');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('✔ task-service 2.0.0 (major bump from 1.1.0): 2 breaking HTTP API changes, allowed in a major release\n');
  });

  it('check exits 2 when the diff cannot be computed or the version does not exist; passes the first release', async () => {
    const untagged = await release('check', '2.1.0');
    expect(untagged.code).toBe(2);
    expect(untagged.stderr).toBe(
      '✖ Cannot check task-service 2.1.0: the HTTP API diff could not be computed\n' +
        '  - HTTP API of tasks: 2.1.0 has no tag: no git tag "v{version}" or "{version}" or "task-service@{version}" for 2.1.0\n',
    );
    const unknown = await release('check', '3.0.0');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(`✖ No release 3.0.0 in the changelog task-service\n  - ${path.join(dir, 'CHANGELOG.md')}: has no release "3.0.0"; its newest: 2.1.0, 2.0.0, 1.1.0, 1.0.0\n`);
    const otherLog = await release('check', '1.0.0', '--changelog', 'sdk');
    expect(otherLog.code).toBe(2);
    expect(otherLog.stderr).toContain('--changelog: got "sdk", expected one of task-service');
    const first = await release('check', '1.0.0');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('✔ task-service 1.0.0 is the first release: nothing to compare it with\n');
  });

  it('notes prints Markdown for a GitHub release body', async () => {
    const run = await release('notes', '1.1.0');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`## Task Service 1.1.0 (2026-02-10)

### Added

- Create tasks with \`POST /tasks\`.

### Changed

- Listing tasks needs an \`owner\`.

### RFCs shipped

None.

### TypeScript API changes

Compared with \`v1.0.0\`.

Not computed: no TypeScript API package is configured (api.packages).

### HTTP API changes

Compared with \`v1.0.0\`.

#### tasks (\`openapi/tasks.yaml\`)

**Breaking changes (1)**

- \`GET /tasks\`: \\[Added\\] required query parameter \`owner\`

**Added**

- \`POST /tasks\` (\`createTask\`)

**Changed**

- \`GET /tasks\`
  - \\[Added\\] required query parameter \`owner\` (breaking)

### Performance and coverage

Benchmarks: not computed: the history store has no benchmark runs.

Coverage: not computed: the history store has no coverage runs.

Doc coverage: not computed: the history store has no doc-coverage runs (suite doc-coverage).
`);
  });

  it('notes --json prints the report, and explains the first release', async () => {
    const run = await release('notes', '1.0.0', '--json');
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    const commit = execFileSync('git', ['rev-parse', 'v1.0.0^{commit}'], { cwd: dir, encoding: 'utf8' }).trim();
    expect(report.entry).toEqual({
      changelogId: 'task-service',
      version: '1.0.0',
      slug: '1.0.0',
      date: '2026-01-10',
      prerelease: false,
      yanked: false,
      summary: 'First release of the Task Service.',
      tag: { name: 'v1.0.0', commit, date: '2026-01-01T00:00:00+00:00' },
    });
    const reason = '1.0.0 is the first release of the changelog, so there is no previous release to compare it with';
    expect(report.compared).toEqual({ reason });
    expect(report.httpApi).toEqual({ available: true, notes: [], value: [{ specId: 'tasks', file: 'openapi/tasks.yaml', diff: { available: false, reason } }] });
    expect(report.deltas.benchmarks).toEqual({ available: false, reason });
    expect(report.breakingCount).toBe(0);
  });
});
