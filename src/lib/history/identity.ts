import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { HistoryKind } from './schema.js';

/** What makes two ingested runs the same run. */
export interface RunIdentityInput {
  /** `bench` or `coverage`. */
  kind: HistoryKind;
  /** Suite of the run. */
  suite: string;
  /** Commit of the run, if known. */
  commit?: string;
  /**
   * The date, only when it was given (`--date`) or read from the result file.
   * The time of ingestion is not part of the identity: ingesting the same
   * file twice must store it once.
   */
  explicitDate?: string;
  /** The measured content: benchmark results or coverage counts, already normalised. */
  content: unknown;
}

/**
 * A run's id: the first 16 hex digits of a SHA-256 over the kind, suite,
 * commit, explicit date and content (object keys sorted, so key order in the
 * input file does not matter). The same results for the same commit are the
 * same run; a re-run that measured anything differently is a new one.
 */
export function runIdentity(input: RunIdentityInput): string {
  const canonical = stableStringify([input.kind, input.suite, input.commit ?? null, input.explicitDate ?? null, input.content]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** JSON with object keys sorted at every level. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 of a file's bytes, lowercase hex: how `portal ingest` recognises a result file it already stored. */
export function fileSha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
