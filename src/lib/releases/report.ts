import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ApiPackageInput } from '../api-coverage/convert.js';
import { loadChangelog, addGitDates, type Changelog } from '../changelog/index.js';
import { resolveRfcRelease, type RfcMeta } from '../rfcs/lint.js';
import { loadRfcs } from '../rfcs/load.js';
import { typescriptApiSections, type TsPackageDiffSection } from './api-diff-sections.js';
import { computeDeltas, loadDeltaHistory, type DeltaThresholds, type ReleaseDeltas } from './deltas.js';
import { buildReleaseTimeline, type ReleaseEntry, type ReleaseTimeline } from './model.js';
import { comparedTags, httpApiSections, type ProjectPlace, type ReleaseSection, type SpecDiffSection } from './sections.js';

/** The parts of the loaded configuration the release pages and commands read. */
export interface ReleasesConfig extends ProjectPlace {
  /** `changelogs` (files absolute). */
  changelogs: readonly { id: string; title: string; file: string; tagPattern?: string; openapiSpecs?: readonly string[]; apiPackages?: readonly string[] }[];
  /** `api.packages` (paths absolute); a changelog's `apiPackages` names which of them its release pages diff. */
  apiPackages?: readonly ApiPackageInput[];
  /** `openapi.specs` (files absolute). */
  specs: readonly { id: string; file: string }[];
  /** `dashboards.historyDir` (absolute). */
  historyDir: string;
  /** `thresholds.benchRegression` and overrides. */
  thresholds: DeltaThresholds;
}

/** An RFC shipped in a release. */
export interface ShippedRfc {
  /** RFC number. */
  number: number;
  /** Title (untrusted text). */
  title: string;
  /** Site path of its page. */
  permalink: string;
}

/** Everything a release page and `portal release notes` show about one release. */
export interface ReleaseReport {
  /** The changelog's id and title. */
  changelog: { id: string; title: string };
  /** The release, its tag and previous release. */
  entry: Omit<ReleaseEntry, 'release'>;
  /** Markdown of the release notes (the project's changelog text: untrusted). */
  notesMarkdown: string;
  /** RFCs whose `release` names this release, by number. */
  rfcs: ShippedRfc[];
  /** The tag compared with and the tag of this release, or why there are not two. */
  compared: { from: string; to: string } | { reason: string };
  /** One TypeScript API diff per API package of the changelog (`changelogs[].apiPackages`); unavailable when none is named. */
  typescriptApi: ReleaseSection<TsPackageDiffSection[]>;
  /** One HTTP API diff per spec of the changelog; unavailable when none is configured. */
  httpApi: ReleaseSection<SpecDiffSection[]>;
  /** Benchmark, coverage and doc-coverage deltas. */
  deltas: ReleaseDeltas;
  /** Breaking TypeScript API and HTTP API changes in this release. */
  breakingCount: number;
  /** Benchmark and doc-coverage series that regressed beyond their threshold. */
  regressionCount: number;
}

/**
 * The releases of every configured changelog; changelogs are parsed by src/lib/changelog (dates from
 * git where missing). `read` holds changelogs already parsed and dated, by id (the site build's
 * changelog plugin has read them), so they are not read and blamed again.
 */
export async function loadTimelines(config: ReleasesConfig, read: ReadonlyMap<string, Changelog> = new Map()): Promise<ReleaseTimeline[]> {
  return Promise.all(config.changelogs.map(async (log) => buildReleaseTimeline(read.get(log.id) ?? (await addGitDates(await loadChangelog(log.file))), log)));
}

/** The RFCs of `<rootDir>/rfcs` (empty when there is no such folder). */
export async function loadProjectRfcs(rootDir: string): Promise<RfcMeta[]> {
  const dir = path.join(rootDir, 'rfcs');
  return existsSync(dir) ? loadRfcs(dir) : [];
}

/**
 * The report of one release: notes, RFCs, TypeScript API diff per package,
 * HTTP API diff per spec and deltas,
 * each section either computed or saying why it could not be.
 */
export async function buildReleaseReport(
  config: ReleasesConfig,
  timelines: readonly ReleaseTimeline[],
  timeline: ReleaseTimeline,
  entry: ReleaseEntry,
  rfcs: readonly RfcMeta[],
): Promise<ReleaseReport> {
  const log = config.changelogs.find((candidate) => candidate.id === timeline.changelogId);
  const wanted = log?.openapiSpecs;
  const specs = wanted ? config.specs.filter((spec) => wanted.includes(spec.id)) : config.specs;
  const tags = comparedTags(timeline, entry);
  const httpApi: ReleaseSection<SpecDiffSection[]> =
    specs.length === 0
      ? { available: false, reason: 'no OpenAPI spec is configured for this changelog (openapi.specs)' }
      : { available: true, value: await httpApiSections(timeline, entry, specs, config), notes: [] };

  const typescriptApi = await typescriptApiSection(config, log?.apiPackages, timeline, entry);

  let deltas: ReleaseDeltas;
  const history = 'reason' in tags ? undefined : loadDeltaHistory(config.historyDir);
  if ('reason' in tags || !history || 'reason' in history) {
    const reason = 'reason' in tags ? tags.reason : (history as { reason: string }).reason;
    deltas = { benchmarks: { available: false, reason }, coverage: { available: false, reason }, docCoverage: { available: false, reason } };
  } else {
    deltas = computeDeltas(history, tags.from, tags.to, config.thresholds);
  }

  const versions = timelines.map((candidate) => ({ id: candidate.changelogId, versions: candidate.releases.map((release) => release.version) }));
  const shipped = rfcs
    .filter((rfc) => {
      if (rfc.release === undefined) return false;
      const resolved = resolveRfcRelease(rfc.release, versions);
      return !('problem' in resolved) && resolved.changelog === timeline.changelogId && resolved.version === entry.version;
    })
    .map((rfc) => ({ number: rfc.number, title: rfc.title, permalink: rfc.permalink }));

  const { release, ...rest } = entry;
  const breakingCount =
    (httpApi.available ? httpApi.value.reduce((sum, spec) => sum + (spec.diff.available ? spec.diff.value.breaking.length : 0), 0) : 0) +
    (typescriptApi.available ? typescriptApi.value.reduce((sum, pkg) => sum + (pkg.diff.available ? pkg.diff.value.breaking.length : 0), 0) : 0);
  const regressions = (section: ReleaseDeltas['benchmarks']) => (section.available ? section.value.filter((delta) => delta.verdict === 'regressed').length : 0);
  return {
    changelog: { id: timeline.changelogId, title: timeline.title },
    entry: rest,
    notesMarkdown: release.bodyMarkdown,
    rfcs: shipped,
    compared: 'reason' in tags ? { reason: tags.reason } : { from: tags.from.tag.name, to: tags.to.tag.name },
    typescriptApi,
    httpApi,
    deltas,
    breakingCount,
    regressionCount: regressions(deltas.benchmarks) + regressions(deltas.docCoverage),
  };
}

/**
 * The TypeScript API section: the packages the changelog names in `apiPackages`, diffed between the
 * two tags; unavailable (saying why) when it names none, or names one that is not configured.
 */
async function typescriptApiSection(
  config: ReleasesConfig,
  wanted: readonly string[] | undefined,
  timeline: ReleaseTimeline,
  entry: ReleaseEntry,
): Promise<ReleaseSection<TsPackageDiffSection[]>> {
  const configured = config.apiPackages ?? [];
  if (wanted === undefined || wanted.length === 0) {
    return {
      available: false,
      reason:
        configured.length === 0
          ? 'no TypeScript API package is configured (api.packages)'
          : `the changelog names no API package (changelogs[].apiPackages: one of ${configured.map((pkg) => pkg.name).join(', ')})`,
    };
  }
  const unknown = wanted.filter((name) => !configured.some((pkg) => pkg.name === name));
  if (unknown.length > 0) {
    return { available: false, reason: `changelogs[].apiPackages names ${unknown.join(', ')}, which api.packages does not have` };
  }
  const packages = wanted.map((name) => configured.find((pkg) => pkg.name === name)!);
  return { available: true, value: await typescriptApiSections(timeline, entry, packages, config.rootDir), notes: [] };
}
