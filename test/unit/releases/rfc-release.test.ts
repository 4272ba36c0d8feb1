import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRfcRelease } from '../../../src/lib/rfcs/lint.js';
import { runPortalInProcess } from '../../helpers/run-cli.js';
import { createReleaseRepo, removeReleaseRepo } from './fixture-repo.js';

const SECTIONS = ['Summary', 'Motivation', 'Detailed design', 'Drawbacks', 'Alternatives', 'Unresolved questions'].map((title) => `## ${title}\n\nText.\n`).join('\n');

function rfc(number: number, title: string, release: string): string {
  return `---
rfc: ${number}
title: ${title}
status: implemented
authors: [Ada]
created: 2026-01-05
discussion: https://github.com/example/tasks/discussions/${number}
tracking-issue: https://github.com/example/tasks/issues/${number}
release: ${release}
---

${SECTIONS}`;
}

describe('RFC front matter `release`', () => {
  let dir: string;
  afterAll(() => removeReleaseRepo(dir));

  beforeAll(() => {
    dir = createReleaseRepo();
    mkdirSync(path.join(dir, 'rfcs'));
    writeFileSync(path.join(dir, 'rfcs/0001-create-tasks.md'), rfc(1, 'Create tasks', '1.1.0'));
    writeFileSync(path.join(dir, 'rfcs/0002-bulk-delete.md'), rfc(2, 'Bulk delete', '1.5.0'));
    writeFileSync(path.join(dir, 'rfcs/0003-owners.md'), rfc(3, 'Owners', 'sdk@1.1.0'));
  });

  it('portal lint rfcs checks it against the changelog versions, at the line of the key', async () => {
    const run = await runPortalInProcess(['lint', 'rfcs', '--config', path.join(dir, 'portal.config.ts')], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toBe(
      [
        'rfcs/0002-bulk-delete.md:9: release "1.5.0" is not a version of the changelog task-service (its newest: 2.1.0, 2.0.0, 1.1.0, 1.0.0) (release)',
        'rfcs/0003-owners.md:9: release "sdk@1.1.0" names the changelog "sdk", which is not configured (changelogs: task-service) (release)',
        '',
      ].join('\n'),
    );
  });

  it('the release page and portal release notes list the RFCs that name the release', async () => {
    const notes = await runPortalInProcess(['release', 'notes', '1.1.0', '--config', path.join(dir, 'portal.config.ts')], { cwd: dir });
    expect(notes.code, notes.stderr).toBe(0);
    expect(notes.stdout).toContain('### RFCs shipped\n\n- RFC 1: Create tasks\n\n### TypeScript API changes');
    const json = await runPortalInProcess(['release', 'notes', '2.0.0', '--json', '--config', path.join(dir, 'portal.config.ts')], { cwd: dir });
    expect(JSON.parse(json.stdout).rfcs).toEqual([]);
  });

  it('resolves a release against several changelogs', () => {
    const logs = [
      { id: 'task-service', versions: ['1.1.0'] },
      { id: 'sdk', versions: ['0.3.0'] },
    ];
    expect(resolveRfcRelease('sdk@0.3.0', logs)).toEqual({ changelog: 'sdk', version: '0.3.0' });
    expect(resolveRfcRelease('task-service@v1.1.0', logs)).toEqual({ changelog: 'task-service', version: '1.1.0' });
    expect(resolveRfcRelease('1.1.0', logs)).toEqual({
      problem: 'release "1.1.0" does not say which changelog it belongs to: write <changelog id>@1.1.0 with one of task-service, sdk',
    });
    expect(resolveRfcRelease('1.1.0', [])).toEqual({ problem: 'release "1.1.0" needs a changelog, but portal.config.ts has none (add one to changelogs)' });
  });
});
