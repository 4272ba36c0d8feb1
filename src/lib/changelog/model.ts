import type { FindingSeverity } from '../findings/model.js';

/**
 * The data model of a parsed changelog. Plain, JSON-serialisable objects: the
 * changelog plugin hands them to its pages through `createData`, and
 * `portal lint changelog --json` prints them.
 *
 * Entry and body Markdown is the project's own, untrusted source text, kept
 * verbatim; whoever renders it is responsible for compiling it safely.
 */

/** The changelog conventions Portico recognises. */
export type ChangelogStyle = 'keep-a-changelog' | 'conventional' | 'changesets';

/** The version of the release that collects changes not released yet. */
export const UNRELEASED = 'Unreleased';

/**
 * Normalised kind of a release section, derived from its heading:
 * Keep a Changelog types, conventional-changelog groups, Changesets bump
 * types, or `other` for anything else (e.g. `Reverts`, `Documentation`).
 */
export type SectionKind =
  | 'added'
  | 'changed'
  | 'deprecated'
  | 'removed'
  | 'fixed'
  | 'security'
  | 'features'
  | 'bug-fixes'
  | 'breaking'
  | 'performance'
  | 'major'
  | 'minor'
  | 'patch'
  | 'other';

/** One change: a list item of a section. */
export interface ChangelogEntry {
  /**
   * The item's Markdown source without its bullet marker; continuation lines
   * are de-indented by the marker's width, so nested lists stay valid.
   */
  markdown: string;
  /** 1-based line of the item in the changelog file. */
  line: number;
}

/** A group of entries under a heading such as `### Added` or `### Bug Fixes`. */
export interface ReleaseSection {
  /** The heading's text as written, e.g. `⚠ BREAKING CHANGES`; `Changes` for items that precede any section heading. */
  title: string;
  /** Normalised kind of the section. */
  kind: SectionKind;
  /** The section's list items, in file order. */
  entries: ChangelogEntry[];
}

/** One release (or the `Unreleased` block) of a changelog. */
export interface Release {
  /** Normalised semver without a `v` prefix (`2.0.0-rc.1`), or `Unreleased`. */
  version: string;
  /** The heading's plain text, e.g. `1.2.0 - 2026-01-15` or `1.2.0 (2026-01-15)`. */
  title: string;
  /** Release date as `YYYY-MM-DD`, when the heading has one. */
  date?: string;
  /** True for semver pre-releases such as `2.0.0-rc.1`. */
  prerelease: boolean;
  /** True when the heading carries Keep a Changelog's `[YANKED]` marker. */
  yanked: boolean;
  /** The heading's link: a compare URL, from an inline link or a link reference definition. */
  compareUrl?: string;
  /** 1-based line of the release heading. */
  line: number;
  /**
   * URL segment of the release, unique within the changelog: the version
   * (`2.0.0-rc.1`, `unreleased`, `+` turned into `-`); a version written twice
   * gets `_2`, `_3` … on its later headings, so every heading keeps a page.
   */
  slug: string;
  /**
   * Where `date` comes from: the heading (`changelog`), or the commit that added
   * the heading to the file (`git`, see `addGitDates`). Absent when there is no date.
   */
  dateSource?: 'changelog' | 'git';
  /** Sections in file order. */
  sections: ReleaseSection[];
  /**
   * Markdown source of everything under the heading up to the next release,
   * followed by the link reference definitions it uses, for the release page.
   */
  bodyMarkdown: string;
}

/**
 * A top-level block of the file that is not a release: a narrative section
 * (`# Acme 4.0 Release Notes`), a pointer to older history (`## Earlier
 * releases`), or text at the release level before the first release. Shown on
 * the changelog's index page.
 */
export interface ChangelogNote {
  /** The heading's plain text. */
  title: string;
  /** 1-based line of the heading. */
  line: number;
  /** Markdown source under the heading up to the next release, plus the link reference definitions it uses. */
  markdown: string;
}

/** A whole parsed changelog. */
export interface Changelog {
  /** The detected convention. */
  style: ChangelogStyle;
  /** Text of the document's H1 title (e.g. `Changelog`, or a package name for Changesets), when there is one. */
  title?: string;
  /** Newest first by semver precedence; `Unreleased` first of all. */
  releases: Release[];
  /** Blocks that are not releases, in file order. */
  notes: ChangelogNote[];
  /** The file the changelog was read from, as given to the parser. */
  file: string;
  /**
   * Why releases without a date stay undated (and out of the feeds), set by
   * `addGitDates`, e.g. `the file is not in a git repository`.
   */
  undatedReason?: string;
}

/** The kinds of finding a changelog can have; see docs/changelog.md. */
export type ChangelogRule =
  /** Characters glued to the version: `## [2.0.0]! - 2016-09-30`, `# 2.2.2:`, `# 1.0.4/5`. */
  | 'version-punctuation'
  /** A version that is not full semver, read as one: `1.0` as 1.0.0, `01.2.3` as 1.2.3. */
  | 'version-not-semver'
  /** A date that is not a calendar date written `YYYY-MM-DD`; the release stays, without a date. */
  | 'invalid-date'
  /** A date written with a month name (`August 26, 2018`), read as YYYY-MM-DD. */
  | 'date-format'
  /** A version with more than one heading; every heading keeps its page. */
  | 'duplicate-version'
  /** A section heading (`## Features`) at or above the level of the release heading it belongs to. */
  | 'section-level';

/** How serious a finding is (the findings kernel's type); a report's findings carry the severity of the `changelog` gate. */
export type { FindingSeverity };

/**
 * Something odd about a changelog that Portico read anyway. Findings are data:
 * the CLI and the build render them, `gates.changelog` decides what they do.
 */
export interface ChangelogFinding {
  /** The changelog file, as given to the parser. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, when the finding points inside the line. */
  column?: number;
  /** What kind of oddity it is. */
  rule: ChangelogRule;
  /** `error` or `warn`, from `gates.changelog`. */
  severity: FindingSeverity;
  /** What is odd and how Portico read it, in one line. */
  message: string;
  /** What to change in the file to silence it. */
  hint?: string;
}

/** A problem that makes a changelog unusable (no release at all, not text), at a 1-based line of the file. */
export interface ChangelogProblem {
  /** 1-based line the problem is reported at. */
  line: number;
  /** What is wrong and what was expected, in one line. */
  message: string;
}
