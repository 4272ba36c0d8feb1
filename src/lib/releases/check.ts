import semver from 'semver';
import type { ReleaseReport } from './report.js';

/** What `portal release check` concluded. */
export interface ReleaseCheckResult {
  /** The previous release's version, when there is one. */
  previous?: string;
  /** `major`, `minor`, `patch`, `prerelease` … as semver names the difference, or `first` for the first release. */
  bump: string;
  /**
   * True when the bump may break clients: a new major version, or a minor one
   * before 1.0.0 (semver: "anything may change at any time" in 0.y.z).
   */
  breakingAllowed: boolean;
  /** Every breaking change: `<package>: <export>: <description>` (TypeScript API), then `<spec>: <operation>: <description>` (HTTP API). */
  breaking: string[];
  /** Sections the check needed but could not compute, and why. */
  unavailable: string[];
  /** True when the check passes. */
  passed: boolean;
}

/**
 * Holds the breaking TypeScript API and HTTP API changes of a release against its version bump:
 * breaking changes pass only in a major release (or a 0.y minor).
 */
export function checkRelease(report: ReleaseReport): ReleaseCheckResult {
  const previous = report.entry.previous;
  const version = report.entry.version;
  const bump = previous === undefined ? 'first' : (semver.diff(previous, version) ?? 'none');
  const breakingAllowed =
    previous === undefined || bump === 'major' || bump === 'premajor' || (semver.major(version) === 0 && (bump === 'minor' || bump === 'preminor'));
  const breaking: string[] = [];
  const unavailable: string[] = [];
  if (previous !== undefined && report.typescriptApi.available) {
    for (const pkg of report.typescriptApi.value) {
      if (!pkg.diff.available) {
        unavailable.push(`TypeScript API of ${pkg.packageName}: ${pkg.diff.reason}`);
        continue;
      }
      for (const item of pkg.diff.value.breaking) breaking.push(`${pkg.packageName}: ${item.where}: ${item.description}`);
    }
  }
  if (previous !== undefined && report.httpApi.available) {
    for (const spec of report.httpApi.value) {
      if (!spec.diff.available) {
        unavailable.push(`HTTP API of ${spec.specId}: ${spec.diff.reason}`);
        continue;
      }
      for (const item of spec.diff.value.breaking) breaking.push(`${spec.specId}: ${item.where}: ${item.change.description}`);
    }
  }
  return { ...(previous === undefined ? {} : { previous }), bump, breakingAllowed, breaking, unavailable, passed: breakingAllowed || breaking.length === 0 };
}
