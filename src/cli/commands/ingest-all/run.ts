import path from 'node:path';
import pc from 'picocolors';
import { PortalError, formatPortalError } from '../../../lib/errors.js';
import type { HistoryKind } from '../../../lib/history/index.js';
import { gitHeadCommit, ingestConfiguredResults, type ConfiguredIngestOutcome } from '../../../lib/ingest/index.js';
import { resolveHistoryContext } from '../../shared/history-context.js';
import { plural } from '../../../lib/core/text.js';
import { displayPath } from '../../../lib/core/files.js';

/** Options of `portal ingest` without a file, as commander hands them over. */
export interface IngestConfiguredCliOptions {
  commit?: string;
  branch?: string;
  date?: string;
  history?: string;
  config?: string;
}

const KIND_FIELDS: Record<HistoryKind, string> = { bench: 'dashboards.benchmarks', coverage: 'dashboards.coverage' };

/**
 * The action of `portal ingest` with no file (and of `portal ingest bench` /
 * `portal ingest coverage` without one): one line per configured file, then
 * a summary. Exit 2 when any file could not be ingested (the others are
 * stored), or when there is no commit to record the runs under.
 */
export async function runIngestConfigured(kinds: readonly HistoryKind[], options: IngestConfiguredCliOptions & { suite?: string; format?: string }): Promise<void> {
  const fields = kinds.map((kind) => KIND_FIELDS[kind]).join(' and ');
  if (options.suite !== undefined || options.format !== undefined) {
    throw new PortalError(`${options.suite !== undefined ? '--suite' : '--format'} needs a file`, 2, [
      `without a file, each file of ${fields} goes to its own suite with its detected format; pass the file to choose them`,
    ]);
  }
  const { historyDir, rootDir, config } = await resolveHistoryContext(options);
  if (!config) {
    throw new PortalError('No configuration to read the result files from', 2, [`pass a file, or run where portal.config.ts is, or pass --config <file> (${fields} name the files)`]);
  }
  const commit = options.commit ?? gitHeadCommit(path.dirname(config.configFile));
  const { outcomes, skipped } = await ingestConfiguredResults({
    paths: { benchmarks: config.dashboards.benchmarks, coverage: config.dashboards.coverage, historyDir },
    kinds,
    rootDir,
    commit,
    ...(options.branch !== undefined ? { branch: options.branch } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
  });
  if (outcomes.length === 0) {
    process.stdout.write(`Nothing to ingest: ${fields} name no result file${skipped.length > 0 ? ` (${plural(skipped.length, 'file')} skipped, below)` : ''}\n`);
  }
  for (const outcome of outcomes) process.stdout.write(`${describeOutcome(outcome)}\n`);
  for (const file of skipped) process.stdout.write(pc.dim(`  skipped ${displayPath(file.file)}: not a ${file.kind === 'bench' ? 'benchmark result' : 'coverage report'} (${file.reason})\n`));
  const count = (status: ConfiguredIngestOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  const failed = outcomes.filter((outcome): outcome is Extract<ConfiguredIngestOutcome, { status: 'failed' }> => outcome.status === 'failed');
  const summary = [`${count('stored')} stored`, `${count('already ingested') + count('unchanged')} already ingested`, ...(failed.length > 0 ? [`${failed.length} failed`] : [])];
  process.stdout.write(`${plural(outcomes.length, 'result file')}: ${summary.join(', ')} (commit ${commit.slice(0, 12)})\n`);
  if (failed.length > 0) {
    throw new PortalError(
      `${plural(failed.length, 'configured result file')} could not be ingested`,
      2,
      failed.flatMap(({ error }) => [error.message, ...error.problems.map((problem) => `  ${problem}`)]),
    );
  }
}

function describeOutcome(outcome: ConfiguredIngestOutcome): string {
  const shown = displayPath(outcome.file);
  switch (outcome.status) {
    case 'already ingested':
      return `${pc.dim('·')} ${shown}: already ingested (a stored run has the same content)`;
    case 'failed':
      return `${pc.red('✖')} ${shown}: ${formatPortalError(outcome.error).replace(/^✖ /, '').split('\n')[0]}`;
    case 'unchanged':
      return `${pc.dim('·')} ${shown}: already stored as run ${outcome.result.outcome.run.id} in suite "${outcome.result.suite}"`;
    case 'stored': {
      const { suite, reading, outcome: appended } = outcome.result;
      return `${pc.green('✔')} ${shown}: stored run ${appended.run.id} in suite "${suite}" (${reading.format}), ${plural(appended.runCount, 'run')} in the suite`;
    }
  }
}
