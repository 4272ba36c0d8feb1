import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

const rootsByDirectory = new Map<string, string | null>();

/**
 * The top-level directory of the git checkout holding `fileOrDir`
 * (`git rev-parse --show-toplevel`), or undefined outside a checkout, in a
 * copy without `.git`, or without git installed. Git runs once per distinct
 * directory; the answer is cached for the life of the process.
 */
export function gitRootOf(fileOrDir: string): string | undefined {
  const dir = existingDirectory(path.resolve(fileOrDir));
  if (!dir) return undefined;
  if (!rootsByDirectory.has(dir)) {
    const result = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
    const top = result.status === 0 ? result.stdout.trim() : '';
    rootsByDirectory.set(dir, top ? canonicalPath(top) : null);
  }
  return rootsByDirectory.get(dir) ?? undefined;
}

/**
 * The path of `file` relative to `root` with `/` separators, or undefined
 * when it is not inside `root`. Symbolic links are resolved on both sides
 * (git prints real paths; TypeScript may not).
 */
export function pathInside(root: string, file: string): string | undefined {
  const relative = path.relative(canonicalPath(root), canonicalPath(file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/** The real path when the file exists, else the resolved path. */
export function canonicalPath(file: string): string {
  const resolved = path.resolve(file);
  try {
    return realpathSync(resolved);
  } catch {
    return resolved;
  }
}

function existingDirectory(file: string): string | undefined {
  for (let current = file; ; current = path.dirname(current)) {
    if (existsSync(current)) return statSync(current).isDirectory() ? current : path.dirname(current);
    if (path.dirname(current) === current) return undefined;
  }
}
