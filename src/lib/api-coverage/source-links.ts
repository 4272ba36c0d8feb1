import { existsSync } from 'node:fs';
import path from 'node:path';
import { DeclarationReflection, SignatureReflection, type ProjectReflection } from 'typedoc';
import { gitRootOf, pathInside } from '../git/root.js';
import { repositoryFileUrl, type RepositoryLocation } from '../git/urls.js';

/**
 * A package's own source-link settings (`api.packages[].sourceLinks`), paths
 * absolute: each field replaces what Portico works out by itself.
 */
export interface SourceLinkOverride {
  /** Repository the package's sources live in, when not `site.repository`. */
  repository?: string;
  /** Branch, tag or commit, when not `site.branch`. */
  branch?: string;
  /** The directory that is the root of that repository (relative to `rootDir` or absolute), when git cannot tell (a copy without `.git`). */
  root?: string;
}

/** Where a package's "Defined in" paths start and where they link. */
export interface SourceLinks {
  /** The repository root on this machine: shown paths are relative to it. */
  root: string;
  /** The repository and branch links point at; undefined when the package has no source links. */
  location?: RepositoryLocation;
}

/**
 * The source links of a package: paths from the root of the git checkout
 * holding the package (its tsconfig's directory), linked to `site.repository`
 * at `site.branch`, unless the package's `sourceLinks` says otherwise
 * (`false`: paths without links). Outside a git checkout the root is the
 * configuration's directory, as before git was asked.
 */
export function resolveSourceLinks(
  input: { tsconfig: string; sourceLinks?: SourceLinkOverride | false },
  site: RepositoryLocation | undefined,
  rootDir: string,
): SourceLinks {
  const override = input.sourceLinks === false ? undefined : input.sourceLinks;
  // `root` is relative to the configuration's directory (resolving an absolute path keeps it).
  const root = (override?.root !== undefined ? path.resolve(rootDir, override.root) : undefined) ?? gitRootOf(path.dirname(input.tsconfig)) ?? gitRootOf(rootDir) ?? rootDir;
  const repository = override?.repository ?? site?.repository;
  if (input.sourceLinks === false || !repository) return { root };
  return { root, location: { repository, branch: override?.branch ?? site?.branch ?? 'main' } };
}

/**
 * The path a source file is shown with ("Defined in: src/client.ts:12"), or
 * undefined when it is not the project's own file: outside the repository,
 * in `node_modules`, or one of TypeScript's `lib.*.d.ts`. Such files are
 * neither shown nor linked: the repository has no page for them.
 */
export function shownSourcePath(links: SourceLinks, file: string): string | undefined {
  const relative = pathInside(links.root, file);
  if (relative === undefined || isVendored(relative)) return undefined;
  return relative;
}

/** The repository URL of a line of a source file, when the file is shown and the package has links. */
export function sourceLineLink(links: SourceLinks, file: string, line: number): string | undefined {
  const shown = shownSourcePath(links, file);
  return shown !== undefined && links.location ? repositoryFileUrl(links.location, shown, { line }) : undefined;
}

/**
 * Prepares the converted project's source references for the pages: a
 * reference to a file that is not the project's own (see
 * {@link shownSourcePath}) is removed, so no "Defined in" line names a path
 * outside the repository or links into `node_modules`; without a repository
 * the remaining references keep their paths but lose their links.
 *
 * TypeDoc has already made the paths (relative to `displayBasePath`, the
 * repository root) and the URLs (from `sourceLinkTemplate`); this only takes
 * away what TypeDoc has no option to leave out. Run it after the coverage is
 * measured: the count reports every symbol's declaration, even in
 * `node_modules`.
 */
export function keepOwnSources(project: ProjectReflection, links: SourceLinks): void {
  for (const reflection of Object.values(project.reflections)) {
    if (!(reflection instanceof DeclarationReflection || reflection instanceof SignatureReflection) || !reflection.sources) continue;
    const own = reflection.sources.filter((source) => shownSourcePath(links, source.fullFileName) !== undefined);
    for (const source of own) if (!links.location) source.url = undefined;
    reflection.sources = own.length > 0 ? own : undefined;
  }
}

/**
 * The directory a package's relative doc-comment links fall back to when
 * they do not resolve from the commented file (TypeDoc's `basePath`): the
 * package's root, the nearest directory with a package.json above its
 * tsconfig, where a `./README.md` written for npm is.
 */
export function packageDirectoryOf(tsconfig: string): string {
  for (let dir = path.dirname(tsconfig); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.dirname(tsconfig);
  }
}

function isVendored(relative: string): boolean {
  return relative.split('/').includes('node_modules') || /(^|\/)typescript\/lib\/lib\.[^/]*\.d\.ts$/.test(relative);
}
