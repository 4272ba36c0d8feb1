import { describe, expect, it } from 'vitest';
import {
  compareVersionsNewestFirst,
  detectChangelogStyle,
  normalizeVersion,
  sectionKindOf,
  type StyleEvidence,
} from '../../../src/lib/changelog/index.js';

/** Releases with the given heading titles, each with one section per title in `sections`. */
function evidence(titles: string[], sections: string[] = []): StyleEvidence[] {
  return titles.map((title) => ({
    version: title.split(' ')[0]!,
    title,
    sections: sections.map((section) => ({ title: section, kind: sectionKindOf(section), entries: [] })),
  }));
}

describe('detectChangelogStyle', () => {
  it.each([
    {
      name: 'Keep a Changelog sections',
      releases: evidence(['1.0.0 - 2026-01-01'], ['Added', 'Fixed']),
      style: 'keep-a-changelog',
      reason: '2 of 2 section headings are Keep a Changelog types (Added, Fixed)',
    },
    {
      name: 'conventional-changelog groups, with emoji',
      releases: evidence(['1.0.0 (2026-01-01)'], ['⚠ BREAKING CHANGES', 'Features', 'Documentation']),
      style: 'conventional',
      reason: '3 of 3 section headings are conventional-changelog types (⚠ BREAKING CHANGES, Features, Documentation)',
    },
    {
      name: 'Changesets bump types',
      releases: evidence(['1.0.0', '0.9.0'], ['Patch Changes']),
      style: 'changesets',
      reason: '2 of 2 section headings are Changesets types (Patch Changes)',
    },
    {
      name: 'no sections, "(date)" headings',
      releases: evidence(['1.1.0 (2026-02-01)', '1.0.0 (2026-01-01)']),
      style: 'conventional',
      reason: '2 of 2 release headings look like "[x.y.z](compare-url) (YYYY-MM-DD)" (conventional-changelog)',
    },
    {
      name: 'no sections, bare version headings',
      releases: evidence(['1.1.0', '1.0.0']),
      style: 'changesets',
      reason: '2 of 2 release headings look like "x.y.z, without a date" (Changesets)',
    },
    {
      name: 'no sections, " - date" headings',
      releases: evidence(['1.1.0 - 2026-02-01', '1.0.0 – 2026-01-01']),
      style: 'keep-a-changelog',
      reason: '2 of 2 release headings look like "[x.y.z] - YYYY-MM-DD" (Keep a Changelog)',
    },
    {
      name: 'sections tie, headings decide',
      releases: evidence(['1.0.0 (2026-01-01)'], ['Added', 'Features']),
      style: 'conventional',
      reason: '1 of 1 release headings look like "[x.y.z](compare-url) (YYYY-MM-DD)" (conventional-changelog)',
    },
    {
      name: 'no evidence at all',
      releases: evidence(['Unreleased'], ['Notes']),
      style: 'keep-a-changelog',
      reason: 'no section or release heading specific to one style; assuming Keep a Changelog',
    },
  ])('$name → $style', ({ releases, style, reason }) => {
    expect(detectChangelogStyle(releases)).toEqual({ style, reason });
  });
});

describe('sectionKindOf', () => {
  it.each([
    ['Added', 'added'],
    ['Changed', 'changed'],
    ['Deprecated', 'deprecated'],
    ['Removed', 'removed'],
    ['Fixed', 'fixed'],
    ['Security', 'security'],
    ['Features', 'features'],
    ['Bug Fixes', 'bug-fixes'],
    ['🐛 Bug Fixes', 'bug-fixes'],
    ['⚠ BREAKING CHANGES', 'breaking'],
    ['⚠️ BREAKING CHANGES', 'breaking'],
    ['BREAKING CHANGES', 'breaking'],
    ['Performance Improvements', 'performance'],
    ['Major Changes', 'major'],
    ['Minor Changes', 'minor'],
    ['Patch Changes', 'patch'],
    ['Reverts', 'other'],
    ['Changes', 'other'],
  ])('%s → %s', (title, kind) => {
    expect(sectionKindOf(title)).toBe(kind);
  });
});

describe('semver helpers', () => {
  it.each([
    ['1.2.0', '1.2.0'],
    ['v1.2.0', '1.2.0'],
    ['2.0.0-rc.1', '2.0.0-rc.1'],
    ['1.2', undefined],
    ['next', undefined],
    ['01.2.0', undefined],
  ])('normalizeVersion(%j) → %j', (text, version) => {
    expect(normalizeVersion(text)).toBe(version);
  });

  it('orders Unreleased first, then newest by semver precedence', () => {
    const versions = ['1.0.0', '2.0.0-rc.1', 'Unreleased', '1.10.0', '2.0.0', '1.9.0', '2.0.0-beta.2'];
    expect(versions.sort(compareVersionsNewestFirst)).toEqual([
      'Unreleased',
      '2.0.0',
      '2.0.0-rc.1',
      '2.0.0-beta.2',
      '1.10.0',
      '1.9.0',
      '1.0.0',
    ]);
  });
});
