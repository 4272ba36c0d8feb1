import { spawnSync } from 'node:child_process';
import { ingestBenchmarkRun, type IngestBenchResult } from '../bench/ingest.js';
import { DEFAULT_COVERAGE_SUITE, ingestCoverageRun, type IngestCoverageResult } from '../coverage/ingest.js';
import { PortalError } from '../errors.js';
import { fileSha256, suiteFromFileName, type HistoryKind } from '../history/index.js';
import { ingestedSourceHashes, listConfiguredResults, type ConfiguredResultPaths, type SkippedFolderFile } from './configured.js';
import { displayPath } from '../core/files.js';

/**
 * The commit checked out in `dir` (`git rev-parse HEAD`), lowercase hex.
 *
 * @throws {@link PortalError} (exit 2) when `dir` is not in a git checkout with a commit, saying to pass `--commit`.
 */
export function gitHeadCommit(dir: string): string {
  const run = spawnSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: dir, encoding: 'utf8' });
  const commit = run.status === 0 ? run.stdout.trim() : '';
  if (!/^[0-9a-f]{40,64}$/.test(commit)) {
    const why = run.error ? 'git could not be run' : /not a git repository/i.test(run.stderr ?? '') ? 'it is not in a git repository' : 'git found no commit there';
    throw new PortalError(`No commit to record the runs under: ${displayPath(dir)}: ${why}`, 2, ['pass --commit <sha>']);
  }
  return commit;
}

/** What `portal ingest` (no file) needs. */
export interface IngestConfiguredOptions {
  /** The configured result paths and the history directory (absolute). */
  paths: ConfiguredResultPaths;
  /** Which kinds to ingest. */
  kinds: readonly HistoryKind[];
  /** Project root: coverage source paths become relative to it. */
  rootDir: string;
  /** Commit of every run (the caller resolves the git HEAD default). */
  commit: string;
  branch?: string;
  date?: string;
  /** Clock, for tests. */
  now?: Date;
}

/** One configured file and what happened to it. */
export type ConfiguredIngestOutcome =
  | { kind: 'bench'; file: string; status: 'stored' | 'unchanged'; result: IngestBenchResult }
  | { kind: 'coverage'; file: string; status: 'stored' | 'unchanged'; result: IngestCoverageResult }
  | { kind: HistoryKind; file: string; status: 'already ingested' }
  | { kind: HistoryKind; file: string; status: 'failed'; error: PortalError };

/** What an ingest of the configured results did. */
export interface IngestConfiguredReport {
  outcomes: ConfiguredIngestOutcome[];
  /** Files in configured folders that are not results of their kind. */
  skipped: SkippedFolderFile[];
}

/**
 * Ingests every configured result file of the given kinds (see
 * `listConfiguredResults`) as one run at `commit`. A file whose bytes a
 * stored run already has (same SHA-256, any suite of its kind) is skipped:
 * it is a result that was ingested before, perhaps at an earlier commit, and
 * storing it again under a newer commit would date old numbers wrongly.
 * Suites: a benchmark file's name without extension, as `portal ingest bench`
 * names them; coverage goes to the `default` suite when the configuration
 * yields one coverage file, else to each file's name. A file that cannot be
 * read does not stop the others; each ingest changes nothing when it fails.
 */
export async function ingestConfiguredResults(options: IngestConfiguredOptions): Promise<IngestConfiguredReport> {
  const listing = listConfiguredResults(options.paths);
  const files = listing.files.filter((file) => options.kinds.includes(file.kind));
  const known = ingestedSourceHashes(options.paths.historyDir);
  const coverageCount = files.filter((file) => file.kind === 'coverage').length;
  const meta = { commit: options.commit, branch: options.branch, date: options.date, now: options.now };
  const outcomes: ConfiguredIngestOutcome[] = [];
  for (const { kind, file } of files) {
    try {
      if (known[kind].has(fileSha256(file))) {
        outcomes.push({ kind, file, status: 'already ingested' });
        continue;
      }
      if (kind === 'bench') {
        const result = await ingestBenchmarkRun({ file, historyDir: options.paths.historyDir, ...meta });
        outcomes.push({ kind, file, status: result.outcome.status === 'added' ? 'stored' : 'unchanged', result });
      } else {
        const suite = coverageCount === 1 ? DEFAULT_COVERAGE_SUITE : suiteFromFileName(file);
        const result = await ingestCoverageRun({ file, historyDir: options.paths.historyDir, rootDir: options.rootDir, suite, ...meta });
        outcomes.push({ kind, file, status: result.outcome.status === 'added' ? 'stored' : 'unchanged', result });
      }
    } catch (error) {
      if (!(error instanceof PortalError)) throw error;
      outcomes.push({ kind, file, status: 'failed', error });
    }
  }
  return { outcomes, skipped: listing.skipped.filter((file) => options.kinds.includes(file.kind)) };
}
