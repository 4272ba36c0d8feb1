import { execFile } from 'node:child_process';

/** Why git could not answer, in words for a page or a message. */
export class GitUnavailable extends Error {}

/**
 * Runs git with `args` in `cwd` (execFile, never a shell) and returns its
 * standard output. Rejects with {@link GitUnavailable} when git is missing,
 * with the command's first stderr line otherwise.
 */
export function runGit(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      if ((error as { code?: unknown }).code === 'ENOENT') return reject(new GitUnavailable('git is not installed'));
      reject(new Error((stderr || error.message).trim().split('\n')[0] ?? 'git failed'));
    });
  });
}

/** The tag names of the repository at `gitRoot` (`git tag --list`). */
export async function listTags(gitRoot: string): Promise<Set<string>> {
  const out = await runGit(['tag', '--list'], gitRoot);
  return new Set(out.split('\n').map((line) => line.trim()).filter(Boolean));
}

/** The commit a tag points at (annotated tags peeled) and that commit's date (ISO, committer). */
export async function tagCommit(gitRoot: string, tag: string): Promise<{ commit: string; date: string }> {
  const out = await runGit(['log', '-1', '--format=%H %cI', `refs/tags/${tag}^{commit}`, '--'], gitRoot);
  const [commit = '', date = ''] = out.trim().split(' ');
  return { commit, date };
}

/**
 * The text of `file` (path from the repository root, `/` separators) as
 * committed at `tag` (`git show refs/tags/<tag>:<file>`), or undefined when the
 * file does not exist at that tag.
 */
export async function showFileAtTag(gitRoot: string, tag: string, file: string): Promise<string | undefined> {
  try {
    return await runGit(['show', `refs/tags/${tag}:${file}`], gitRoot);
  } catch (error) {
    if (error instanceof GitUnavailable) throw error;
    if (/does not exist|exists on disk, but not in|path .* does not exist/i.test((error as Error).message)) return undefined;
    throw error;
  }
}
