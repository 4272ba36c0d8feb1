/**
 * Releases: the releases of each configured changelog with their previous
 * release and git tag, and what changed between two tagged releases
 * (TypeScript API, HTTP API, benchmarks, coverage). Used by the release pages and `portal release`.
 */
export { buildReleaseTimeline, findRelease, previousRelease, summaryOf, plainText } from './model.js';
export type { ReleaseChangelogConfig, ReleaseEntry, ReleaseTimeline } from './model.js';
export { defaultTagPatterns, tagCandidates, findReleaseTags, packageNameOf } from './tags.js';
export type { ReleaseTag } from './tags.js';
export { runGit, listTags, tagCommit, showFileAtTag, GitUnavailable } from './git.js';
export { diffHttpApi, parseSpecText, hasExternalRefs } from './http-diff.js';
export type { HttpApiDiff, HttpChange, HttpChangeClass, HttpOperationChange, HttpOperationRef, BreakingKind } from './http-diff.js';
export { comparedTags, httpApiSections } from './sections.js';
export { diffApiSnapshots, normalizeType, unionMembers, renderExport, renderMember, renderSignature, API_SNAPSHOT_FORMAT } from './api-diff.js';
export type { ApiExport, ApiMember, ApiParameter, ApiSignature, ApiSnapshot, TsApiChange, TsApiDiff, TsApiEntry } from './api-diff.js';
export { typescriptApiSections, apiSnapshotCacheDir, forgetApiSnapshotsInProcess } from './api-diff-sections.js';
export type { TsPackageDiffSection } from './api-diff-sections.js';
export type { ComparedTags, ProjectPlace, ReleaseSection, SpecDiffSection } from './sections.js';
export { computeDeltas, loadDeltaHistory, DOC_COVERAGE_SUITE } from './deltas.js';
export type { BenchDelta, CoverageDelta, DeltaThresholds, DeltaVerdict, ReleaseDeltas } from './deltas.js';
export { buildReleaseReport, loadTimelines, loadProjectRfcs } from './report.js';
export type { ReleaseReport, ReleasesConfig, ShippedRfc } from './report.js';
export { releaseNotesMarkdown, describeDelta } from './markdown.js';
export { checkRelease } from './check.js';
export type { ReleaseCheckResult } from './check.js';
