/**
 * The history store: one JSON file per suite under the history directory,
 * written atomically under an inter-process lock. Dashboards and gates read
 * it; `portal ingest` appends to it.
 */
export { fileSha256, runIdentity, stableStringify } from './identity.js';
export type { RunIdentityInput } from './identity.js';
export { runHeader } from './run-header.js';
export type { RunHeaderInput } from './run-header.js';
export { resolveRunMeta } from './run-meta.js';
export type { ResolvedRunMeta, RunMetaOptions } from './run-meta.js';
// The zod schemas stay internal: their inferred types are the API.
export { HISTORY_SCHEMA_VERSION, SUITE_NAME_PATTERN } from './schema.js';
export type { BenchHistoryFile, BenchRun, CoverageHistoryFile, CoverageRun, HistoryKind } from './schema.js';
export {
  LOCK_NAME,
  appendBenchRun,
  appendCoverageRun,
  assertSuiteName,
  historyFilePath,
  loadBenchHistory,
  loadBenchSuite,
  loadCoverageHistory,
  serializeHistory,
  suiteFromFileName,
} from './store.js';
export type { AppendOutcome, RunConflictCheck } from './store.js';
