/**
 * `portal ingest` without a file: the result files and folders that the
 * configuration's `dashboards.benchmarks` and `dashboards.coverage` name,
 * ingested at the git HEAD commit, skipping files already stored (by
 * content hash); and the check the site build runs for results nobody
 * ingested yet.
 */
export { describeUningestedResults, findUningestedResults, ingestedSourceHashes, listConfiguredResults } from './configured.js';
export type { ConfiguredResultFile, ConfiguredResultPaths, SkippedFolderFile, UningestedResult } from './configured.js';
export { gitHeadCommit, ingestConfiguredResults } from './ingest-configured.js';
export type { ConfiguredIngestOutcome, IngestConfiguredOptions, IngestConfiguredReport } from './ingest-configured.js';
