import type { ChangelogStyle, Release, SectionKind } from './model.js';
import { UNRELEASED } from './model.js';

/** The detected convention of a changelog and the evidence that decided it, for humans. */
export interface StyleDetection {
  /** The convention the changelog follows. */
  style: ChangelogStyle;
  /** One sentence naming the evidence, e.g. `9 of 9 section headings are Keep a Changelog types (Added, Fixed)`. */
  reason: string;
}

const STYLE_NAMES: Record<ChangelogStyle, string> = {
  'keep-a-changelog': 'Keep a Changelog',
  conventional: 'conventional-changelog',
  changesets: 'Changesets',
};

/** Ties are broken in this order: the most common convention first. */
const STYLE_ORDER: readonly ChangelogStyle[] = ['keep-a-changelog', 'conventional', 'changesets'];

const KIND_STYLE: Partial<Record<SectionKind, ChangelogStyle>> = {
  added: 'keep-a-changelog',
  changed: 'keep-a-changelog',
  deprecated: 'keep-a-changelog',
  removed: 'keep-a-changelog',
  fixed: 'keep-a-changelog',
  security: 'keep-a-changelog',
  features: 'conventional',
  'bug-fixes': 'conventional',
  breaking: 'conventional',
  performance: 'conventional',
  major: 'changesets',
  minor: 'changesets',
  patch: 'changesets',
};

/**
 * The other commit groups conventional-changelog presets write (angular and
 * conventionalcommits `types`); they have kind `other` but still point at the style.
 */
const CONVENTIONAL_OTHER_TITLES = new Set([
  'reverts',
  'documentation',
  'styles',
  'code refactoring',
  'tests',
  'build system',
  'continuous integration',
  'miscellaneous chores',
  'chores',
]);

/** Release-heading shapes each tool writes (the heading's plain text, version first). */
const HEADING_SHAPES: Record<ChangelogStyle, { pattern: RegExp; example: string }> = {
  // `## [1.2.0] - 2026-01-15`
  'keep-a-changelog': { pattern: /^\S+\s+[-–—]\s+\d{4}-\d{2}-\d{2}\b/, example: '[x.y.z] - YYYY-MM-DD' },
  // `## [1.2.0](compare-url) (2026-01-15)`
  conventional: { pattern: /^\S+(?:\s+"[^"]*")?\s+\(\d{4}-\d{2}-\d{2}\)\s*$/, example: '[x.y.z](compare-url) (YYYY-MM-DD)' },
  // `## 1.2.0`
  changesets: { pattern: /^v?\d+\.\d+\.\d+\S*$/, example: 'x.y.z, without a date' },
};

/** What {@link detectChangelogStyle} looks at: the parsed releases' headings and sections. */
export type StyleEvidence = Pick<Release, 'version' | 'title' | 'sections'>;

/**
 * Decides which convention a changelog follows. Section headings decide first
 * (`Added`/`Fixed` → Keep a Changelog, `Features`/`Bug Fixes` →
 * conventional-changelog, `Minor Changes`/`Patch Changes` → Changesets); when
 * they tie or are absent, the shape of the release headings decides; with no
 * evidence at all the answer is Keep a Changelog.
 */
export function detectChangelogStyle(releases: readonly StyleEvidence[]): StyleDetection {
  const sectionVotes = countVotes();
  const titlesByStyle: Record<ChangelogStyle, Set<string>> = {
    'keep-a-changelog': new Set(),
    conventional: new Set(),
    changesets: new Set(),
  };
  let sectionCount = 0;
  for (const release of releases) {
    for (const section of release.sections) {
      sectionCount += 1;
      const style = styleOfSection(section.kind, section.title);
      if (style) {
        sectionVotes[style] += 1;
        titlesByStyle[style].add(section.title);
      }
    }
  }

  const headingVotes = countVotes();
  let headingCount = 0;
  for (const release of releases) {
    if (release.version === UNRELEASED) continue;
    headingCount += 1;
    for (const style of STYLE_ORDER) {
      if (HEADING_SHAPES[style].pattern.test(release.title)) headingVotes[style] += 1;
    }
  }

  const ranked = [...STYLE_ORDER].sort(
    (a, b) => sectionVotes[b] - sectionVotes[a] || headingVotes[b] - headingVotes[a],
  );
  const [best, runnerUp] = ranked as [ChangelogStyle, ChangelogStyle, ChangelogStyle];

  const sectionsDecide = sectionVotes[best] > sectionVotes[runnerUp];
  const headingsDecide = !sectionsDecide && headingVotes[best] > headingVotes[runnerUp];
  if (sectionsDecide || (!headingsDecide && sectionVotes[best] > 0)) {
    const titles = [...titlesByStyle[best]];
    const shown = titles.slice(0, 4).join(', ') + (titles.length > 4 ? ', …' : '');
    return {
      style: best,
      reason: `${sectionVotes[best]} of ${sectionCount} section headings are ${STYLE_NAMES[best]} types (${shown})`,
    };
  }
  if (headingsDecide || headingVotes[best] > 0) {
    return {
      style: best,
      reason: `${headingVotes[best]} of ${headingCount} release headings look like "${HEADING_SHAPES[best].example}" (${STYLE_NAMES[best]})`,
    };
  }
  return {
    style: 'keep-a-changelog',
    reason: 'no section or release heading specific to one style; assuming Keep a Changelog',
  };
}

function countVotes(): Record<ChangelogStyle, number> {
  return { 'keep-a-changelog': 0, conventional: 0, changesets: 0 };
}

function styleOfSection(kind: SectionKind, title: string): ChangelogStyle | undefined {
  const byKind = KIND_STYLE[kind];
  if (byKind) return byKind;
  return CONVENTIONAL_OTHER_TITLES.has(normalizeSectionTitle(title)) ? 'conventional' : undefined;
}

/**
 * Lower-cases a section heading and drops leading emoji, symbols and spacing
 * (`⚠ BREAKING CHANGES` → `breaking changes`, `🐛 Bug Fixes` → `bug fixes`).
 */
export function normalizeSectionTitle(title: string): string {
  return title
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const SECTION_KINDS: Record<string, SectionKind> = {
  added: 'added',
  changed: 'changed',
  deprecated: 'deprecated',
  removed: 'removed',
  fixed: 'fixed',
  security: 'security',
  features: 'features',
  feature: 'features',
  'bug fixes': 'bug-fixes',
  'bug fix': 'bug-fixes',
  'breaking changes': 'breaking',
  'breaking change': 'breaking',
  'performance improvements': 'performance',
  'performance improvement': 'performance',
  'major changes': 'major',
  'minor changes': 'minor',
  'patch changes': 'patch',
};

/** Maps a section heading to its normalised kind; unknown headings are `other`. */
export function sectionKindOf(title: string): SectionKind {
  return SECTION_KINDS[normalizeSectionTitle(title)] ?? 'other';
}

/** True when a heading names a section Portico knows (any style's type, or a conventional commit group). */
export function isKnownSectionTitle(title: string): boolean {
  const normalized = normalizeSectionTitle(title);
  return normalized in SECTION_KINDS || CONVENTIONAL_OTHER_TITLES.has(normalized);
}
