import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PortalError } from '../errors.js';

/**
 * Files changed since a git ref, as a pull request sees them: everything that
 * differs between the merge base of `ref` and `HEAD` and the working tree
 * (committed, staged or not), plus untracked files. Deleted files are left out.
 *
 * @param ref - A branch, tag or commit, e.g. `origin/main`.
 * @param cwd - A directory inside the repository.
 * @returns Absolute paths, sorted.
 * @throws {@link PortalError} (exit 2) when `cwd` is not in a git repository or the ref is unknown.
 */
export function listChangedFiles(ref: string, cwd: string): string[] {
  const topLevel = git(['rev-parse', '--show-toplevel'], cwd);
  if (topLevel.status !== 0) {
    throw new PortalError('--changed-since needs a git repository', 2, [`${cwd}: not inside a git work tree (${firstLine(topLevel.stderr)})`]);
  }
  const root = topLevel.stdout.trim();
  if (ref.startsWith('-') || git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root).status !== 0) {
    throw new PortalError(`Unknown git ref ${JSON.stringify(ref)}`, 2, [
      `--changed-since ${ref}: not a branch, tag or commit of ${root} (in CI, fetch it first, e.g. git fetch origin main)`,
    ]);
  }
  // Compare with the merge base, so commits that landed on the target branch after the
  // pull request branched off do not count as changes of the pull request.
  const mergeBase = git(['merge-base', ref, 'HEAD'], root);
  const base = mergeBase.status === 0 ? mergeBase.stdout.trim() : ref;

  const changed = git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', base, '--'], root);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], root);
  for (const run of [changed, untracked]) {
    if (run.status !== 0) throw new PortalError(`git could not list the files changed since ${ref}`, 2, [firstLine(run.stderr)]);
  }
  const names = [...changed.stdout.split('\0'), ...untracked.stdout.split('\0')].filter(Boolean);
  return [...new Set(names.map((name) => path.resolve(root, name)))].sort();
}

function git(args: string[], cwd: string) {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) {
    throw new PortalError('git is not available', 2, [`--changed-since runs git: ${run.error.message}`]);
  }
  return run;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
