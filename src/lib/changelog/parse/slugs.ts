import type { Release } from '../model.js';
import type { Oddity } from './headings.js';

/**
 * Gives every release its URL slug, in file order, and reports every heading
 * of a version after the first. The first heading of a version gets the plain
 * slug, later ones `_2`, `_3` … (`_` never occurs in a semver version).
 */
export function assignSlugsAndFindDuplicates(releases: Release[]): Oddity[] {
  const firstLine = new Map<string, number>();
  const taken = new Set<string>();
  const oddities: Oddity[] = [];
  for (const release of releases) {
    const seen = firstLine.get(release.version);
    if (seen === undefined) {
      firstLine.set(release.version, release.line);
      taken.add(release.slug);
      continue;
    }
    let n = 2;
    while (taken.has(`${release.slug}_${n}`)) n += 1;
    release.slug = `${release.slug}_${n}`;
    taken.add(release.slug);
    oddities.push({
      line: release.line,
      rule: 'duplicate-version',
      message: `version ${release.version} already has a heading at line ${seen}; both are published, this one as ${release.slug}`,
      hint: 'give each release one heading: merge the two, or correct the version of one',
    });
  }
  return oddities;
}
