import {
  appendCoverageRun,
  assertSuiteName,
  resolveRunMeta,
  runHeader,
  type AppendOutcome,
  type CoverageRun,
  type ResolvedRunMeta,
  type RunMetaOptions,
} from '../history/index.js';
import type { CoverageFormat } from './model.js';
import { readCoverageFile, type CoverageFileReading } from './parse.js';

/** The suite coverage goes to when `--suite` is absent: most projects have one coverage report. */
export const DEFAULT_COVERAGE_SUITE = 'default';

/** What `portal ingest coverage` needs. */
export interface IngestCoverageOptions extends RunMetaOptions {
  /** The coverage report. */
  file: string;
  /** History directory (absolute). */
  historyDir: string;
  /** Absolute source paths inside this directory become relative. */
  rootDir: string;
  /** Format; detected from the content when absent. */
  format?: CoverageFormat;
  /** Suite; {@link DEFAULT_COVERAGE_SUITE} when absent. */
  suite?: string;
  /** Clock, for tests. */
  now?: Date;
}

/** What a coverage ingest did. */
export interface IngestCoverageResult {
  /** The parsed report and how its format was chosen. */
  reading: CoverageFileReading;
  /** Suite the run went to. */
  suite: string;
  /** Commit, branch and date of the run, and where the date came from. */
  meta: ResolvedRunMeta;
  /** Whether the run was added or already stored. */
  outcome: AppendOutcome<CoverageRun>;
}

/** Reads a coverage report and appends it as one run; see `ingestBenchmarkRun` for the guarantees. */
export async function ingestCoverageRun(options: IngestCoverageOptions): Promise<IngestCoverageResult> {
  const reading = readCoverageFile(options.file, options.rootDir, options.format);
  const suite = options.suite ?? DEFAULT_COVERAGE_SUITE;
  assertSuiteName(suite);
  const meta = resolveRunMeta(options, {}, options.now);
  const run: CoverageRun = {
    ...runHeader({ kind: 'coverage', suite, meta, format: reading.format, file: reading.input.file, content: { totals: reading.totals, files: reading.files } }),
    totals: reading.totals,
    files: reading.files,
  };
  const outcome = await appendCoverageRun(options.historyDir, suite, run);
  return { reading, suite, meta, outcome };
}
