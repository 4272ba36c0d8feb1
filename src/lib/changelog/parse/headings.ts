import type { Definition, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { UNRELEASED, type ChangelogFinding } from '../model.js';
import { normalizeVersion } from '../semver.js';
import { readDate } from './dates.js';
import { headingLink } from './mdast.js';

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

/** A finding before the file and the gate's severity are known. */
export type Oddity = Omit<ChangelogFinding, 'file' | 'severity'>;

/** A top-level heading, read once. */
export interface ClassifiedHeading {
  node: Heading;
  depth: number;
  line: number;
  text: string;
  /** The heading's first source line, trimmed: what the user searches for. */
  raw: string;
  release?: ReleaseHeading;
}

export interface ReleaseHeading {
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

export function classifyHeading(node: Heading, definitions: Map<string, Definition>, source: string): ClassifiedHeading {
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
export function quote(raw: string): string {
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
