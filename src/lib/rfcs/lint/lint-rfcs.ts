import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { PortalError } from '../../errors.js';
import { parseRfcFile } from '../parse.js';
import { analyzeFile } from './analyze-file.js';
import { RFC_TEMPLATE_FILE, isRfcFileName } from './file-names.js';
import type { RfcFinding } from './findings.js';
import { toMeta, type RfcMeta } from './meta.js';
import { checkNumbersAndReferences } from './references.js';
import { checkReleases, type ChangelogVersions } from './releases.js';
import { DEFAULT_REQUIRED_SECTIONS } from './sections.js';

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
