import { listTags, tagCommit } from './git.js';

/** The tag patterns tried, in order, when a changelog has no `tagPattern`. */
export function defaultTagPatterns(changelogId: string, packageName?: string): string[] {
  const patterns = ['v{version}', '{version}', `${changelogId}@{version}`];
  if (packageName && packageName !== changelogId) patterns.push(`${packageName}@{version}`);
  return patterns;
}

/** The tag names a version may carry under `patterns`, in order. */
export function tagCandidates(version: string, patterns: readonly string[]): string[] {
  return [...new Set(patterns.map((pattern) => pattern.replace('{version}', version)))];
}

/** A release's tag and the commit it points at. */
export interface ReleaseTag {
  /** The tag name, e.g. `v1.2.0`. */
  name: string;
  /** Full commit hash the tag points at. */
  commit: string;
  /** Committer date of that commit, ISO 8601. */
  date: string;
}

/**
 * Finds the tags of many versions in one repository with one `git tag --list`
 * and one `git log` per tag found.
 *
 * @returns version → tag, for the versions that have one.
 */
export async function findReleaseTags(gitRoot: string, versions: readonly string[], patterns: readonly string[]): Promise<Map<string, ReleaseTag>> {
  const tags = await listTags(gitRoot);
  const found = new Map<string, ReleaseTag>();
  for (const version of versions) {
    const name = tagCandidates(version, patterns).find((candidate) => tags.has(candidate));
    if (name === undefined) continue;
    found.set(version, { name, ...(await tagCommit(gitRoot, name)) });
  }
  return found;
}

/** A changelog title that is an npm package name (lowercase: `@acme/sdk`, `task-client`), usable in a `<package>@<version>` tag. */
export function packageNameOf(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const trimmed = title.trim();
  return /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/.test(trimmed) ? trimmed : undefined;
}
