/**
 * Changelogs: parse a project's CHANGELOG.md (Keep a Changelog,
 * conventional-changelog or Changesets style) into releases. Used by the
 * changelog pages and by `portal lint changelog`.
 */
export { UNRELEASED } from './model.js';
export type {
  Changelog,
  ChangelogEntry,
  ChangelogFinding,
  ChangelogNote,
  ChangelogRule,
  FindingSeverity,
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
export { normalizeVersion, isPrereleaseVersion, compareVersionsNewestFirst, versionSlug } from './semver.js';
export { loadChangelog, readChangelog } from './load.js';
export {
  lintChangelogs,
  changelogGateExitCode,
  changelogGateError,
  formatChangelogFinding,
  summarizeFindings,
} from './lint.js';
export type { ChangelogLintReport, ChangelogLintConfig, ChangelogTarget, LintedChangelog, UnusableChangelog } from './lint.js';
export { addGitDates } from './git-dates.js';
export { changelogFindings, changelogReportToJson, formatChangelogReport } from './report.js';
