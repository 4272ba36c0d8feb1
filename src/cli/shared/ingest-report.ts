import pc from 'picocolors';
import type { AppendOutcome, ResolvedRunMeta } from '../../lib/history/index.js';
import { plural } from '../../lib/core/text.js';
import { displayPath } from '../../lib/core/files.js';
import { DATE_SOURCES } from './history-context.js';

/** Options of `portal ingest bench` and `portal ingest coverage`, as commander hands them over. */
export interface IngestRunCliOptions {
  format?: string;
  suite?: string;
  commit?: string;
  branch?: string;
  date?: string;
  history?: string;
  config?: string;
}

/** What `writeIngestReport` prints about one ingested result file. */
export interface IngestReport {
  /** Label of the format the file was read as, e.g. "hyperfine". */
  formatLabel: string;
  /** The format and, when it was detected rather than given, why. */
  reading: { format: string; detection?: { reason: string } };
  suite: string;
  meta: ResolvedRunMeta;
  outcome: AppendOutcome<{ id: string; date: string; commit?: string }>;
  /** What the run measured, e.g. "3 series" or "lines 80.0%; 12 files". */
  measured: string;
  /** What a same run shares besides the commit: "results" or "counts". */
  sameWhat: string;
}

/**
 * Prints the outcome of `portal ingest bench|coverage <file>`. Both commands
 * report detection, the stored run and the history file the same way; one
 * writer keeps their wording identical.
 */
export function writeIngestReport(report: IngestReport): void {
  const { reading, outcome, meta, suite } = report;
  if (reading.detection) {
    process.stdout.write(`Detected format: ${report.formatLabel} (${reading.format}): ${reading.detection.reason}\n`);
  }
  const run = outcome.run;
  if (outcome.status === 'added') {
    const commit = run.commit ? `commit ${run.commit.slice(0, 12)}` : 'no commit';
    process.stdout.write(`${pc.green('✔')} Stored run ${run.id} in suite "${suite}": ${report.measured}, ${commit}, ${run.date} (${DATE_SOURCES[meta.dateSource]})\n`);
  } else {
    process.stdout.write(
      `${pc.green('✔')} Already stored: run ${run.id} in suite "${suite}" has the same commit and ${report.sameWhat}; the history is unchanged\n`,
    );
  }
  process.stdout.write(`  ${displayPath(outcome.file)}: ${plural(outcome.runCount, 'run')}\n`);
}
