import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listChangedFiles } from '../../../src/lib/api-coverage/index.js';

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' } });
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
};

beforeAll(() => {
  repo = realpathSync(mkdtempSync(path.join(tmpdir(), 'portal-changed-')));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  write('src/a.ts', 'export const a = 1;\n');
  write('src/b.ts', 'export const b = 1;\n');
  write('src/gone.ts', 'export const gone = 1;\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  write('src/a.ts', 'export const a = 2;\n');
  git('commit', '-qam', 'change a');
  git('rm', '-q', 'src/gone.ts');
  git('commit', '-qm', 'remove gone');
  // After the branch point, main moves on: its changes are not the pull request's.
  git('checkout', '-q', 'main');
  write('src/b.ts', 'export const b = 2;\n');
  git('commit', '-qam', 'main moves on');
  git('checkout', '-q', 'feature');
  write('src/new.ts', 'export const n = 1;\n'); // untracked
  write('src/staged.ts', 'export const s = 1;\n');
  git('add', 'src/staged.ts');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('listChangedFiles', () => {
  it('lists committed, staged and untracked changes since the merge base, without deleted files', () => {
    expect(listChangedFiles('main', repo)).toEqual(['src/a.ts', 'src/new.ts', 'src/staged.ts'].map((file) => path.join(repo, file)));
  });

  it('works from a subdirectory and with a commit id', () => {
    const base = git('rev-parse', 'main~1').trim();
    expect(listChangedFiles(base, path.join(repo, 'src'))).toEqual(['src/a.ts', 'src/new.ts', 'src/staged.ts'].map((file) => path.join(repo, file)));
  });

  it('fails with exit 2 on an unknown ref or outside a repository', () => {
    expect(() => listChangedFiles('no-such-branch', repo)).toThrow(expect.objectContaining({ exitCode: 2, message: 'Unknown git ref "no-such-branch"' }));
    expect(() => listChangedFiles('--output=x', repo)).toThrow(expect.objectContaining({ exitCode: 2 }));
    const outside = mkdtempSync(path.join(tmpdir(), 'portal-nogit-'));
    try {
      expect(() => listChangedFiles('main', outside)).toThrow(expect.objectContaining({ exitCode: 2, message: '--changed-since needs a git repository' }));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
