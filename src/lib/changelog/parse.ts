import type { Definition, Heading, ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { assertMarkdownNesting } from '../results/index.js';
import { detectChangelogStyle, isKnownSectionTitle, sectionKindOf, type StyleDetection } from './detect.js';
import {
  UNRELEASED,
  type Changelog,
  type ChangelogEntry,
  type ChangelogFinding,
  type ChangelogProblem,
  type Release,
  type ReleaseSection,
} from './model.js';
import { compareVersionsNewestFirst, isPrereleaseVersion, normalizeVersion, versionSlug } from './semver.js';
import { displayPath } from '../core/files.js';

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

/** Title of the implicit section that holds list items written before any section heading. */
export const IMPLICIT_SECTION_TITLE = 'Changes';

// One frozen processor for every call: building it costs more than parsing a short file.
const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

const UNRELEASED_TOKEN = /^\[?\s*(unreleased)\s*\]?(?=$|[\s\-–—:(])/i;
/**
 * A heading that starts with a version: `[1.2.0]`, `v1.2.0`, `Version 1.2.0`,
 * `1.2` … Groups: 1 opening bracket, 2 prefix, 3 numbers, 4 pre-release, 5 build.
 * The numbers need a dot, so `2016-09-30` or `1. Introduction` are not versions.
 */
const VERSION_HEAD = /^(\[\s*)?((?:v|version\s+|release\s+)?)(\d+(?:\.\d+){1,2})((?:-[0-9a-z-]+(?:\.[0-9a-z-]+)*)?)((?:\+[0-9a-z-]+(?:\.[0-9a-z-]+)*)?)/i;
/**
 * A product name, then a full `major.minor.patch` version: `Apollo Client 3.6.10 (2022-09-29)`.
 * The name has at most four words and no digits, so `Acme 4.0 Release Notes` is not a release.
 */
const NAMED_VERSION = /^([@a-z][^\d[\]()]{0,39}?)\s+(?:\((v?\d+\.\d+\.\d+(?:-[0-9a-z-]+(?:\.[0-9a-z-]+)*)?(?:\+[0-9a-z-]+(?:\.[0-9a-z-]+)*)?)\)|(v?\d+\.\d+\.\d+(?:-[0-9a-z-]+(?:\.[0-9a-z-]+)*)?(?:\+[0-9a-z-]+(?:\.[0-9a-z-]+)*)?))(?=$|[\s(,:\-–—])/i;
/** Characters glued to a version that are not a separator: `!`, `:` at the end, `/5`. */
const STRAY_AFTER_VERSION = /^[^\s(\[\-–—]+/;
const YANKED_MARKER = /\[\s*yanked\s*\]/i;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** Anything that looks like a date in another notation (`2026-1-5`, `15.01.2026`, `2026/01/15`). */
const DATE_LIKE = /\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\b/;

const RELEASE_EXAMPLES =
  '"## [1.2.0] - 2026-01-15" (Keep a Changelog), "## [1.2.0](https://github.com/o/r/compare/v1.1.0...v1.2.0) (2026-01-15)" (conventional-changelog) or "## 1.2.0" (Changesets)';

/** A finding before the file and the gate's severity are known. */
type Oddity = Omit<ChangelogFinding, 'file' | 'severity'>;

/** A top-level heading, read once. */
interface ClassifiedHeading {
  node: Heading;
  depth: number;
  line: number;
  text: string;
  /** The heading's first source line, trimmed: what the user searches for. */
  raw: string;
  release?: ReleaseHeading;
}

interface ReleaseHeading {
  version: string;
  title: string;
  date?: string;
  yanked: boolean;
  compareUrl?: string;
  /** True when a product name precedes the version (`Apollo Client 3.6.10`). */
  named: boolean;
  /** What is odd about the heading; the release is kept. */
  oddities: Oddity[];
}

interface ReleaseBuilder {
  kind: 'release';
  heading: ClassifiedHeading;
  info: ReleaseHeading;
  nodes: RootContent[];
  sections: ReleaseSection[];
  current?: ReleaseSection;
}

interface NoteBuilder {
  kind: 'note';
  heading: ClassifiedHeading;
  nodes: RootContent[];
}

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
    ...(info.date ? { date: info.date, dateSource: 'changelog' as const } : {}),
    prerelease: isPrereleaseVersion(info.version),
    yanked: info.yanked,
    ...(info.compareUrl ? { compareUrl: info.compareUrl } : {}),
    line: heading.line,
    slug: versionSlug(info.version),
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

function classifyHeading(node: Heading, definitions: Map<string, Definition>, source: string): ClassifiedHeading {
  const text = toString(node).replace(/\s+/g, ' ').trim();
  const line = node.position!.start.line;
  const raw = source.slice(node.position!.start.offset, node.position!.end.offset).split('\n')[0]!.trim();
  const classified: ClassifiedHeading = { node, depth: node.depth, line, text, raw };

  const unreleased = UNRELEASED_TOKEN.exec(text);
  const read = unreleased
    ? { version: UNRELEASED, written: unreleased[1]!, rest: text.slice(unreleased[0].length), oddities: [] }
    : readVersion(text, raw, line);
  if (!read) return classified;
  const { version, written, rest, oddities } = read;
  const named = 'named' in read && read.named === true;

  const yanked = YANKED_MARKER.test(rest);
  const title = named ? text : `${written}${/^\s/.test(rest) ? ` ${rest.trimStart()}` : rest}`.trim();
  const info: ReleaseHeading = { version, title, yanked, oddities, named };
  if (!unreleased) {
    const dated = readDate(rest.replace(YANKED_MARKER, ' '));
    if (dated.date) info.date = dated.date;
    if (dated.date && dated.written) {
      oddities.push({
        line,
        ...columnOf(raw, dated.written),
        rule: 'date-format',
        message: `release ${version} has its date written "${dated.written}"; read as ${dated.date}`,
        hint: `write ${dated.date} (YYYY-MM-DD)`,
      });
    }
    if (dated.invalid) {
      oddities.push({
        line,
        ...columnOf(raw, dated.invalid),
        rule: 'invalid-date',
        message: `release ${version} has an invalid date "${dated.invalid}"; it is published without a date`,
        hint: 'write a calendar date as YYYY-MM-DD, such as 2026-01-15',
      });
    }
  }
  const compareUrl = headingLink(node, definitions);
  if (compareUrl) info.compareUrl = compareUrl;
  classified.release = info;
  return classified;
}

/**
 * Reads the version a heading starts with, normalised to semver, and what is
 * odd about it. Undefined when the heading does not start with a version.
 */
function readVersion(
  text: string,
  raw: string,
  line: number,
): { version: string; written: string; rest: string; oddities: Oddity[]; named?: boolean } | undefined {
  const match = VERSION_HEAD.exec(text);
  if (!match) {
    const named = NAMED_VERSION.exec(text);
    if (!named || named[1]!.trim().split(/\s+/).length > 4) return undefined;
    const version = normalizeVersion(named[2] ?? named[3]!);
    return version ? { version, written: text, rest: text.slice(named[0].length), oddities: [], named: true } : undefined;
  }
  const [whole, bracket, prefix = '', numbers = '', prerelease = '', build = ''] = match;
  const written = `${prefix}${numbers}${prerelease}${build}`;
  let rest = text.slice(whole.length);
  const oddities: Oddity[] = [];

  let stray = '';
  if (bracket) {
    const close = rest.indexOf(']');
    if (close >= 0) {
      stray = rest.slice(0, close).trim() === '' ? '' : rest.slice(0, close);
      rest = rest.slice(close + 1);
    }
  }
  const after = STRAY_AFTER_VERSION.exec(rest)?.[0] ?? '';
  // `1.2.0: notes` or `1.2.0, 2026-01-15` use the mark as a separator; `1.2.0:` at the end or `1.2.0!` do not.
  const separator = /^[:,]$/.test(after) && /^[:,]\s+\S/.test(rest);
  if (after && !separator) stray = `${stray}${after}`;
  if (stray) {
    oddities.push({
      line,
      ...columnOf(raw, stray, raw.indexOf(numbers)),
      rule: 'version-punctuation',
      message: `release heading ${quote(raw)} has ${JSON.stringify(stray)} glued to the version; read as release ${normalizedNumbers(numbers)}${prerelease}${build}`,
      hint: `remove ${JSON.stringify(stray)} so the version stands alone`,
    });
  }

  const parts = numbers.split('.');
  while (parts.length < 3) parts.push('0');
  let version = normalizeVersion(`${parts.map((part) => String(Number(part))).join('.')}${prerelease}${build}`);
  if (version === undefined) version = normalizeVersion(parts.map((part) => String(Number(part))).join('.'));
  if (version === undefined) return undefined;
  const asWritten = `${numbers}${prerelease}${build}`;
  if (asWritten !== version) {
    oddities.push({
      line,
      ...columnOf(raw, numbers),
      rule: 'version-not-semver',
      message: `version "${asWritten}" is not a semver version (major.minor.patch); read as ${version}`,
      hint: `write ${version}`,
    });
  }
  return { version, written, rest, oddities };
}

/** A heading's source line in quotes, shortened to 80 characters. */
function quote(raw: string): string {
  return JSON.stringify(raw.length > 80 ? `${raw.slice(0, 77)}...` : raw);
}

function normalizedNumbers(numbers: string): string {
  const parts = numbers.split('.').map((part) => String(Number(part)));
  while (parts.length < 3) parts.push('0');
  return parts.join('.');
}

/** `{ column }` of `needle` in the heading's source line (1-based), searching from `from`; nothing when it is not there verbatim. */
function columnOf(raw: string, needle: string, from = 0): { column?: number } {
  const index = raw.indexOf(needle, Math.max(0, from));
  return index < 0 ? {} : { column: index + 1 };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** `August 26, 2018`, `Aug 26 2018`, `26 August 2018`: dates written with an English month name. */
const MONTH_NAME_DATE = /\b(?:([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4}))\b/i;

/** The release date in a heading: `date` as YYYY-MM-DD; `written` when it was written otherwise (a month name); `invalid` when unreadable. */
function readDate(text: string): { date?: string; written?: string; invalid?: string } {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [whole, year, month, day] = iso as unknown as [string, string, string, string];
    return isCalendarDate(Number(year), Number(month), Number(day)) ? { date: whole } : { invalid: whole };
  }
  const named = MONTH_NAME_DATE.exec(text);
  if (named) {
    const monthName = (named[1] ?? named[5]!).toLowerCase();
    const month = MONTHS.findIndex((name) => name.startsWith(monthName) && monthName.length >= 3) + 1;
    const day = Number(named[2] ?? named[4]);
    const year = Number(named[3] ?? named[6]);
    if (month > 0) {
      if (!isCalendarDate(year, month, day)) return { invalid: named[0] };
      return { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, written: named[0] };
    }
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

/**
 * Gives every release its URL slug, in file order, and reports every heading
 * of a version after the first. The first heading of a version gets the plain
 * slug, later ones `_2`, `_3` … (`_` never occurs in a semver version).
 */
function assignSlugsAndFindDuplicates(releases: Release[]): Oddity[] {
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
