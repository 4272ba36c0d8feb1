import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { PortalError } from '../errors.js';
import { checkRequiredSections } from '../markdown/document.js';
import { parseRfcFile, type ParsedRfcSource } from './parse.js';
import {
  RFC_KEYS,
  isCalendarDate,
  rfcFrontMatterSchema,
  rfcTemplateFrontMatterSchema,
  titleSlug,
  type RfcFrontMatter,
  type RfcStatus,
} from './schema.js';
import { padRfcNumber } from '../core/text.js';
import { formatFieldPath, formatZodIssue, unknownFieldsMessage } from '../core/zod-issues.js';

/** Every rule the RFC linter applies, with what it checks (shown in `docs/rfc-process.md`). */
export const RFC_LINT_RULES = {
  'front-matter-missing': 'The file starts with a `---` YAML front-matter block that is closed by a second `---`.',
  'yaml-syntax': 'The front matter is valid YAML (no tabs, duplicate keys or unclosed brackets).',
  'front-matter-shape': 'The front matter is a mapping of keys to values, not a list or a single value.',
  'required-key': 'rfc, title, status, authors, created, discussion and tracking-issue are present.',
  'unknown-key': 'Every key is an RFC key or a Docusaurus doc front-matter key (typos are caught here).',
  'rfc-number': '`rfc` is a whole number.',
  title: '`title` is a non-empty string with at least one letter or digit.',
  status: '`status` is one of the lifecycle statuses.',
  authors: '`authors` is a non-empty list of names.',
  date: '`created` and `updated` are real calendar dates written YYYY-MM-DD.',
  'date-order': '`updated` is not before `created`.',
  url: '`discussion` and `tracking-issue` are absolute http(s) URLs.',
  reference: '`supersedes` and `superseded-by` are an RFC number or a list of RFC numbers.',
  'unknown-reference': 'Every RFC named in `supersedes` or `superseded-by` exists.',
  'superseded-without-successor': 'A `superseded` RFC names its replacement in `superseded-by`.',
  'file-name': 'The file is named NNNN-kebab-title.md (or .mdx) and the slug is the kebab-case title.',
  'number-mismatch': '`rfc` equals the number in the file name.',
  'duplicate-number': 'No two RFCs share a number.',
  'missing-section': 'Every H2 section of the template (Summary, Motivation, ...) is present.',
  release: '`release` is a version of a configured changelog (`1.2.0`, or `<changelog id>@1.2.0` when there are several).',
} as const;

/** Identifier of one linter rule; the keys of {@link RFC_LINT_RULES}. */
export type RfcLintRule = keyof typeof RFC_LINT_RULES;

/** One problem in one RFC file. Findings are data; the CLI and JSON reporters render them. */
export interface RfcFinding {
  /** Absolute path of the file. */
  file: string;
  /** 1-based line: the offending front-matter key, the heading the fix goes before, or 1 for the file as a whole. */
  line: number;
  /** Which rule found it. */
  rule: RfcLintRule;
  /** What is wrong and what to do, without the file and line. */
  message: string;
}

/** The metadata of one RFC, as the site lists it. */
export interface RfcMeta {
  /** RFC number (`rfc`). */
  number: number;
  /** Title, trimmed. */
  title: string;
  /** Lifecycle status. */
  status: RfcStatus;
  /** Author names. */
  authors: string[];
  /** Creation day, `YYYY-MM-DD`. */
  created: string;
  /** Day of the last change, `YYYY-MM-DD`, when given. */
  updated?: string;
  /** URL of the discussion thread. */
  discussion: string;
  /** URL of the tracking issue. */
  trackingIssue: string;
  /** Numbers of the RFCs this one replaces (empty when none). */
  supersedes: number[];
  /** Numbers of the RFCs that replace this one (empty when none). */
  supersededBy: number[];
  /** The `release` that shipped it, as written (`1.2.0` or `<changelog id>@1.2.0`), when given. */
  release?: string;
  /** Path of the file relative to the RFC directory, with `/` separators: `0001-one-typed-portal-config.md`. */
  file: string;
  /** Site path of the RFC page: `/rfcs/<file name without extension>`, or its `slug` when it sets one. */
  permalink: string;
}

/** What {@link lintRfcs} checks. */
export interface LintRfcsOptions {
  /** The RFC directory (absolute, or relative to the working directory). */
  dir: string;
  /**
   * Only report findings for these files (absolute or relative to the working
   * directory); numbers and references are still resolved against every RFC
   * in `dir`. Files that are not RFCs by name (`index.md`) are skipped.
   */
  files?: readonly string[];
  /**
   * The versions of the configured changelogs, to check `release` against; called only when an
   * RFC has a `release`. When left out, `release` is checked for its type only.
   */
  changelogVersions?: () => Promise<ChangelogVersions[]>;
}

/** The versions of one configured changelog, for the `release` check. */
export interface ChangelogVersions {
  /** The changelog's id (`changelogs[].id`). */
  id: string;
  /** Its released versions, normalised (`1.2.0`). */
  versions: readonly string[];
}

/** The result of {@link lintRfcs}. */
export interface RfcLintReport {
  /** Metadata of the checked RFCs whose front matter is valid, sorted by number. */
  rfcs: RfcMeta[];
  /** Every problem found in the checked files, sorted by file then line. */
  findings: RfcFinding[];
  /** Absolute paths of the files that were checked (RFCs and the template), sorted. */
  checkedFiles: string[];
  /** The H2 section titles every RFC must have. */
  requiredSections: string[];
}

/** Required sections when the directory has no template to read them from. */
export const DEFAULT_REQUIRED_SECTIONS = [
  'Summary',
  'Motivation',
  'Detailed design',
  'Drawbacks',
  'Alternatives',
  'Unresolved questions',
] as const;

/** The template's file name: it is RFC 0 in form only and never listed as an RFC. */
export const RFC_TEMPLATE_FILE = /^0000-template\.mdx?$/;

/** A well-formed RFC file name: `NNNN-kebab-title.md` or `.mdx`. */
export const RFC_FILE_NAME = /^(\d{4})-([a-z0-9]+(?:-[a-z0-9]+)*)\.(mdx?)$/;

/**
 * True for file names the linter treats as RFCs: Markdown files whose name
 * starts with a digit (so a misnamed `3-foo.md` is reported, while `index.md`
 * and `README.md` are not RFCs), other than the template.
 */
export function isRfcFileName(name: string): boolean {
  return /^\d/.test(name) && /\.mdx?$/.test(name) && !RFC_TEMPLATE_FILE.test(name);
}

type Located = Omit<RfcFinding, 'file'>;

interface FileAnalysis {
  file: string;
  isTemplate: boolean;
  parsed: ParsedRfcSource;
  findings: Located[];
  /** Set when the front matter validated. */
  frontMatter?: RfcFrontMatter;
  raw: Record<string, unknown>;
  /** The `NNNN` of the file name, when it starts with digits. */
  fileNumber?: number;
}

/**
 * Lints an RFC directory, or some files of it: front matter, file names,
 * required sections, unique numbers and references between RFCs.
 *
 * @throws {@link PortalError} (exit code 2) when `dir` is not a directory or a
 * file in `files` does not exist.
 */
export async function lintRfcs(options: LintRfcsOptions): Promise<RfcLintReport> {
  const dir = await resolveRfcDir(options.dir);
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const templateName = names.find((name) => RFC_TEMPLATE_FILE.test(name));
  const dirRfcs = names.filter(isRfcFileName).map((name) => path.join(dir, name));
  const templateFile = templateName ? path.join(dir, templateName) : undefined;

  const requested = options.files ? await resolveRequestedFiles(options.files) : undefined;
  const requestedRfcs = requested?.filter((file) => isRfcFileName(path.basename(file))) ?? [];
  const allRfcFiles = [...new Set([...dirRfcs, ...requestedRfcs])];

  const template = templateFile ? await parseRfcFile(templateFile) : undefined;
  const templateSections = template?.sections.map((section) => section.title) ?? [];
  const requiredSections = templateSections.length > 0 ? templateSections : [...DEFAULT_REQUIRED_SECTIONS];

  const analyses = await Promise.all(
    allRfcFiles.map(async (file) => analyzeFile(file, await parseRfcFile(file), { isTemplate: false, requiredSections })),
  );
  checkNumbersAndReferences(analyses, path.basename(dir));
  if (options.changelogVersions && analyses.some((analysis) => typeof analysis.raw.release === 'string')) {
    checkReleases(analyses, await options.changelogVersions());
  }

  const targets = new Set(requested ?? [...allRfcFiles, ...(templateFile ? [templateFile] : [])]);
  const checked = analyses.filter((analysis) => targets.has(analysis.file));
  const requestedTemplate = requested?.find((file) => RFC_TEMPLATE_FILE.test(path.basename(file)));
  const templateToCheck = requested ? requestedTemplate : templateFile;
  if (templateToCheck) {
    const parsed = template && templateToCheck === templateFile ? template : await parseRfcFile(templateToCheck);
    checked.push(analyzeFile(templateToCheck, parsed, { isTemplate: true, requiredSections }));
  }

  const findings = checked
    .flatMap((analysis) => analysis.findings.map((finding) => ({ file: analysis.file, ...finding })))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const rfcs = checked
    .filter((analysis) => !analysis.isTemplate && analysis.frontMatter)
    .map((analysis) => toMeta(analysis, dir))
    .sort((a, b) => a.number - b.number || (a.file < b.file ? -1 : 1));

  return { rfcs, findings, checkedFiles: checked.map((analysis) => analysis.file).sort(), requiredSections };
}

async function resolveRfcDir(dir: string): Promise<string> {
  const absolute = path.resolve(dir);
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new PortalError(`RFC directory not found: ${absolute}`, 2, [
      'pass --dir <rfcs-dir>, or run from the project whose portal.config.ts sits next to an rfcs/ directory',
    ]);
  }
  return realpath(absolute);
}

async function resolveRequestedFiles(files: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  const resolved: string[] = [];
  for (const file of files) {
    const absolute = path.resolve(file);
    const info = await stat(absolute).catch(() => undefined);
    if (!info?.isFile()) missing.push(`${file}: ${info ? 'is not a file' : 'file not found'}`);
    else resolved.push(await realpath(absolute));
  }
  if (missing.length > 0) {
    throw new PortalError(
      `Cannot lint ${missing.length === 1 ? 'a file that does not exist' : `${missing.length} files that do not exist`}`,
      2,
      missing,
    );
  }
  return [...new Set(resolved)];
}

function analyzeFile(
  file: string,
  parsed: ParsedRfcSource,
  context: { isTemplate: boolean; requiredSections: readonly string[] },
): FileAnalysis {
  const name = path.basename(file);
  const digits = /^(\d+)/.exec(name)?.[1];
  const analysis: FileAnalysis = {
    file,
    isTemplate: context.isTemplate,
    parsed,
    findings: [],
    raw: {},
    fileNumber: digits === undefined ? undefined : Number(digits),
  };
  const add = (line: number, rule: RfcLintRule, message: string) => analysis.findings.push({ line, rule, message });
  const fm = parsed.frontMatter;

  if (!fm.present) {
    add(
      1,
      'front-matter-missing',
      fm.unclosed
        ? 'front matter is not closed: add a line with --- after the last key'
        : 'missing front matter: start the file with a --- block holding rfc, title, status, authors, created, discussion and tracking-issue (copy it from 0000-template.md)',
    );
  } else if (fm.errors.length > 0) {
    for (const error of fm.errors) add(error.line, 'yaml-syntax', `front matter is not valid YAML: ${error.message}`);
  } else if (fm.data !== null && (typeof fm.data !== 'object' || Array.isArray(fm.data))) {
    add(fm.line, 'front-matter-shape', 'front matter must be a mapping of keys to values such as "rfc: 3", not a list or a single value');
  } else {
    analysis.raw = (fm.data ?? {}) as Record<string, unknown>;
    const schema = context.isTemplate ? rfcTemplateFrontMatterSchema : rfcFrontMatterSchema;
    const result = schema.safeParse(analysis.raw, { reportInput: true });
    if (result.success) analysis.frontMatter = result.data as RfcFrontMatter;
    else for (const issue of result.error.issues) for (const finding of describeIssue(issue, [], fm.lineOf)) analysis.findings.push(finding);
    checkCrossFieldRules(analysis.raw, fm.lineOf, add);
  }

  if (!context.isTemplate) {
    checkFileName(name, analysis, fm.present ? fm.lineOf : () => 1, add);
    checkSections(parsed, context.requiredSections, add);
  }
  return analysis;
}

function checkCrossFieldRules(
  raw: Record<string, unknown>,
  lineOf: (path: readonly PropertyKey[]) => number,
  add: (line: number, rule: RfcLintRule, message: string) => void,
): void {
  const { created, updated } = raw;
  if (typeof created === 'string' && typeof updated === 'string' && isCalendarDate(created) && isCalendarDate(updated) && updated < created) {
    add(lineOf(['updated']), 'date-order', `updated ${updated} is before created ${created}; updated is the day of the last change, so it cannot precede creation`);
  }
  if (raw.status === 'superseded' && (raw['superseded-by'] === undefined || raw['superseded-by'] === null)) {
    add(
      lineOf(['status']),
      'superseded-without-successor',
      'status is "superseded" but superseded-by is missing (add superseded-by: <number of the RFC that replaces this one>)',
    );
  }
  if (typeof raw.title === 'string' && raw.title.trim() !== '' && titleSlug(raw.title) === '') {
    add(lineOf(['title']), 'title', `title ${JSON.stringify(raw.title)} has no letters or digits to build the file name slug from`);
  }
}

function checkFileName(
  name: string,
  analysis: FileAnalysis,
  lineOf: (path: readonly PropertyKey[]) => number,
  add: (line: number, rule: RfcLintRule, message: string) => void,
): void {
  const { raw } = analysis;
  const rfcNumber = isRfcNumber(raw.rfc) ? raw.rfc : undefined;
  const slug = typeof raw.title === 'string' ? titleSlug(raw.title) : '';
  const extension = /\.mdx$/.test(name) ? 'mdx' : 'md';
  const match = RFC_FILE_NAME.exec(name);

  if (!match) {
    const number = analysis.fileNumber ?? rfcNumber;
    const suggestion = `${number === undefined ? 'NNNN' : padRfcNumber(number)}-${slug || 'short-title'}.${extension}`;
    add(1, 'file-name', `file name ${JSON.stringify(name)} does not match NNNN-kebab-title.md (rename the file to ${suggestion})`);
  } else if (slug && match[2] !== slug) {
    add(
      1,
      'file-name',
      `file name slug ${JSON.stringify(match[2])} does not match the title slug ${JSON.stringify(slug)} (rename the file to ${match[1]}-${slug}.${extension})`,
    );
  }

  if (rfcNumber !== undefined && analysis.fileNumber !== undefined && rfcNumber !== analysis.fileNumber) {
    const renamed = `${padRfcNumber(rfcNumber)}-${slug || match?.[2] || 'short-title'}.${extension}`;
    add(
      lineOf(['rfc']),
      'number-mismatch',
      `rfc: ${rfcNumber} does not match the number ${digitsOf(name)} in the file name (set rfc: ${analysis.fileNumber}, or rename the file to ${renamed})`,
    );
  }
}

function checkSections(
  parsed: ParsedRfcSource,
  required: readonly string[],
  add: (line: number, rule: RfcLintRule, message: string) => void,
): void {
  for (const { title, before } of checkRequiredSections(parsed.document, required).missing) {
    if (before) add(before.line, 'missing-section', `missing required section "## ${title}" (add it before "## ${before.title}")`);
    else add(parsed.lineCount, 'missing-section', `missing required section "## ${title}" (add it at the end of the file)`);
  }
}

/** Duplicate numbers and references, resolved across every RFC of the directory. */
function checkNumbersAndReferences(analyses: FileAnalysis[], dirName: string): void {
  const numberOf = (analysis: FileAnalysis) => (isRfcNumber(analysis.raw.rfc) ? analysis.raw.rfc : analysis.fileNumber);
  const byNumber = new Map<number, FileAnalysis[]>();
  for (const analysis of analyses) {
    const number = numberOf(analysis);
    if (number === undefined) continue;
    byNumber.set(number, [...(byNumber.get(number) ?? []), analysis]);
  }
  const known = new Set<number>(byNumber.keys());
  for (const analysis of analyses) if (analysis.fileNumber !== undefined) known.add(analysis.fileNumber);
  const nextFree = Math.max(0, ...known) + 1;

  for (const [number, group] of byNumber) {
    if (group.length < 2) continue;
    for (const analysis of group) {
      const others = group.filter((other) => other !== analysis).map((other) => path.basename(other.file));
      const line = analysis.parsed.frontMatter.present && isRfcNumber(analysis.raw.rfc) ? analysis.parsed.frontMatter.lineOf(['rfc']) : 1;
      analysis.findings.push({
        line,
        rule: 'duplicate-number',
        message: `RFC number ${number} is also used by ${others.join(', ')}; RFC numbers must be unique (the next free number is ${nextFree})`,
      });
    }
  }

  for (const analysis of analyses) {
    const fm = analysis.parsed.frontMatter;
    if (!fm.present) continue;
    for (const key of ['supersedes', 'superseded-by'] as const) {
      const value = analysis.raw[key];
      const items = Array.isArray(value) ? value.map((item, index) => [item, [key, index]] as const) : [[value, [key]] as const];
      for (const [item, at] of items) {
        if (!isRfcNumber(item) || known.has(item)) continue;
        analysis.findings.push({
          line: fm.lineOf(at),
          rule: 'unknown-reference',
          message: `${key} refers to RFC ${item}, but there is no ${dirName}/${padRfcNumber(item)}-*.md (check the number)`,
        });
      }
    }
  }
}

/** The changelog and version a `release` value names, or why it names none. */
export function resolveRfcRelease(release: string, changelogs: readonly ChangelogVersions[]): { changelog: string; version: string } | { problem: string } {
  const text = release.trim();
  const at = text.lastIndexOf('@');
  const id = at > 0 ? text.slice(0, at) : undefined;
  const version = (at > 0 ? text.slice(at + 1) : text).replace(/^v(?=\d)/, '');
  if (changelogs.length === 0) return { problem: `release ${JSON.stringify(release)} needs a changelog, but portal.config.ts has none (add one to changelogs)` };
  const ids = changelogs.map((changelog) => changelog.id).join(', ');
  if (id === undefined && changelogs.length > 1) {
    return { problem: `release ${JSON.stringify(release)} does not say which changelog it belongs to: write <changelog id>@${version} with one of ${ids}` };
  }
  const changelog = id === undefined ? changelogs[0]! : changelogs.find((candidate) => candidate.id === id);
  if (!changelog) return { problem: `release ${JSON.stringify(release)} names the changelog ${JSON.stringify(id)}, which is not configured (changelogs: ${ids})` };
  if (!changelog.versions.includes(version)) {
    const known = changelog.versions.slice(0, 5).join(', ');
    return {
      problem: `release ${JSON.stringify(release)} is not a version of the changelog ${changelog.id} (${changelog.versions.length === 0 ? 'it has no releases' : `its newest: ${known}`})`,
    };
  }
  return { changelog: changelog.id, version };
}

function checkReleases(analyses: FileAnalysis[], changelogs: readonly ChangelogVersions[]): void {
  for (const analysis of analyses) {
    const release = analysis.raw.release;
    if (typeof release !== 'string' || release.trim() === '' || !analysis.parsed.frontMatter.present) continue;
    const resolved = resolveRfcRelease(release, changelogs);
    if ('problem' in resolved) analysis.findings.push({ line: analysis.parsed.frontMatter.lineOf(['release']), rule: 'release', message: resolved.problem });
  }
}

function toMeta(analysis: FileAnalysis, dir: string): RfcMeta {
  const fm = analysis.frontMatter!;
  const file = path.relative(dir, analysis.file).split(path.sep).join('/');
  const slug = typeof fm.slug === 'string' && fm.slug.trim() !== '' ? fm.slug.trim() : undefined;
  const permalink = slug
    ? `/rfcs${slug.startsWith('/') ? '' : '/'}${slug}`.replace(/(.)\/$/, '$1')
    : `/rfcs/${path.basename(file).replace(/\.mdx?$/, '')}`;
  return {
    number: fm.rfc,
    title: fm.title,
    status: fm.status,
    authors: fm.authors,
    created: fm.created,
    ...(fm.updated === undefined ? {} : { updated: fm.updated }),
    discussion: fm.discussion,
    trackingIssue: fm['tracking-issue'],
    supersedes: fm.supersedes ?? [],
    supersededBy: fm['superseded-by'] ?? [],
    ...(fm.release === undefined ? {} : { release: fm.release }),
    file,
    permalink,
  };
}

const FIELD_RULES: Record<string, RfcLintRule> = {
  rfc: 'rfc-number',
  title: 'title',
  status: 'status',
  authors: 'authors',
  created: 'date',
  updated: 'date',
  discussion: 'url',
  'tracking-issue': 'url',
  supersedes: 'reference',
  'superseded-by': 'reference',
  release: 'release',
};

/** One zod issue as findings, worded by src/lib/core (`status: got "aproved", expected one of ...`), placed on the key's line. */
function describeIssue(
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[],
  lineOf: (path: readonly PropertyKey[]) => number,
): Located[] {
  const issuePath = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const place = formatFieldPath(issuePath) || 'front matter';
    return issue.keys.map((key) => ({
      line: lineOf([...issuePath, key]),
      rule: 'unknown-key',
      message: `${place}: ${unknownFieldsMessage([key], RFC_KEYS, 'or a Docusaurus key such as "slug" or "sidebar_label"')}`,
    }));
  }
  if (issue.code === 'invalid_union' && Array.isArray(issue.input)) {
    // `supersedes: [3, "x"]`: report the bad item from the list branch, not "is not a number or a list".
    const listBranch = issue.errors.find((branch) => branch.some((inner) => inner.path.length > 0));
    if (listBranch) return listBranch.flatMap((inner) => describeIssue(inner, issuePath, lineOf));
  }
  const key = String(issuePath[0] ?? '');
  const input = 'input' in issue ? issue.input : undefined;
  const rule: RfcLintRule =
    input === undefined && issuePath.length === 1 ? 'required-key' : issuePath.length === 0 ? 'front-matter-shape' : (FIELD_RULES[key] ?? 'front-matter-shape');
  return [{ line: lineOf(issuePath), rule, message: formatZodIssue(issue, { root: 'front matter' }, prefix) }];
}

function isRfcNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function digitsOf(name: string): string {
  return /^(\d+)/.exec(name)?.[1] ?? '';
}
