import { UNRELEASED, type Changelog, type Release } from '../changelog/index.js';
import { gitRootOf } from '../git/index.js';
import { GitUnavailable } from './git.js';
import { defaultTagPatterns, findReleaseTags, packageNameOf, type ReleaseTag } from './tags.js';

/** What a changelog's releases need from the configuration. */
export interface ReleaseChangelogConfig {
  /** The changelog's id (`changelogs[].id`). */
  id: string;
  /** The changelog's title (`changelogs[].title`). */
  title: string;
  /** `changelogs[].tagPattern`, when set. */
  tagPattern?: string;
}

/** One release of a changelog, with its place in the history and its tag. */
export interface ReleaseEntry {
  /** The changelog's id. */
  changelogId: string;
  /** Normalised semver, e.g. `1.2.0`. */
  version: string;
  /** URL segment (the changelog's slug of the release). */
  slug: string;
  /** Release date `YYYY-MM-DD`, when the changelog (or git) knows it. */
  date?: string;
  /** True for pre-releases. */
  prerelease: boolean;
  /** True for a yanked release. */
  yanked: boolean;
  /** Version of the release this one is compared with, when there is one. */
  previous?: string;
  /** The release's git tag, when one was found. */
  tag?: ReleaseTag;
  /** Why no tag was found, when none was. */
  tagProblem?: string;
  /** First change of the release as plain text, one line (at most 140 characters). */
  summary: string;
  /** The changelog's release, parsed by src/lib/changelog. */
  release: Release;
}

/** Every release of one changelog, newest first. */
export interface ReleaseTimeline {
  /** The changelog's id. */
  changelogId: string;
  /** The changelog's title. */
  title: string;
  /** The changelog file. */
  file: string;
  /** Top of the git checkout holding the changelog, when it is in one. */
  gitRoot?: string;
  /** The tag patterns looked for, in order. */
  tagPatterns: string[];
  /** Releases newest first; `Unreleased` is left out. */
  releases: ReleaseEntry[];
}

/**
 * The releases of a parsed changelog with their previous release and git tag.
 * The previous release of a release is the next older one by semver; a stable
 * release skips pre-releases (2.0.0 is compared with 1.4.0, not 2.0.0-rc.1),
 * and a version written twice is compared with the one before both.
 *
 * @param changelog - From `loadChangelog` (not parsed again here).
 * @param config - The changelog's entry of the configuration.
 */
export async function buildReleaseTimeline(changelog: Changelog, config: ReleaseChangelogConfig): Promise<ReleaseTimeline> {
  const releases = changelog.releases.filter((release) => release.version !== UNRELEASED);
  const packageName = packageNameOf(changelog.title) ?? packageNameOf(config.title);
  const tagPatterns = config.tagPattern ? [config.tagPattern] : defaultTagPatterns(config.id, packageName);
  const gitRoot = gitRootOf(changelog.file);

  let tags = new Map<string, ReleaseTag>();
  let noTagReason: string;
  if (gitRoot === undefined) {
    noTagReason = 'the changelog is not in a git repository';
  } else {
    try {
      tags = await findReleaseTags(gitRoot, releases.map((release) => release.version), tagPatterns);
      noTagReason = `no git tag ${tagPatterns.map((pattern) => JSON.stringify(pattern)).join(' or ')} for this version`;
    } catch (error) {
      noTagReason = error instanceof GitUnavailable ? 'git is not installed' : `git could not list the tags (${(error as Error).message})`;
    }
  }

  const entries = releases.map((release, index): ReleaseEntry => {
    const previous = releases.slice(index + 1).find((older) => older.version !== release.version && (release.prerelease || !older.prerelease));
    const tag = tags.get(release.version);
    const entry: ReleaseEntry = {
      changelogId: config.id,
      version: release.version,
      slug: release.slug,
      prerelease: release.prerelease,
      yanked: release.yanked,
      summary: summaryOf(release),
      release,
    };
    if (release.date) entry.date = release.date;
    if (previous) entry.previous = previous.version;
    if (tag) entry.tag = tag;
    else entry.tagProblem = noTagReason.replace('this version', `${release.version}`);
    return entry;
  });
  const timeline: ReleaseTimeline = { changelogId: config.id, title: config.title, file: changelog.file, tagPatterns, releases: entries };
  if (gitRoot !== undefined) timeline.gitRoot = gitRoot;
  return timeline;
}

/** The release of `version` in a timeline (normalised; a leading `v` is accepted), or undefined. */
export function findRelease(timeline: ReleaseTimeline, version: string): ReleaseEntry | undefined {
  const wanted = version.trim().replace(/^v(?=\d)/, '');
  return timeline.releases.find((entry) => entry.version === wanted || entry.slug === wanted);
}

/** The release a release is compared with, or undefined. */
export function previousRelease(timeline: ReleaseTimeline, entry: ReleaseEntry): ReleaseEntry | undefined {
  return entry.previous === undefined ? undefined : timeline.releases.find((other) => other.version === entry.previous);
}

/** The marker of a Markdown list item at the start of a line. */
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** The first change of a release as plain text on one line, at most 140 characters; `No changes listed.` when it has none. */
export function summaryOf(release: Release): string {
  const first = release.sections.flatMap((section) => section.entries)[0]?.markdown;
  if (first === undefined) return 'No changes listed.';
  // The entry's first paragraph: its wrapped source lines, up to a blank line or a nested list item.
  const lines = first.split('\n');
  const end = lines.findIndex((line, i) => line.trim() === '' || (i > 0 && LIST_ITEM.test(line)));
  const text = plainText(lines.slice(0, end === -1 ? undefined : end).join(' ').replace(LIST_ITEM, ''));
  return text.length > 140 ? `${text.slice(0, 139).trimEnd()}…` : text;
}

/** Markdown inline syntax removed: links keep their text, code keeps its content, emphasis and HTML tags go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_|~~)(?=\S)([^*_~]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}
