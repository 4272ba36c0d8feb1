import { formatPlace } from '../results/index.js';
import {
  appendBenchRun,
  assertSuiteName,
  resolveRunMeta,
  runHeader,
  suiteFromFileName,
  type AppendOutcome,
  type BenchRun,
  type ResolvedRunMeta,
  type RunMetaOptions,
} from '../history/index.js';
import type { BenchResult, BenchFormat } from './model.js';
import { readBenchFile, type BenchFileReading } from './parse.js';

/** What `portal ingest bench` needs. */
export interface IngestBenchOptions extends RunMetaOptions {
  /** The result file. */
  file: string;
  /** History directory (absolute). */
  historyDir: string;
  /** Format; detected from the content when absent. */
  format?: BenchFormat;
  /** Suite; the file name without extension when absent. */
  suite?: string;
  /** Clock, for tests. */
  now?: Date;
}

/** What an ingest did, for the CLI to report. */
export interface IngestBenchResult {
  /** The parsed file and how its format was chosen. */
  reading: BenchFileReading;
  /** Suite the run went to. */
  suite: string;
  /** Commit, branch and date of the run, and where the date came from. */
  meta: ResolvedRunMeta;
  /** Whether the run was added or already stored. */
  outcome: AppendOutcome<BenchRun>;
}

/**
 * Reads a benchmark result file and appends it as one run to its suite's
 * history. Every check on the input happens before the store is touched, and
 * the checks against stored runs (unit and direction of each series) happen
 * under the lock before writing: a failed ingest changes nothing.
 */
export async function ingestBenchmarkRun(options: IngestBenchOptions): Promise<IngestBenchResult> {
  const reading = readBenchFile(options.file, options.format);
  const suite = options.suite ?? suiteFromFileName(options.file);
  assertSuiteName(suite);
  const pointers = reading.metaPointers ?? {};
  const places = Object.fromEntries(Object.entries(pointers).map(([field, pointer]) => [field, `${reading.input.shown}#${pointer}`]));
  const meta = resolveRunMeta(options, { ...reading.meta, places }, options.now);
  const results = [...reading.results].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const run: BenchRun = {
    ...runHeader({ kind: 'bench', suite, meta, format: reading.format, file: reading.input.file, content: results }),
    results: reading.results,
  };
  const outcome = await appendBenchRun(options.historyDir, suite, run, (existing, added) => seriesConflicts(existing, added, reading));
  return { reading, suite, meta, outcome };
}

/**
 * A series keeps its dimension (and, for counts, its unit) and its direction
 * for life: a series that was a time and is now a rate would make every
 * comparison meaningless. One problem per clashing series, naming the file
 * and the place of the series in it.
 */
export function seriesConflicts(existing: readonly BenchRun[], run: BenchRun, reading: Pick<BenchFileReading, 'input' | 'places'>): string[] {
  const lastSeen = new Map<string, { result: BenchResult; run: BenchRun }>();
  for (const stored of existing) for (const result of stored.results) lastSeen.set(result.name, { result, run: stored });
  const problems: string[] = [];
  for (const result of run.results) {
    const previous = lastSeen.get(result.name);
    if (!previous) continue;
    const place = reading.places.get(result.name);
    const where = `${reading.input.shown}${place ? formatPlace(place) : ''}`;
    const since = `run ${previous.run.id} of ${previous.run.date.slice(0, 10)}`;
    if (previous.result.dimension !== result.dimension || (result.dimension === 'count' && previous.result.unit !== result.unit)) {
      problems.push(
        `${where}: ${JSON.stringify(result.name)} is measured in ${result.unit} (${result.dimension}) here but in ${previous.result.unit} (${previous.result.dimension}) in the history (${since}): a series keeps one unit; rename the series or use another --suite`,
      );
    } else if (previous.result.direction !== result.direction) {
      problems.push(
        `${where}: ${JSON.stringify(result.name)} is ${result.direction}-is-better here but ${previous.result.direction}-is-better in the history (${since}): check --format`,
      );
    }
  }
  return problems;
}
