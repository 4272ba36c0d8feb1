import path from 'node:path';
import { fileSha256, runIdentity } from './identity.js';
import type { ResolvedRunMeta } from './run-meta.js';
import type { HistoryKind } from './schema.js';

/** What a stored run's common fields are made of. */
export interface RunHeaderInput<F extends string> {
  /** `bench` or `coverage`. */
  kind: HistoryKind;
  /** Suite the run goes to. */
  suite: string;
  /** Commit, branch and date as resolved for the run. */
  meta: ResolvedRunMeta;
  /** Format the result file was read as. */
  format: F;
  /** The result file, for its name and its SHA-256. */
  file: string;
  /** The measured content the run's id is computed over. */
  content: unknown;
}

/**
 * The fields every stored run starts with: id, date, optional commit and
 * branch, format and source file. Benchmark and coverage ingests build them
 * the same way; one function keeps their ids and source fields from drifting.
 */
export function runHeader<F extends string>(input: RunHeaderInput<F>) {
  const { kind, suite, meta, format, file, content } = input;
  return {
    id: runIdentity({ kind, suite, commit: meta.commit, explicitDate: meta.explicitDate, content }),
    date: meta.date,
    ...(meta.commit ? { commit: meta.commit } : {}),
    ...(meta.branch ? { branch: meta.branch } : {}),
    format,
    source: path.basename(file),
    sourceSha256: fileSha256(file),
  };
}
