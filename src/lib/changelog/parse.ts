import type { Definition, Heading, ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { detectChangelogStyle, isKnownSectionTitle, sectionKindOf, type StyleDetection } from './detect.js';
import {
  UNRELEASED,
  type Changelog,
  type ChangelogEntry,
  type ChangelogProblem,
  type Release,
  type ReleaseSection,
} from './model.js';
import { compareVersionsNewestFirst, isPrereleaseVersion, normalizeVersion } from './semver.js';

/** What {@link parseChangelog} returns: the changelog as far as it could be read, and what is wrong with it. */
export interface ChangelogParseResult {
  /** The parsed changelog; complete when `problems` is empty, best effort otherwise. */
  changelog: Changelog;
  /** Problems that make the changelog unusable, sorted by line; empty when it is valid. */
  problems: ChangelogProblem[];
  /** The detected style and why. */
  detection: StyleDetection;
}

/** Title of the implicit section that holds list items written before any section heading. */
export const IMPLICIT_SECTION_TITLE = 'Changes';

// One frozen processor for every call: building it costs more than parsing a short file.
const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** `[1.2.0]`, `v1.2.0`, `1.2` …: text that tries to be a version. Group 1 is the version as written. */
const VERSION_TOKEN = /^\[?\s*(v?\d[^\s[\]():,]*)\s*\]?/i;
const UNRELEASED_TOKEN = /^\[?\s*(unreleased)\s*\]?(?=$|[\s\-–—:(])/i;
const YANKED_MARKER = /\[\s*yanked\s*\]/i;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** Anything that looks like a date in another notation (`2026-1-5`, `15.01.2026`, `2026/01/15`). */
const DATE_LIKE = /\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\b/;

const RELEASE_EXAMPLES =
  '"## [1.2.0] - 2026-01-15" (Keep a Changelog), "## [1.2.0](https://github.com/o/r/compare/v1.1.0...v1.2.0) (2026-01-15)" (conventional-changelog) or "## 1.2.0" (Changesets)';

/** A top-level heading, read once. */
interface ClassifiedHeading {
  node: Heading;
  depth: number;
  line: number;
  text: string;
  release?: ReleaseHeading;
  /** Set when the heading starts like a version that is not valid semver (`[1.2]`). */
  invalidVersion?: string;
}

interface ReleaseHeading {
  version: string;
  title: string;
  date?: string;
  dateProblem?: string;
  yanked: boolean;
  compareUrl?: string;
}

interface ReleaseBuilder {
  heading: ClassifiedHeading;
  info: ReleaseHeading;
  nodes: RootContent[];
  sections: ReleaseSection[];
  current?: ReleaseSection;
}

/**
 * Parses a changelog written in Keep a Changelog, conventional-changelog
 * (standard-version, semantic-release) or Changesets style; the style is
 * detected, not configured.
 *
 * The Markdown is parsed into an mdast tree (remark-parse + GFM). Release
 * headings are the shallowest headings that hold a semver version or
 * `Unreleased`; releases may sit at two adjacent levels (semantic-release
 * writes `#` for majors and minors, `##` for patches). Section headings are
 * the level below, and their list items are the entries. Entry and body text
 * is kept as source slices, never rendered.
 *
 * Problems reported: no release at all, a duplicated version, a heading at
 * the release level that is neither `Unreleased` nor semver, an invalid date.
 *
 * @param markdown - The changelog's content.
 * @param file - The file's path, recorded in the result; not read.
 */
export function parseChangelog(markdown: string, file: string): ChangelogParseResult {
  const tree = markdownParser.parse(markdown) as Root;
  const problems: ChangelogProblem[] = [];
  const definitions = collectDefinitions(tree);

  const headings = new Map<Heading, ClassifiedHeading>();
  for (const node of tree.children) {
    if (node.type === 'heading') headings.set(node, classifyHeading(node, definitions));
  }
  const all = [...headings.values()];
  const releaseDepth = minDepth(all.filter((h) => h.release)) ?? minDepth(all.filter((h) => h.invalidVersion));
  if (releaseDepth === undefined) {
    problems.push({ line: 1, message: noReleasesMessage(markdown) });
    const changelog: Changelog = { style: 'keep-a-changelog', releases: [], file };
    const title = all.find((h) => h.depth === 1)?.text;
    if (title) changelog.title = title;
    return { changelog, problems, detection: detectChangelogStyle([]) };
  }
  const sectionDepth = mostFrequentDepth(all.filter((h) => h.depth > releaseDepth && isKnownSectionTitle(h.text))) ?? releaseDepth + 1;

  let title: string | undefined;
  let seenHeading = false;
  const builders: ReleaseBuilder[] = [];
  let current: ReleaseBuilder | undefined;

  for (const node of tree.children) {
    if (node.type === 'definition' || node.type === 'yaml' || (node.type as string) === 'toml') continue;
    if (node.type !== 'heading') {
      if (current) addContent(current, node, markdown);
      continue;
    }
    const heading = headings.get(node)!;
    const isFirstHeading = !seenHeading;
    seenHeading = true;

    if (heading.release && heading.depth <= sectionDepth) {
      current = { heading, info: heading.release, nodes: [], sections: [] };
      builders.push(current);
      if (heading.release.dateProblem) problems.push({ line: heading.line, message: heading.release.dateProblem });
      continue;
    }
    if (heading.invalidVersion !== undefined && heading.depth < sectionDepth) {
      problems.push({
        line: heading.line,
        message:
          `heading ${quoteHeading(node, markdown)} is at the release level but "${heading.invalidVersion}" is not a semver version: ` +
          'expected major.minor.patch such as 1.2.0, v1.2.0 or 2.0.0-rc.1, or "Unreleased"',
      });
      // What follows belongs to the rejected heading, not to the release before it.
      current = undefined;
      continue;
    }
    if (!current) {
      // Preamble: the document title and anything above the release level are not releases.
      if (isFirstHeading && heading.depth === 1 && title === undefined) {
        title = heading.text;
        continue;
      }
      if (heading.depth < releaseDepth || heading.depth >= sectionDepth) continue;
      problems.push({ line: heading.line, message: notAReleaseMessage(node, markdown) });
      continue;
    }
    if (heading.depth < sectionDepth && !(heading.depth > releaseDepth && isKnownSectionTitle(heading.text))) {
      problems.push({ line: heading.line, message: notAReleaseMessage(node, markdown) });
      current = undefined;
      continue;
    }
    current.nodes.push(node);
    if (heading.depth <= sectionDepth) {
      current.current = { title: heading.text, kind: sectionKindOf(heading.text), entries: [] };
      current.sections.push(current.current);
    }
  }

  const releases = builders.map((builder) => buildRelease(builder, markdown, definitions));
  problems.push(...findDuplicateVersions(releases));
  if (releases.length === 0) {
    problems.push({ line: 1, message: noReleasesMessage(markdown) });
  }
  releases.sort((a, b) => compareVersionsNewestFirst(a.version, b.version));
  problems.sort((a, b) => a.line - b.line);

  const detection = detectChangelogStyle(releases);
  const changelog: Changelog = { style: detection.style, releases, file };
  if (title !== undefined) changelog.title = title;
  return { changelog, problems, detection };
}

function addContent(builder: ReleaseBuilder, node: RootContent, source: string): void {
  builder.nodes.push(node);
  if (node.type !== 'list') return;
  if (!builder.current) {
    builder.current = { title: IMPLICIT_SECTION_TITLE, kind: 'other', entries: [] };
    builder.sections.push(builder.current);
  }
  for (const item of node.children) builder.current.entries.push(readEntry(item, source));
}

function readEntry(item: ListItem, source: string): ChangelogEntry {
  const line = item.position!.start.line;
  const first = item.children[0];
  if (!first?.position) return { markdown: '', line };
  const indent = first.position.start.column - 1;
  const slice = source.slice(first.position.start.offset, item.position!.end.offset);
  const markdown = slice
    .split('\n')
    .map((text, i) => (i === 0 ? text : stripIndent(text, indent)))
    .join('\n')
    .trimEnd();
  return { markdown, line };
}

function stripIndent(line: string, width: number): string {
  let i = 0;
  while (i < width && line[i] === ' ') i += 1;
  return line.slice(i);
}

function buildRelease(builder: ReleaseBuilder, source: string, definitions: Map<string, Definition>): Release {
  const { info, heading } = builder;
  return {
    version: info.version,
    title: info.title,
    ...(info.date ? { date: info.date } : {}),
    prerelease: isPrereleaseVersion(info.version),
    yanked: info.yanked,
    ...(info.compareUrl ? { compareUrl: info.compareUrl } : {}),
    line: heading.line,
    sections: builder.sections,
    bodyMarkdown: bodyMarkdownOf(builder.nodes, source, definitions),
  };
}

/**
 * The source from the first to the last node under the heading, plus the
 * link reference definitions it uses that live elsewhere (Keep a Changelog
 * keeps them at the bottom), so the body renders on its own.
 */
function bodyMarkdownOf(nodes: RootContent[], source: string, definitions: Map<string, Definition>): string {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first?.position || !last?.position) return '';
  const start = first.position.start.offset!;
  const end = last.position.end.offset!;
  let body = source.slice(start, end);

  const appended = new Set<string>();
  const extra: string[] = [];
  for (const node of nodes) {
    walk(node, (child) => {
      if (child.type !== 'linkReference' && child.type !== 'imageReference') return;
      const definition = definitions.get(child.identifier);
      const offset = definition?.position?.start.offset;
      if (!definition || offset === undefined || (offset >= start && offset < end) || appended.has(child.identifier)) return;
      appended.add(child.identifier);
      extra.push(source.slice(offset, definition.position!.end.offset));
    });
  }
  if (extra.length > 0) body += `\n\n${extra.join('\n')}`;
  return body;
}

function collectDefinitions(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  walk(tree, (node) => {
    // CommonMark: the first definition of a label wins.
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  return definitions;
}

/**
 * Calls `fn` on `node` and every node below it, in document order. A plain
 * stack instead of unist-util-visit, whose per-node bookkeeping took about 5%
 * of the time to parse a 400-release changelog (CPU profile, 2026-11).
 */
function walk(node: Nodes, fn: (node: Nodes) => void): void {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    fn(current);
    if ('children' in current) {
      for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i]!);
    }
  }
}

function classifyHeading(node: Heading, definitions: Map<string, Definition>): ClassifiedHeading {
  const text = toString(node).replace(/\s+/g, ' ').trim();
  const classified: ClassifiedHeading = { node, depth: node.depth, line: node.position!.start.line, text };

  const unreleased = UNRELEASED_TOKEN.exec(text);
  const token = unreleased ?? VERSION_TOKEN.exec(text);
  if (!token) return classified;
  const written = token[1]!;
  const version = unreleased ? UNRELEASED : normalizeVersion(written);
  if (!version) {
    classified.invalidVersion = written;
    return classified;
  }

  const rest = text.slice(token[0].length);
  const yanked = YANKED_MARKER.test(rest);
  const info: ReleaseHeading = { version, title: `${written}${rest.replace(/^\s*/, ' ')}`.trim(), yanked };
  if (!unreleased) {
    const dated = readDate(rest.replace(YANKED_MARKER, ' '));
    if (dated.date) info.date = dated.date;
    if (dated.invalid) info.dateProblem = `release ${version} has an invalid date "${dated.invalid}": expected a calendar date written YYYY-MM-DD, such as 2026-01-15`;
  }
  const compareUrl = headingLink(node, definitions);
  if (compareUrl) info.compareUrl = compareUrl;
  classified.release = info;
  return classified;
}

function readDate(text: string): { date?: string; invalid?: string } {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [whole, year, month, day] = iso as unknown as [string, string, string, string];
    return isCalendarDate(Number(year), Number(month), Number(day)) ? { date: whole } : { invalid: whole };
  }
  const other = DATE_LIKE.exec(text);
  return other ? { invalid: other[0] } : {};
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** The URL of the heading's leading link: `[1.2.0](url)` inline, or `[1.2.0]` with a definition. */
function headingLink(node: Heading, definitions: Map<string, Definition>): string | undefined {
  const first = node.children[0];
  if (first?.type === 'link') return first.url;
  if (first?.type === 'linkReference') return definitions.get(first.identifier)?.url;
  return undefined;
}

function findDuplicateVersions(releases: readonly Release[]): ChangelogProblem[] {
  const firstLine = new Map<string, number>();
  const problems: ChangelogProblem[] = [];
  for (const release of releases) {
    const seen = firstLine.get(release.version);
    if (seen === undefined) {
      firstLine.set(release.version, release.line);
      continue;
    }
    problems.push({
      line: release.line,
      message: `version ${release.version} appears twice, at lines ${seen} and ${release.line}: each release needs exactly one heading`,
    });
  }
  return problems;
}

function noReleasesMessage(markdown: string): string {
  const what = markdown.trim() === '' ? 'the file is empty: no releases found' : 'no releases found';
  return `${what}; expected release headings such as ${RELEASE_EXAMPLES}`;
}

function notAReleaseMessage(node: Heading, source: string): string {
  return (
    `heading ${quoteHeading(node, source)} is at the release level but is neither "Unreleased" nor a semver version: ` +
    'expected e.g. "[1.2.0] - 2026-01-15", "1.2.0" or "v2.0.0-rc.1"'
  );
}

/** The heading's first source line, shortened: what the user will search for in the file. */
function quoteHeading(node: Heading, source: string): string {
  const raw = source.slice(node.position!.start.offset, node.position!.end.offset).split('\n')[0]!.trim();
  return JSON.stringify(raw.length > 80 ? `${raw.slice(0, 77)}...` : raw);
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
