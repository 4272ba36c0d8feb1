import path from 'node:path';
import pc from 'picocolors';
import { loadPortalConfig } from '../../config/index.js';
import { PortalError } from '../../lib/errors.js';
import {
  detectChangelogStyle,
  loadChangelog,
  type Changelog,
  type Release,
  type StyleDetection,
} from '../../lib/changelog/index.js';
import type { LintChangelogOptions } from '../commands/lint-changelog.js';

/** A changelog to lint: a file, and its id and title when it comes from the configuration. */
interface LintTarget {
  file: string;
  id?: string;
  title?: string;
}

interface LintedChangelog {
  target: LintTarget;
  changelog: Changelog;
  detection: StyleDetection;
}

/** The action of `portal lint changelog`. */
export async function runLintChangelog(file: string | undefined, options: LintChangelogOptions): Promise<void> {
  const targets = file ? [{ file: path.resolve(file) }] : await configuredChangelogs(options.config);
  const linted: LintedChangelog[] = [];
  const failures: PortalError[] = [];
  for (const target of targets) {
    try {
      const changelog = await loadChangelog(target.file);
      const result = { target, changelog, detection: detectChangelogStyle(changelog.releases) };
      linted.push(result);
      if (!options.json) process.stdout.write(`${renderChangelogReport(result)}\n`);
    } catch (error) {
      if (!(error instanceof PortalError)) throw error;
      failures.push(error);
    }
  }
  if (failures.length === 1 && targets.length === 1) throw failures[0]!;
  if (failures.length > 0) {
    throw new PortalError(
      `${failures.length} of ${targets.length} changelogs cannot be used`,
      2,
      failures.flatMap((failure) => failure.problems),
    );
  }
  if (options.json) process.stdout.write(`${JSON.stringify({ changelogs: linted.map(toJson) }, null, 2)}\n`);
}

async function configuredChangelogs(configPath: string | undefined): Promise<LintTarget[]> {
  const config = await loadPortalConfig(configPath);
  if (config.changelogs.length === 0) {
    throw new PortalError(`Nothing to lint: ${config.configFile} lists no changelogs`, 2, [
      'pass a file (portal lint changelog CHANGELOG.md) or add one to `changelogs` in the configuration',
    ]);
  }
  return config.changelogs.map(({ id, title, file }) => ({ id, title, file }));
}

/** The `--json` form of one changelog: releases without `bodyMarkdown`, to keep the output small. */
function toJson({ target, changelog, detection }: LintedChangelog) {
  return {
    id: target.id ?? null,
    title: target.title ?? null,
    file: changelog.file,
    style: changelog.style,
    styleReason: detection.reason,
    documentTitle: changelog.title ?? null,
    releases: changelog.releases.map(({ bodyMarkdown: _body, ...release }) => release),
  };
}

/** Header, style line, a table of releases and a summary line, for the terminal. */
function renderChangelogReport({ target, changelog, detection }: LintedChangelog): string {
  const shown = displayPath(changelog.file);
  const label = target.id ? ` (${target.id}: ${target.title})` : '';
  const rows = [
    ['Version', 'Date', 'Flags', 'Entries'],
    ...changelog.releases.map((release) => [release.version, release.date ?? '—', flagsOf(release), entrySummary(release)]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const table = rows.map((row, index) => {
    const line = `  ${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ')}`.trimEnd();
    return index === 0 ? pc.bold(line) : line;
  });
  const entries = changelog.releases.reduce(
    (sum, release) => sum + release.sections.reduce((n, section) => n + section.entries.length, 0),
    0,
  );
  const prereleases = changelog.releases.filter((release) => release.prerelease).length;
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return [
    `${pc.bold(shown)}${label}`,
    `  style: ${changelog.style} ${pc.dim(`— ${detection.reason}`)}`,
    ...table,
    `${pc.green('✔')} ${count(changelog.releases.length, 'release')}` +
      `${prereleases ? ` (${count(prereleases, 'pre-release')})` : ''}, ${count(entries, 'entry', 'entries')}`,
    '',
  ].join('\n');
}

function flagsOf(release: Release): string {
  return [release.prerelease ? 'pre-release' : '', release.yanked ? 'yanked' : ''].filter(Boolean).join(', ');
}

/** `Added 3, Fixed 2`: section titles without leading emoji, with their entry counts. */
function entrySummary(release: Release): string {
  const parts = release.sections.map((section) => {
    const title = section.title.replace(/^[^\p{L}\p{N}]+/u, '') || section.title;
    return `${title} ${section.entries.length}`;
  });
  return parts.length > 0 ? parts.join(', ') : '—';
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
