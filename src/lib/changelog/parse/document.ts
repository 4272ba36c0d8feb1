import type { Heading, Root } from 'mdast';
import { assertMarkdownNesting } from '../../results/index.js';
import { detectChangelogStyle, isKnownSectionTitle, sectionKindOf, type StyleDetection } from '../detect.js';
import type { Changelog, ChangelogFinding, ChangelogProblem } from '../model.js';
import { compareVersionsNewestFirst } from '../semver.js';
import { displayPath } from '../../core/files.js';
import { classifyHeading, quote, type ClassifiedHeading, type Oddity } from './headings.js';
import { collectDefinitions, markdownParser } from './mdast.js';
import { addContent, bodyMarkdownOf, buildRelease, type NoteBuilder, type ReleaseBuilder } from './release-body.js';
import { assignSlugsAndFindDuplicates } from './slugs.js';

/** What {@link parseChangelog} returns: the changelog, its findings, and what makes it unusable. */
export interface ChangelogParseResult {
  /** The parsed changelog: every release Portico could recognise, and the notes between them. */
  changelog: Changelog;
  /**
   * Oddities Portico read past (stray punctuation, a version that is not full
   * semver, an invalid date, a duplicated version, a misplaced section), sorted
   * by line; severity `error` until a gate says otherwise.
   */
  findings: ChangelogFinding[];
  /** Problems that make the changelog unusable (no release at all, not text); empty when it can be published. */
  problems: ChangelogProblem[];
  /** The detected style and why. */
  detection: StyleDetection;
}

const RELEASE_EXAMPLES =
  '"## [1.2.0] - 2026-01-15" (Keep a Changelog), "## [1.2.0](https://github.com/o/r/compare/v1.1.0...v1.2.0) (2026-01-15)" (conventional-changelog) or "## 1.2.0" (Changesets)';

/**
 * Parses a changelog written in Keep a Changelog, conventional-changelog
 * (standard-version, semantic-release) or Changesets style; the style is
 * detected, not configured. Real changelogs are read tolerantly: whatever
 * carries a recognisable version is a release, and oddities are findings.
 *
 * The Markdown is parsed into an mdast tree (remark-parse + GFM). Release
 * headings are headings that start with a version (`1.2.0`, `v1.2`, `[1.2.0]`)
 * or `Unreleased`, at the shallowest such level or one below it
 * (semantic-release writes `#` for majors and minors, `##` for patches).
 * Section headings are the level below, and their list items are the entries.
 * A heading without a version at or above its release's level ends the
 * release and starts a note (`## Earlier releases`, a `# Acme 4.0 Release
 * Notes` narrative with its own subsections), unless it is a lone section
 * heading placed too high (`## Features` under `### 2.18.0`), which stays a
 * section of the release with a `section-level` finding. Entry and body text
 * is kept as source slices, never rendered.
 *
 * Findings: `version-punctuation`, `version-not-semver`, `invalid-date`,
 * `date-format` (a month-name date, read), `duplicate-version` (both headings
 * stay, with distinct slugs), `section-level`.
 * Problems (unusable input): no release at all, a file that is not text.
 *
 * @param markdown - The changelog's content.
 * @param file - The file's path, recorded in the result and its findings; not read.
 */
export function parseChangelog(markdown: string, file: string): ChangelogParseResult {
  assertMarkdownNesting(markdown, displayPath(file), 'changelog'); // issue 22: remark overflows or hangs on deep nesting
  if (markdown.includes('\u0000')) {
    return unusable(file, 'the file is not text (it contains NUL bytes): expected a Markdown changelog');
  }
  const tree = markdownParser.parse(markdown) as Root;
  const definitions = collectDefinitions(tree);

  const all: ClassifiedHeading[] = [];
  const headings = new Map<Heading, number>();
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    headings.set(node, all.length);
    all.push(classifyHeading(node, definitions, markdown));
  }
  // A name before the version (`Apollo Client 3.6.10`) makes a release only at or above the level of the bare versions:
  // deeper, such headings name the packages of a monorepo release (`### Apollo Utilities 1.3.2`).
  const releaseDepth = minDepth(all.filter((h) => h.release && !h.release.named)) ?? minDepth(all.filter((h) => h.release));
  if (releaseDepth === undefined) {
    const result = unusable(file, noReleasesMessage(markdown));
    const title = all.find((h) => h.depth === 1)?.text;
    if (title) result.changelog.title = title;
    return result;
  }
  const sectionDepth = mostFrequentDepth(all.filter((h) => h.depth > releaseDepth && isKnownSectionTitle(h.text))) ?? releaseDepth + 1;
  const isReleaseHeading = (h: ClassifiedHeading) =>
    h.release !== undefined && (h.release.named ? h.depth <= releaseDepth : h.depth <= sectionDepth);

  /** True when a heading deeper than `all[index]` follows it before the next release: it has subsections of its own. */
  const hasSubsections = (index: number) => {
    const depth = all[index]!.depth;
    for (let i = index + 1; i < all.length && !isReleaseHeading(all[i]!); i += 1) if (all[i]!.depth > depth) return true;
    return false;
  };

  const oddities: Oddity[] = [];
  let title: string | undefined;
  let seenHeading = false;
  const releases: ReleaseBuilder[] = [];
  const notes: NoteBuilder[] = [];
  let current: ReleaseBuilder | NoteBuilder | undefined;
  const startNote = (heading: ClassifiedHeading) => {
    current = { kind: 'note', heading, nodes: [] };
    notes.push(current);
  };

  for (const node of tree.children) {
    if (node.type === 'definition' || node.type === 'yaml' || (node.type as string) === 'toml') continue;
    if (node.type !== 'heading') {
      if (current?.kind === 'release') addContent(current, node, markdown);
      else current?.nodes.push(node);
      continue;
    }
    const index = headings.get(node)!;
    const heading = all[index]!;
    const isFirstHeading = !seenHeading;
    seenHeading = true;

    if (isReleaseHeading(heading)) {
      current = { kind: 'release', heading, info: heading.release!, nodes: [], sections: [] };
      releases.push(current);
      oddities.push(...heading.release!.oddities);
      continue;
    }
    if (!current) {
      // Preamble: the document title and its introduction are not releases; a heading at the release level is a note.
      if (isFirstHeading && heading.depth === 1 && title === undefined) title = heading.text;
      else if (heading.depth === releaseDepth) startNote(heading);
      continue;
    }
    if (current.kind === 'note') {
      if (heading.depth <= current.heading.depth) startNote(heading);
      else current.nodes.push(node);
      continue;
    }
    const release = current;
    if (heading.depth <= release.heading.depth) {
      // Above or beside its release: a lone section heading placed too high stays in the release; anything else is a note.
      const loneSection = !hasSubsections(index) && heading.depth > 1 && (isKnownSectionTitle(heading.text) || heading.depth < releaseDepth);
      if (!loneSection) {
        startNote(heading);
        continue;
      }
      // standard-version writes patch releases at the section level, beside their own sections: that is its layout.
      if (heading.depth < sectionDepth) {
        oddities.push({
          line: heading.line,
          rule: 'section-level',
          message:
            `section heading ${quote(heading.raw)} is not below its release heading ${quote(release.heading.raw)} (line ${release.heading.line}); ` +
            `read as a section of ${release.info.version}`,
          hint: `write it with ${'#'.repeat(Math.min(release.heading.depth + 1, 6))}, one level below the release heading`,
        });
      }
    }
    release.nodes.push(node);
    if (heading.depth <= sectionDepth) {
      release.current = { title: heading.text, kind: sectionKindOf(heading.text), entries: [] };
      release.sections.push(release.current);
    }
  }

  const built = releases.map((builder) => buildRelease(builder, markdown, definitions));
  oddities.push(...assignSlugsAndFindDuplicates(built));
  const sorted = [...built].sort((a, b) => compareVersionsNewestFirst(a.version, b.version));

  const detection = detectChangelogStyle(sorted);
  const changelog: Changelog = {
    style: detection.style,
    releases: sorted,
    notes: notes.map((note) => ({
      title: note.heading.text,
      line: note.heading.line,
      markdown: bodyMarkdownOf(note.nodes, markdown, definitions),
    })),
    file,
  };
  if (title !== undefined) changelog.title = title;
  const findings = oddities
    .map((oddity): ChangelogFinding => ({ file, ...oddity, severity: 'error' }))
    .sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return { changelog, findings, problems: [], detection };
}

function unusable(file: string, message: string): ChangelogParseResult {
  return {
    changelog: { style: 'keep-a-changelog', releases: [], notes: [], file },
    findings: [],
    problems: [{ line: 1, message }],
    detection: detectChangelogStyle([]),
  };
}

function noReleasesMessage(markdown: string): string {
  const what = markdown.trim() === '' ? 'the file is empty: no releases found' : 'no releases found';
  return `${what}; expected release headings such as ${RELEASE_EXAMPLES}`;
}

function minDepth(headings: readonly ClassifiedHeading[]): number | undefined {
  let min: number | undefined;
  for (const heading of headings) if (min === undefined || heading.depth < min) min = heading.depth;
  return min;
}

function mostFrequentDepth(headings: readonly ClassifiedHeading[]): number | undefined {
  const counts = new Map<number, number>();
  for (const heading of headings) counts.set(heading.depth, (counts.get(heading.depth) ?? 0) + 1);
  let best: number | undefined;
  for (const [depth, count] of counts) {
    if (best === undefined || count > counts.get(best)! || (count === counts.get(best)! && depth < best)) best = depth;
  }
  return best;
}
