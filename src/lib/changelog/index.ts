/**
 * Changelogs: parse a project's CHANGELOG.md (Keep a Changelog,
 * conventional-changelog or Changesets style) into releases. Used by the
 * changelog pages and by `portal lint changelog`.
 */
export { UNRELEASED } from './model.js';
export type {
  Changelog,
  ChangelogEntry,
  ChangelogProblem,
  ChangelogStyle,
  Release,
  ReleaseSection,
  SectionKind,
} from './model.js';
export { parseChangelog, IMPLICIT_SECTION_TITLE } from './parse.js';
export type { ChangelogParseResult } from './parse.js';
export { detectChangelogStyle, sectionKindOf, normalizeSectionTitle, isKnownSectionTitle } from './detect.js';
export type { StyleDetection, StyleEvidence } from './detect.js';
export { normalizeVersion, isPrereleaseVersion, compareVersionsNewestFirst } from './semver.js';
export { loadChangelog } from './load.js';
