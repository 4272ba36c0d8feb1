import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { detectBenchFormat } from '../bench/detect.js';
import { detectCoverageFormat } from '../coverage/parse.js';
import { fileSha256, loadBenchHistory, loadCoverageHistory, type HistoryKind } from '../history/index.js';
import { MAX_RESULT_FILE_BYTES } from '../results/limits.js';
import { displayPath } from '../core/files.js';

/** The `dashboards` part of the loaded configuration: absolute paths. */
export interface ConfiguredResultPaths {
  /** `dashboards.benchmarks`: result files, or folders of them. */
  benchmarks: readonly string[];
  /** `dashboards.coverage`: coverage reports, or folders of them. */
  coverage: readonly string[];
  /** `dashboards.historyDir`. */
  historyDir: string;
}

/** One result file the configuration points at. */
export interface ConfiguredResultFile {
  kind: HistoryKind;
  /** Absolute path. */
  file: string;
  /** Whether it was found in a configured folder (else it was named itself). */
  fromFolder: boolean;
}

/** A file in a configured folder that is not a result file of its kind, and why. */
export interface SkippedFolderFile {
  kind: HistoryKind;
  file: string;
  reason: string;
}

/**
 * The result files of the configuration, benchmarks first, in configuration
 * order and by name within a folder. A named file is always listed (reading
 * it reports what is wrong with it); a folder contributes the files directly
 * in it (not in subfolders, so a coverage folder's HTML report is left out)
 * whose content the format detection of `portal ingest` recognises; the
 * others are returned as skipped. A path that does not exist lists nothing:
 * the results may not have been produced yet.
 */
export function listConfiguredResults(paths: Pick<ConfiguredResultPaths, 'benchmarks' | 'coverage'>): { files: ConfiguredResultFile[]; skipped: SkippedFolderFile[] } {
  const files: ConfiguredResultFile[] = [];
  const skipped: SkippedFolderFile[] = [];
  const seen = new Set<string>();
  const entries: [HistoryKind, readonly string[]][] = [
    ['bench', paths.benchmarks],
    ['coverage', paths.coverage],
  ];
  for (const [kind, configured] of entries) {
    for (const entry of configured) {
      const stats = statOrUndefined(entry);
      if (!stats) continue;
      if (!stats.isDirectory()) {
        if (!seen.has(`${kind}:${entry}`)) files.push({ kind, file: entry, fromFolder: false });
        seen.add(`${kind}:${entry}`);
        continue;
      }
      const names = readdirSync(entry).filter((name) => !name.startsWith('.')).sort();
      for (const name of names) {
        const file = path.join(entry, name);
        if (seen.has(`${kind}:${file}`) || !statOrUndefined(file)?.isFile()) continue;
        seen.add(`${kind}:${file}`);
        const reason = unrecognisedReason(kind, file);
        if (reason) skipped.push({ kind, file, reason });
        else files.push({ kind, file, fromFolder: true });
      }
    }
  }
  return { files, skipped };
}

/** Why a file in a configured folder is not taken as a result file of its kind, or `undefined` when it is one. */
function unrecognisedReason(kind: HistoryKind, file: string): string | undefined {
  if (statSync(file).size > MAX_RESULT_FILE_BYTES) return `larger than ${MAX_RESULT_FILE_BYTES} bytes`;
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') return 'empty';
  const detection = kind === 'bench' ? detectBenchFormat(text) : detectCoverageFormat(text);
  return detection.format ? undefined : detection.reason;
}

/** The SHA-256 of every stored run's source file, per kind (runs stored before hashes were kept have none). */
export function ingestedSourceHashes(historyDir: string): Record<HistoryKind, Set<string>> {
  return { bench: sourceHashes(loadBenchHistory(historyDir)), coverage: sourceHashes(loadCoverageHistory(historyDir)) };
}

type StoredSuites = readonly { runs: readonly { date: string; sourceSha256?: string }[] }[];

function sourceHashes(suites: StoredSuites): Set<string> {
  return new Set(suites.flatMap((suite) => suite.runs.flatMap((run) => (run.sourceSha256 ? [run.sourceSha256] : []))));
}

/** A configured result file that the history does not hold yet. */
export interface UningestedResult extends ConfiguredResultFile {
  /** When the file was last written (ISO 8601). */
  modified: string;
}

/**
 * The configured result files written after the newest stored run of their
 * kind whose content no stored run has (by SHA-256): results that CI
 * produced but nobody ran `portal ingest` on, so the dashboards would not
 * show them. A file older than the newest run is left out even when its
 * content is unknown: it is an old result, not a missed one.
 *
 * @throws {@link PortalError} (exit 2) when the history store is corrupt, as the dashboards' loading does.
 */
export function findUningestedResults(paths: ConfiguredResultPaths): UningestedResult[] {
  const { files } = listConfiguredResults(paths);
  if (files.length === 0) return [];
  const stored: Record<HistoryKind, StoredSuites> = { bench: loadBenchHistory(paths.historyDir), coverage: loadCoverageHistory(paths.historyDir) };
  const hashes = { bench: sourceHashes(stored.bench), coverage: sourceHashes(stored.coverage) };
  const newest = { bench: newestRunTime(stored.bench), coverage: newestRunTime(stored.coverage) };
  const found: UningestedResult[] = [];
  for (const result of files) {
    const modified = statSync(result.file).mtime;
    if (modified.getTime() <= newest[result.kind]) continue;
    if (hashes[result.kind].has(fileSha256(result.file))) continue;
    found.push({ ...result, modified: modified.toISOString() });
  }
  return found;
}

/**
 * The build's one-line warning about {@link findUningestedResults}' files,
 * or `undefined` when there are none. Paths are shown relative to `cwd`.
 */
export function describeUningestedResults(found: readonly UningestedResult[], cwd: string = process.cwd()): string | undefined {
  if (found.length === 0) return undefined;
  const shown = found.slice(0, 3).map((result) => displayPath(result.file, cwd));
  const more = found.length > 3 ? `, and ${found.length - 3} more` : '';
  const files = found.length === 1 ? 'result file is' : 'result files are';
  return `${found.length} configured ${files} newer than the last ingested run and not in the history (${shown.join(', ')}${more}): the dashboards do not show ${found.length === 1 ? 'it' : 'them'} until you run "portal ingest"`;
}

function newestRunTime(suites: StoredSuites): number {
  let newest = Number.NEGATIVE_INFINITY;
  for (const suite of suites) for (const run of suite.runs) newest = Math.max(newest, Date.parse(run.date));
  return newest;
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
