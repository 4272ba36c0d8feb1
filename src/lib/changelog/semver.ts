import semver from 'semver';
import { UNRELEASED } from './model.js';

/**
 * Normalises a version as written in a heading (`v1.2.0`, `1.2.0-rc.1`) to
 * strict semver without the `v` prefix, or returns `undefined` when it is not
 * a full `major.minor.patch` version (`1.2`, `next`).
 */
export function normalizeVersion(text: string): string | undefined {
  return semver.valid(text.trim()) ?? undefined;
}

/** True when a normalised version has a pre-release part (`2.0.0-rc.1`). */
export function isPrereleaseVersion(version: string): boolean {
  return version !== UNRELEASED && semver.prerelease(version) !== null;
}

/**
 * Comparator that sorts versions newest first by semver precedence, with
 * `Unreleased` before every version. Use with `Array.prototype.sort`.
 */
export function compareVersionsNewestFirst(a: string, b: string): number {
  if (a === UNRELEASED || b === UNRELEASED) {
    if (a === b) return 0;
    return a === UNRELEASED ? -1 : 1;
  }
  return semver.rcompare(a, b);
}

/** URL segment of a version: `Unreleased` → `unreleased`; build metadata's `+` becomes `-`. */
export function versionSlug(version: string): string {
  return version === UNRELEASED ? 'unreleased' : version.replace(/\+/g, '-');
}
