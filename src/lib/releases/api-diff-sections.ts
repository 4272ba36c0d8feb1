import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ApiPackageInput } from '../api-coverage/convert.js';
import { displayPath } from '../core/files.js';
import { pathInside } from '../git/index.js';
import { API_SNAPSHOT_FORMAT, diffApiSnapshots, type ApiSnapshot, type TsApiDiff } from './api-diff.js';
import { runGit } from './git.js';
import type { ReleaseEntry, ReleaseTimeline } from './model.js';
import { comparedTags, type ReleaseSection } from './sections.js';
import type { ReleaseTag } from './tags.js';

/** A configured API package and its TypeScript API diff section. */
export interface TsPackageDiffSection {
  /** `api.packages[].name`. */
  packageName: string;
  /** `api.packages[].title`, or the name. */
  title: string;
  /** The diff between the previous release's tag and this release's tag. */
  diff: ReleaseSection<TsApiDiff>;
}

/** A package's snapshot at one commit, or why there is none. */
type SnapshotResult = { snapshot: ApiSnapshot } | { problem: string; transient?: true } | { missing: string };

/** The cache folder of the snapshots and the worktrees, under the project's `node_modules`. */
export function apiSnapshotCacheDir(rootDir: string): string {
  return path.join(rootDir, 'node_modules', '.cache', 'portico');
}

// One TypeDoc run per tag and package per process: a release's "from" is the previous release's "to".
const inProcess = new Map<string, Promise<SnapshotResult>>();

/** Forgets the snapshots taken in this process (the cache on disk stays): a dev server's next build reads the cache again. */
export function forgetApiSnapshotsInProcess(): void {
  inProcess.clear();
}

const TYPEDOC_VERSION = (() => {
  try {
    return (createRequire(import.meta.url)('typedoc/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
})();

/**
 * The TypeScript API diff of each package between the previous release's tag
 * and this release's tag. Each side is a snapshot of the package's exports
 * and signatures taken with TypeDoc from a `git worktree add --detach` of the
 * tag's commit under `node_modules/.cache/portico/` (removed afterwards), so
 * the package's imports resolve through the project's `node_modules`.
 * Snapshots are cached there as JSON keyed by commit and package paths, so a
 * rebuild does not run TypeDoc again; TypeDoc runs only for the two tags a
 * release needs, once per tag and package in a process.
 *
 * @param packages - The changelog's API packages (absolute paths, as loaded).
 * @param rootDir - The directory of portal.config.ts (the cache lives under its `node_modules`).
 */
export async function typescriptApiSections(
  timeline: ReleaseTimeline,
  entry: ReleaseEntry,
  packages: readonly ApiPackageInput[],
  rootDir: string,
): Promise<TsPackageDiffSection[]> {
  const tags = comparedTags(timeline, entry);
  const sections: TsPackageDiffSection[] = [];
  for (const input of packages) {
    const section = (diff: ReleaseSection<TsApiDiff>): TsPackageDiffSection => ({ packageName: input.name, title: input.title ?? input.name, diff });
    if ('reason' in tags) {
      sections.push(section({ available: false, reason: tags.reason }));
      continue;
    }
    const gitRoot = timeline.gitRoot;
    const inRepository = gitRoot === undefined ? [] : [...input.entryPoints, input.tsconfig].map((file) => pathInside(gitRoot, file));
    if (gitRoot === undefined || inRepository.some((file) => file === undefined)) {
      const outside = [...input.entryPoints, input.tsconfig].find((_file, i) => inRepository[i] === undefined) ?? input.tsconfig;
      sections.push(section({ available: false, reason: `${path.relative(rootDir, outside) || outside} is not in the git repository of the changelog, so the package cannot be read at the tags` }));
      continue;
    }
    const before = await snapshotAtTag(gitRoot, tags.from.tag, input, rootDir);
    if ('problem' in before) {
      sections.push(section({ available: false, reason: before.problem }));
      continue;
    }
    const after = await snapshotAtTag(gitRoot, tags.to.tag, input, rootDir);
    if ('problem' in after || 'missing' in after) {
      sections.push(section({ available: false, reason: 'problem' in after ? after.problem : 'missing' in before ? before.missing : after.missing }));
      continue;
    }
    // A package new in this release: every export is added.
    const notes = 'missing' in before ? [`${before.missing}: every export is new in ${tags.to.version}`] : [];
    const older: ApiSnapshot = 'missing' in before ? { format: API_SNAPSHOT_FORMAT, exports: [] } : before.snapshot;
    sections.push(section({ available: true, value: diffApiSnapshots(older, after.snapshot, (page) => apiReferencePath(input.name, page)), notes }));
  }
  return sections;
}

/** Site path of a page of a package's reference: `functions/add.md` → `/api/<package>/functions/add` (as src/lib/api-coverage/page-urls.ts routes it). */
function apiReferencePath(packageName: string, page: string): string {
  const route = page.replace(/#.*$/, '').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return `/api/${packageName}${route ? `/${route}` : ''}`;
}

/**
 * Stands for the tag's name in the problems kept in the cache: the cache is keyed by commit, and
 * several tags may point at one commit.
 */
const TAG = '\u0000tag\u0000';

/** The snapshot of a package at a tag: from this process, from the cache, or from TypeDoc on a worktree of the tag. */
async function snapshotAtTag(gitRoot: string, tag: ReleaseTag, input: ApiPackageInput, rootDir: string): Promise<SnapshotResult> {
  const result = await snapshotAtCommit(gitRoot, tag, input, rootDir);
  if ('problem' in result) return { ...result, problem: result.problem.split(TAG).join(tag.name) };
  if ('missing' in result) return { missing: result.missing.split(TAG).join(tag.name) };
  return result;
}

function snapshotAtCommit(gitRoot: string, tag: ReleaseTag, input: ApiPackageInput, rootDir: string): Promise<SnapshotResult> {
  const relative = (file: string) => pathInside(gitRoot, file)!;
  const paths = { entryPoints: input.entryPoints.map(relative), tsconfig: relative(input.tsconfig) };
  const key = createHash('sha256')
    .update(JSON.stringify({ format: API_SNAPSHOT_FORMAT, cache: 2, typedoc: TYPEDOC_VERSION, commit: tag.commit, name: input.name, ...paths }))
    .digest('hex')
    .slice(0, 32);
  const cacheDir = apiSnapshotCacheDir(rootDir);
  const memoKey = `${cacheDir}\0${key}`;
  let pending = inProcess.get(memoKey);
  if (!pending) {
    pending = readCached(cacheDir, key).then(async (cached) => {
      if (cached) return cached;
      const result = await takeSnapshot(gitRoot, tag, input, paths, cacheDir);
      if (!('transient' in result)) writeCached(cacheDir, key, result);
      return result;
    });
    inProcess.set(memoKey, pending);
  }
  return pending;
}

async function readCached(cacheDir: string, key: string): Promise<SnapshotResult | undefined> {
  const file = path.join(cacheDir, 'api-snapshots', `${key}.json`);
  if (!existsSync(file)) return undefined;
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as SnapshotResult;
    if ('snapshot' in value && value.snapshot.format === API_SNAPSHOT_FORMAT) return value;
    if ('problem' in value && typeof value.problem === 'string') return value;
    if ('missing' in value && typeof value.missing === 'string') return value;
  } catch {
    // A torn or foreign file: take the snapshot again.
  }
  return undefined;
}

function writeCached(cacheDir: string, key: string, result: SnapshotResult): void {
  const dir = path.join(cacheDir, 'api-snapshots');
  try {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed: two build processes may write the same key.
    const temp = path.join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(result));
    renameSync(temp, path.join(dir, `${key}.json`));
  } catch {
    // A cache that cannot be written only costs the next build a TypeDoc run.
  }
}

/**
 * Checks the tag's commit out into a detached worktree, converts the package
 * there with TypeDoc (as `portal doc-coverage` does) and removes the worktree.
 */
async function takeSnapshot(
  gitRoot: string,
  tag: ReleaseTag,
  input: ApiPackageInput,
  paths: { entryPoints: string[]; tsconfig: string },
  cacheDir: string,
): Promise<SnapshotResult> {
  const worktree = path.join(cacheDir, 'worktrees', `${tag.commit.slice(0, 12)}-${process.pid}`);
  rmSync(worktree, { recursive: true, force: true });
  mkdirSync(path.dirname(worktree), { recursive: true });
  try {
    await runGit(['worktree', 'add', '--detach', worktree, tag.commit], gitRoot);
  } catch (error) {
    return { problem: `git could not check out ${TAG} (${(error as Error).message})`, transient: true };
  }
  try {
    const missing = [...paths.entryPoints, paths.tsconfig].filter((file) => !existsSync(path.join(worktree, file)));
    if (missing.length > 0) return { missing: `the package ${input.name} is missing at ${TAG}: ${missing.join(' and ')} ${missing.length === 1 ? 'does' : 'do'} not exist there` };
    // Loaded only when a snapshot is taken: TypeDoc and the TypeScript compiler are large.
    const { convertApiPackage } = await import('../api-coverage/convert.js');
    const { createPageResolver } = await import('../api-coverage/page-urls.js');
    const { snapshotApi } = await import('./api-diff-snapshot.js');
    try {
      const converted = await convertApiPackage(
        { name: input.name, ...(input.title ? { title: input.title } : {}), entryPoints: paths.entryPoints.map((file) => path.join(worktree, file)), tsconfig: path.join(worktree, paths.tsconfig) },
        { rootDir: worktree, pageRouter: true },
      );
      return { snapshot: snapshotApi(converted.project, createPageResolver(converted.app, converted.project)) };
    } catch (error) {
      // Paths in TypeScript's messages are the worktree's: shown from the repository root instead.
      const shown = [`${worktree}${path.sep}`, `${displayPath(worktree)}/`];
      const problems = ((error as { problems?: string[] }).problems ?? []).slice(0, 3).map((problem) => shown.reduce((text, prefix) => text.split(prefix).join(''), problem));
      return { problem: `TypeDoc could not read the package ${input.name} at ${TAG}: ${(error as Error).message}${problems.length ? ` (${problems.join('; ')})` : ''}` };
    }
  } finally {
    await runGit(['worktree', 'remove', '--force', worktree], gitRoot).catch(() => undefined);
    rmSync(worktree, { recursive: true, force: true });
    await runGit(['worktree', 'prune'], gitRoot).catch(() => undefined);
  }
}
