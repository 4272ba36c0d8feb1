import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * The folders a project's inputs may come from: the directory of its
 * configuration file and each of its `allowedRoots`. Configured paths, OpenAPI
 * `$ref`s and every other input file must lie inside one of them, so a spec or
 * a config change arriving in a pull request cannot make CI read (and the
 * build publish) `/etc/passwd` or a file of another checkout.
 */
export interface ProjectBoundary {
  /** The folders inputs may come from, absolute and with symbolic links resolved; the project root first. */
  readonly roots: readonly string[];
  /**
   * Whether `file` lies inside one of {@link roots}. Decided on the path as
   * written first (nothing outside is touched), then on its real path, so a
   * symbolic link inside the project that points outside counts as outside.
   * A path that does not exist is judged by its nearest existing parent.
   */
  contains(file: string): boolean;
  /** {@link contains}, saying also where a symbolic link led: `realPath` is set when the path as written is inside but its target is not. */
  check(file: string): { inside: true } | { inside: false; realPath?: string };
  /** The roots as a message names them: `/abs/root` or `/abs/root, /abs/shared`. */
  describe(): string;
}

/**
 * The boundary of a project.
 *
 * @param rootDir - The directory of the configuration file.
 * @param allowedRoots - Further folders inputs may come from (absolute, or relative to `rootDir`).
 */
export function createProjectBoundary(rootDir: string, allowedRoots: readonly string[] = []): ProjectBoundary {
  const base = path.resolve(rootDir);
  const written = [base, ...allowedRoots.map((root) => path.resolve(base, root))];
  const roots = [...new Set(written.map(realPathOf))];
  // A path is first compared with the roots as written and as resolved: `/tmp/x` and `/private/tmp/x` are one place on macOS.
  const lexicalRoots = [...new Set([...written, ...roots])];
  const check: ProjectBoundary['check'] = (file) => {
    const absolute = path.resolve(base, file);
    if (!lexicalRoots.some((root) => isWithin(root, absolute))) return { inside: false };
    const real = realPathOf(absolute);
    return roots.some((root) => isWithin(root, real)) ? { inside: true } : { inside: false, realPath: real };
  };
  return {
    roots,
    contains: (file) => check(file).inside,
    check,
    describe: () => roots.join(', '),
  };
}

/** True when `file` is `dir` itself or lies below it. */
export function isWithin(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/** The real path of `file`; for a path that does not exist, the real path of its nearest existing parent joined with the rest. */
function realPathOf(file: string): string {
  const absolute = path.resolve(file);
  try {
    return realpathSync.native(absolute);
  } catch {
    const parent = path.dirname(absolute);
    if (parent === absolute) return absolute;
    return path.join(realPathOf(parent), path.basename(absolute));
  }
}
