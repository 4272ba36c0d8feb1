import type { FileAnalysis } from './findings.js';

/** The versions of one configured changelog, for the `release` check. */
export interface ChangelogVersions {
  /** The changelog's id (`changelogs[].id`). */
  id: string;
  /** Its released versions, normalised (`1.2.0`). */
  versions: readonly string[];
}

/** The changelog and version a `release` value names, or why it names none. */
export function resolveRfcRelease(release: string, changelogs: readonly ChangelogVersions[]): { changelog: string; version: string } | { problem: string } {
  const text = release.trim();
  const at = text.lastIndexOf('@');
  const id = at > 0 ? text.slice(0, at) : undefined;
  const version = (at > 0 ? text.slice(at + 1) : text).replace(/^v(?=\d)/, '');
  if (changelogs.length === 0) return { problem: `release ${JSON.stringify(release)} needs a changelog, but portal.config.ts has none (add one to changelogs)` };
  const ids = changelogs.map((changelog) => changelog.id).join(', ');
  if (id === undefined && changelogs.length > 1) {
    return { problem: `release ${JSON.stringify(release)} does not say which changelog it belongs to: write <changelog id>@${version} with one of ${ids}` };
  }
  const changelog = id === undefined ? changelogs[0]! : changelogs.find((candidate) => candidate.id === id);
  if (!changelog) return { problem: `release ${JSON.stringify(release)} names the changelog ${JSON.stringify(id)}, which is not configured (changelogs: ${ids})` };
  if (!changelog.versions.includes(version)) {
    const known = changelog.versions.slice(0, 5).join(', ');
    return {
      problem: `release ${JSON.stringify(release)} is not a version of the changelog ${changelog.id} (${changelog.versions.length === 0 ? 'it has no releases' : `its newest: ${known}`})`,
    };
  }
  return { changelog: changelog.id, version };
}

/** A `release` finding for every RFC whose `release` names no version of a configured changelog. */
export function checkReleases(analyses: FileAnalysis[], changelogs: readonly ChangelogVersions[]): void {
  for (const analysis of analyses) {
    const release = analysis.raw.release;
    if (typeof release !== 'string' || release.trim() === '' || !analysis.parsed.frontMatter.present) continue;
    const resolved = resolveRfcRelease(release, changelogs);
    if ('problem' in resolved) analysis.findings.push({ line: analysis.parsed.frontMatter.lineOf(['release']), rule: 'release', message: resolved.problem });
  }
}
