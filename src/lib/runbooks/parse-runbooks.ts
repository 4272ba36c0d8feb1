import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { PortalError } from '../errors.js';
import { checkRequiredSections, parseMarkdownDocument, type DocumentSection, type MarkdownDocument } from '../markdown/document.js';
import { planRunbookAliases, runbookPermalink } from './aliases.js';
import { REQUIRED_RUNBOOK_SECTIONS, runbookFrontMatterSchema, type RunbookSeverity } from './schema.js';
import { displayPath } from '../core/files.js';
import { formatZodIssue } from '../core/zod-issues.js';

/** A level-2 heading of a runbook: its text (without a `{#custom-id}`) and line. */
export type RunbookSection = DocumentSection;

/** A validated runbook page. */
export interface Runbook {
  /** Absolute path of the Markdown file. */
  file: string;
  /** URL segment(s) under `/runbooks/`, without leading or trailing `/`: `high-error-rate`. */
  slug: string;
  /** Site path of the page without the site's `baseUrl`: `/runbooks/high-error-rate`. */
  permalink: string;
  /** Front matter `title`. */
  title: string;
  /** Front matter `alerts`: the alerts this runbook answers. */
  alerts: string[];
  /** 1-based line of each alert name in the front matter, by name. */
  alertLines: Readonly<Record<string, number>>;
  /** Front matter `severity`. */
  severity: RunbookSeverity;
  /** Front matter `service`. */
  service: string;
  /** Front matter `owner`. */
  owner: string;
  /** Front matter `last_reviewed`, `YYYY-MM-DD`. */
  lastReviewed: string;
  /** Every level-2 heading, in document order. */
  sections: RunbookSection[];
}

/** Something wrong in a runbook file, with the line to fix. */
export interface RunbookProblem {
  /** Absolute path of the file. */
  file: string;
  /** 1-based line. */
  line: number;
  /** What is wrong and what was expected, one sentence. */
  message: string;
}

/** Everything read from a runbooks directory. */
export interface LoadedRunbooks {
  /** Runbooks with valid front matter, sorted by file path. Runbooks with section problems are included. */
  runbooks: Runbook[];
  /** Front-matter, section, slug and alias problems, sorted by file and line. */
  problems: RunbookProblem[];
}

/** The outcome of parsing one runbook file. */
export interface ParsedRunbookFile {
  /** The runbook, unless its front matter is unusable (or it is a draft, which is not published). */
  runbook?: Runbook;
  /** Problems found in this file alone. */
  problems: RunbookProblem[];
}

/**
 * The files the runbooks docs-plugin instance turns into pages. Mirrors the
 * docs plugin's defaults (`include: ['**\/*.{md,mdx}']` and `GlobExcludeDefault`
 * in `@docusaurus/utils`): files and folders starting with `_` are partials.
 */
const INCLUDE = ['**/*.{md,mdx}'];
const EXCLUDE = ['**/_*.{md,mdx}', '**/_*/**', '**/__tests__/**'];

/**
 * Reads every runbook in `dir` (the runbooks docs-plugin directory), validates
 * its front matter and sections, and computes its URL.
 *
 * Category index pages (`index.md`, `README.md`, `<folder>/<folder>.md`) and
 * drafts are not runbooks and are skipped. A runbook whose front matter is
 * invalid is reported and left out of `runbooks`.
 *
 * @throws {@link PortalError} (exit 2) when `dir` is not a directory.
 */
export async function loadRunbooks(dir: string): Promise<LoadedRunbooks> {
  const root = path.resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new PortalError(`Runbooks directory not found: ${root}`, 2, [
      `${root}: expected a directory of runbook Markdown files (pass --runbooks <dir>)`,
    ]);
  }
  const relativePaths = (await glob(INCLUDE, { cwd: root, ignore: EXCLUDE, onlyFiles: true })).sort();
  const runbooks: Runbook[] = [];
  const problems: RunbookProblem[] = [];
  for (const relativePath of relativePaths) {
    if (isCategoryIndex(relativePath)) continue;
    const file = path.join(root, relativePath);
    const parsed = parseRunbookFile(await readFile(file, 'utf8'), file, relativePath);
    problems.push(...parsed.problems);
    if (parsed.runbook) runbooks.push(parsed.runbook);
  }
  problems.push(...findCrossRunbookProblems(runbooks, root));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { runbooks, problems };
}

/**
 * Parses one runbook file. Pure: `text` is the file's content, `file` its
 * absolute path (used in problems) and `relativePath` its path inside the
 * runbooks directory, with `/` separators (used for the URL).
 */
export function parseRunbookFile(text: string, file: string, relativePath: string): ParsedRunbookFile {
  const problems: RunbookProblem[] = [];
  const report = (line: number, message: string) => problems.push({ file, line, message });

  const document = parseMarkdownDocument(text, { file, what: 'runbook', frontMatterHeadline: `Cannot read the runbook ${displayPath(file)}` });
  const { sections, frontMatter: fm } = document;
  checkSections(document, report);

  if (!fm.present) {
    report(1, `missing front matter: start the file with a "---" block declaring ${REQUIRED_KEYS}`);
    return { problems };
  }
  const [syntaxError] = fm.errors;
  if (syntaxError) {
    // Only the first: the parser's later errors are usually echoes of it.
    report(syntaxError.line, `front matter is not valid YAML: ${syntaxError.message}`);
    return { problems };
  }
  if (!fm.isMapping) {
    report(fm.line, `front matter must be a YAML mapping declaring ${REQUIRED_KEYS}`);
    return { problems };
  }
  const raw = fm.data as Record<string, unknown>;
  if (raw.draft === true) return { problems: [] };

  const result = runbookFrontMatterSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      report(fm.lineOf(issue.path), formatZodIssue(issue, { schema: runbookFrontMatterSchema, root: 'front matter' }));
    }
    return { problems };
  }
  const frontMatter = result.data;
  const slug = computeRunbookSlug({
    relativePath,
    frontMatterSlug: frontMatter.slug,
    frontMatterId: frontMatter.id,
    parseNumberPrefixes: raw.parse_number_prefixes !== false,
  });
  const alertLines: Record<string, number> = {};
  frontMatter.alerts.forEach((alert, index) => {
    alertLines[alert] = fm.lineOf(['alerts', index]);
  });
  return {
    runbook: {
      file,
      slug,
      permalink: runbookPermalink(slug),
      title: frontMatter.title,
      alerts: frontMatter.alerts,
      alertLines,
      severity: frontMatter.severity,
      service: frontMatter.service,
      owner: frontMatter.owner,
      lastReviewed: frontMatter.last_reviewed,
      sections,
    },
    problems,
  };
}

const REQUIRED_KEYS = 'title, alerts, severity, service, owner and last_reviewed';

/**
 * The slug Docusaurus gives a doc, mirroring `getSlug` in
 * `@docusaurus/plugin-content-docs`: a front-matter `slug` starting with `/`
 * is taken as is; a relative one, or else the front-matter `id`, or else the
 * file name without its number prefix (`01-` in `01-high-error-rate.md`) is
 * resolved against the file's folder (whose number prefixes are stripped too).
 * Returned without leading or trailing `/`.
 */
export function computeRunbookSlug(input: {
  /** Path inside the runbooks directory, `/`-separated. */
  relativePath: string;
  /** Front matter `slug`, if any. */
  frontMatterSlug?: string;
  /** Front matter `id`, if any. */
  frontMatterId?: string;
  /** Front matter `parse_number_prefixes` (default true). */
  parseNumberPrefixes?: boolean;
}): string {
  const { relativePath, frontMatterSlug, frontMatterId, parseNumberPrefixes = true } = input;
  const parsed = path.posix.parse(relativePath);
  let slug: string;
  if (frontMatterSlug?.startsWith('/')) {
    slug = frontMatterSlug;
  } else {
    const dirName = parsed.dir === '' ? '.' : parsed.dir;
    // Docusaurus strips number prefixes from folders even when the doc opts out.
    const dirSlug = dirName === '.' ? '/' : `/${stripPathNumberPrefixes(dirName)}/`;
    const baseId = frontMatterId ?? (parseNumberPrefixes ? stripNumberPrefix(parsed.name) : parsed.name);
    slug = path.posix.resolve(dirSlug, frontMatterSlug ?? baseId);
  }
  return slug.replace(/^\/+|\/+$/g, '');
}

/**
 * Removes a Docusaurus number prefix from a file or folder name: `01-intro` →
 * `intro`, `003 - setup` → `setup`. Like Docusaurus' default parser, leaves
 * date- and version-like names (`2021-01-notes`, `7.0-upgrade`) alone.
 */
export function stripNumberPrefix(name: string): string {
  if (/^\d+[-_.]\d+/.test(name)) return name;
  const match = /^(?<number>\d+)\s*[-_.]+\s*(?<rest>[^-_.\s].*)$/.exec(name);
  return match?.groups?.rest ?? name;
}

function stripPathNumberPrefixes(dir: string): string {
  return dir.split('/').map(stripNumberPrefix).join('/');
}

/** `index.md`, `README.md` and `<folder>/<folder>.md` are category index pages, not runbooks. */
function isCategoryIndex(relativePath: string): boolean {
  const { dir, name } = path.posix.parse(relativePath);
  const folder = dir.split('/').pop()?.toLowerCase();
  const lower = name.toLowerCase();
  return lower === 'index' || lower === 'readme' || (folder !== undefined && folder !== '' && lower === folder);
}

/** Required sections present, non-empty, once each and in order. */
function checkSections(document: MarkdownDocument, report: (line: number, message: string) => void): void {
  const expectedOrder = REQUIRED_RUNBOOK_SECTIONS.join(', ');
  const check = checkRequiredSections(document, REQUIRED_RUNBOOK_SECTIONS);
  for (const { title, before } of check.missing) {
    // Point at where the section belongs: just before the next required section present.
    report(before?.line ?? document.lastLine, `missing section "## ${title}" (runbooks have ${expectedOrder}, in that order)`);
  }
  for (const { title, line, after } of check.outOfOrder) {
    report(line, `section "## ${title}" must come after "## ${after}" (runbooks have ${expectedOrder}, in that order)`);
  }
  const headingProblems = [
    ...check.repeated.map(({ title, line, firstLine }) => ({ line, message: `section "## ${title}" appears twice (first on line ${firstLine})` })),
    ...check.empty.map(({ title, line }) => ({ line, message: `section "## ${title}" is empty` })),
  ];
  for (const { line, message } of headingProblems.sort((a, b) => a.line - b.line)) report(line, message);
}

/** Problems only visible across files: two runbooks on one URL, or one alert with two runbooks. */
function findCrossRunbookProblems(runbooks: readonly Runbook[], root: string): RunbookProblem[] {
  const problems: RunbookProblem[] = [];
  const shown = (file: string) => path.relative(root, file).split(path.sep).join('/');

  const bySlug = new Map<string, Runbook>();
  for (const runbook of runbooks) {
    const owner = bySlug.get(runbook.slug);
    if (owner) {
      problems.push({
        file: runbook.file,
        line: 1,
        message: `URL ${runbook.permalink} is already the page of ${shown(owner.file)}; give one of them another slug`,
      });
    } else {
      bySlug.set(runbook.slug, runbook);
    }
  }

  const byAlert = new Map<string, Runbook>();
  const duplicated = new Set<string>();
  for (const runbook of runbooks) {
    for (const alert of runbook.alerts) {
      const owner = byAlert.get(alert);
      if (owner) {
        duplicated.add(alert);
        problems.push({
          file: runbook.file,
          line: runbook.alertLines[alert] ?? 1,
          message: `alert ${alert} is already served by ${shown(owner.file)}; an alert has exactly one runbook`,
        });
      } else {
        byAlert.set(alert, runbook);
      }
    }
  }

  for (const conflict of planRunbookAliases(runbooks).conflicts) {
    if (duplicated.has(conflict.alert)) continue; // the duplicate is the mistake; reported once, above
    const runbook = runbooks.find((candidate) => candidate.file === conflict.file);
    const holder =
      conflict.takenBy.kind === 'page'
        ? `the page of ${shown(conflict.takenBy.file)}`
        : `an alias of alert ${conflict.takenBy.alert} in ${shown(conflict.takenBy.file)}`;
    problems.push({
      file: conflict.file,
      line: runbook?.alertLines[conflict.alert] ?? 1,
      message: `alias ${runbookPermalink(conflict.slug)} of alert ${conflict.alert} cannot be published: ${holder} already has that path (compared ignoring case)`,
    });
  }
  return problems;
}
