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
  /** Sections in file order. */
  sections: ReleaseSection[];
  /**
   * Markdown source of everything under the heading up to the next release,
   * followed by the link reference definitions it uses, for the release page.
   */
  bodyMarkdown: string;
}

/** A whole parsed changelog. */
export interface Changelog {
  /** The detected convention. */
  style: ChangelogStyle;
  /** Text of the document's H1 title (e.g. `Changelog`, or a package name for Changesets), when there is one. */
  title?: string;
  /** Newest first by semver precedence; `Unreleased` first of all. */
  releases: Release[];
  /** The file the changelog was read from, as given to the parser. */
  file: string;
}

/** A problem that makes a changelog unusable, at a 1-based line of the file. */
export interface ChangelogProblem {
  /** 1-based line the problem is reported at. */
  line: number;
  /** What is wrong and what was expected, in one line. */
  message: string;
}
