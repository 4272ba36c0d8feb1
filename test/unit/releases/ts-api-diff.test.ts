import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSnapshotCacheDir, forgetApiSnapshotsInProcess } from '../../../src/lib/releases/index.js';
import { runPortalInProcess } from '../../helpers/run-cli.js';
import { createTsApiRepo, removeTsApiRepo } from './ts-api-fixture-repo.js';

// TypeDoc runs on the fixture SDK at v1.0.0, v1.1.0 and v2.0.0 (and on the broken package at
// v1.0.0), once each for the whole file: later runs read the snapshots taken by earlier ones.
describe('TypeScript API diff of a release (portal release notes / check)', () => {
  let dir: string;
  let config: string;
  const release = (...args: string[]) => runPortalInProcess(['release', ...args, '--config', config], { cwd: dir });
  const typescriptApi = async (version: string, changelog = 'sdk') => {
    const run = await release('notes', version, '--changelog', changelog, '--json');
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout).typescriptApi;
  };

  beforeAll(() => {
    dir = createTsApiRepo();
    config = path.join(dir, 'portal.config.ts');
  });
  afterAll(() => removeTsApiRepo(dir));

  it('1.1.0 adds one function and breaks nothing; reformatting createTask is no change', async () => {
    expect(await typescriptApi('1.1.0')).toEqual({
      available: true,
      notes: [],
      value: [
        {
          packageName: 'task-sdk',
          title: '@example/task-sdk',
          diff: {
            available: true,
            notes: [],
            value: {
              added: [
                {
                  name: 'findTask',
                  kind: 'function',
                  signature: 'function findTask(id: string): Task | undefined',
                  breaking: false,
                  reasons: [],
                  page: '/api/task-sdk/functions/findTask',
                },
              ],
              removed: [],
              changed: [],
              breaking: [],
            },
          },
        },
      ],
    });
  });

  it('2.0.0 removes an export and adds a required parameter, both breaking', async () => {
    const section = await typescriptApi('2.0.0');
    expect(section.value[0].diff.value).toEqual({
      added: [],
      removed: [
        { name: 'deleteTask', kind: 'function', signature: 'function deleteTask(id: string): void', breaking: true, reasons: ['export removed'], page: '/api/task-sdk/functions/deleteTask' },
      ],
      changed: [
        {
          name: 'createTask',
          kind: 'function',
          before: 'function createTask(title: string): Task',
          after: 'function createTask(title: string, owner: string): Task',
          breaking: true,
          reasons: ['new required parameter `owner`'],
          page: '/api/task-sdk/functions/createTask',
        },
      ],
      breaking: [
        { where: 'createTask', description: 'new required parameter `owner`' },
        { where: 'deleteTask', description: 'export removed' },
      ],
    });
  });

  it('portal release notes prints the section as Markdown, after the RFCs and before the HTTP API', async () => {
    const run = await release('notes', '2.0.0');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`### RFCs shipped

None.

### TypeScript API changes

Compared with \`v1.1.0\`.

#### @example/task-sdk

**Breaking changes (2)**

- \`createTask\`: new required parameter \`owner\`
- \`deleteTask\`: export removed

**Removed**

- \`function deleteTask(id: string): void\` (breaking)

**Changed**

- \`createTask\` (breaking)
  - before: \`function createTask(title: string): Task\`
  - after: \`function createTask(title: string, owner: string): Task\`

### HTTP API changes
`);
  });

  it('portal release check passes 1.1.0 and the major 2.0.0, fails the same break shipped as a minor, naming each', async () => {
    const minor = await release('check', '1.1.0');
    expect(minor.stderr).toBe('');
    expect(minor.code).toBe(0);
    expect(minor.stdout).toBe('✔ sdk 1.1.0 (minor bump from 1.0.0): no breaking TypeScript API change\n');
    const major = await release('check', 'v2.0.0');
    expect(major.code, major.stderr).toBe(0);
    expect(major.stdout).toBe('✔ sdk 2.0.0 (major bump from 1.1.0): 2 breaking TypeScript API changes, allowed in a major release\n');
    const breakingMinor = await release('check', '1.2.0', '--changelog', 'sdk-minor');
    expect(breakingMinor.code).toBe(1);
    expect(breakingMinor.stdout).toBe('');
    expect(breakingMinor.stderr).toBe(
      '✖ sdk-minor 1.2.0 has 2 breaking changes but is a minor bump from 1.1.0; breaking changes need a major version\n' +
        '  - task-sdk: createTask: new required parameter `owner`\n' +
        '  - task-sdk: deleteTask: export removed\n',
    );
  });

  it('says why a package was not diffed: missing at the tag, TypeDoc errors, no package named, no previous release', async () => {
    expect(await typescriptApi('1.1.0', 'extras')).toEqual({
      available: true,
      notes: [],
      value: [
        { packageName: 'extra', title: 'extra', diff: { available: false, reason: 'the package extra is missing at v1.0.0: extra/index.ts and extra/tsconfig.json do not exist there' } },
        {
          packageName: 'broken',
          title: 'broken',
          diff: {
            available: false,
            reason:
              'TypeDoc could not read the package broken at v1.0.0: TypeScript reports 1 error in API package "broken" (broken/index.ts:2:14 error TS2322: Type \'string\' is not assignable to type \'number\'.)',
          },
        },
      ],
    });
    // A package that did not exist at the previous release's tag is new: every export is added.
    expect((await typescriptApi('1.1.0', 'extra-new')).value[0].diff).toEqual({
      available: true,
      notes: ['the package extra is missing at extra-v1.0.0: extra/index.ts and extra/tsconfig.json do not exist there: every export is new in 1.1.0'],
      value: {
        added: [{ name: 'extra', kind: 'variable', signature: 'const extra: 1', breaking: false, reasons: [], page: '/api/extra/variables/extra' }],
        removed: [],
        changed: [],
        breaking: [],
      },
    });
    expect(await typescriptApi('1.1.0', 'plain')).toEqual({
      available: false,
      reason: 'the changelog names no API package (changelogs[].apiPackages: one of task-sdk, extra, broken)',
    });
    expect((await typescriptApi('1.0.0')).value[0].diff).toEqual({
      available: false,
      reason: '1.0.0 is the first release of the changelog, so there is no previous release to compare it with',
    });
    // A minor release whose diff could not be computed cannot be passed.
    const check = await release('check', '1.1.0', '--changelog', 'extras');
    expect(check.code).toBe(2);
    expect(check.stderr).toBe(
      '✖ Cannot check extras 1.1.0: the TypeScript API diff could not be computed\n' +
        '  - TypeScript API of extra: the package extra is missing at v1.0.0: extra/index.ts and extra/tsconfig.json do not exist there\n' +
        '  - TypeScript API of broken: TypeDoc could not read the package broken at v1.0.0: TypeScript reports 1 error in API package "broken" (broken/index.ts:2:14 error TS2322: Type \'string\' is not assignable to type \'number\'.)\n',
    );
  });

  it('keeps each snapshot in node_modules/.cache/portico keyed by commit and package, and removes the worktrees', async () => {
    const cache = apiSnapshotCacheDir(dir);
    expect(readdirSync(path.join(cache, 'worktrees'))).toEqual([]);
    expect(execFileSync('git', ['worktree', 'list', '--porcelain'], { cwd: dir, encoding: 'utf8' }).match(/^worktree /gm)).toHaveLength(1);
    // v1.0.0, v1.1.0, v2.0.0 of the SDK; extra at v1.0.0 and v1.1.0 (missing at both) and at the
    // last commit; broken at v1.0.0 (its TypeDoc error). The minor tags share the SDK's commits.
    const files = readdirSync(path.join(cache, 'api-snapshots'));
    expect(files.filter((file) => file.endsWith('.json'))).toHaveLength(7);
    // A rebuild reads the cache instead of running TypeDoc: a snapshot edited on disk shows.
    const v2 = files.map((file) => path.join(cache, 'api-snapshots', file)).find((file) => readFileSync(file, 'utf8').includes('"name":"owner"'))!;
    const text = readFileSync(v2, 'utf8');
    writeFileSync(v2, text.replace('"name":"owner"', '"name":"assignee"'));
    forgetApiSnapshotsInProcess();
    try {
      expect((await typescriptApi('2.0.0')).value[0].diff.value.breaking[0]).toEqual({ where: 'createTask', description: 'new required parameter `assignee`' });
    } finally {
      writeFileSync(v2, text);
      forgetApiSnapshotsInProcess();
    }
  });
});
