import pc from 'picocolors';
import { loadPortalConfig, type PortalConfig } from '../../../config/index.js';
import { PortalError } from '../../../lib/errors.js';
import {
  buildReleaseReport,
  checkRelease,
  findRelease,
  loadProjectRfcs,
  loadTimelines,
  releaseNotesMarkdown,
  type ReleaseReport,
  type ReleasesConfig,
} from '../../../lib/releases/index.js';

/** Options of `portal release notes`, as commander hands them over. */
export interface ReleaseNotesOptions {
  changelog?: string;
  json?: boolean;
  config?: string;
}

/** Options of `portal release check`, as commander hands them over. */
export interface ReleaseCheckOptions {
  changelog?: string;
  config?: string;
}

/** What the release library needs from the loaded configuration. */
export function releasesConfigOf(config: PortalConfig): ReleasesConfig {
  return {
    rootDir: config.rootDir,
    allowedRoots: config.allowedRoots,
    changelogs: config.changelogs,
    apiPackages: config.api.packages,
    specs: config.openapi.specs,
    historyDir: config.dashboards.historyDir,
    thresholds: { benchRegression: config.thresholds.benchRegression, benchRegressionOverrides: config.thresholds.benchRegressionOverrides },
  };
}

/** The report of one release of the configured project; exit 2 when the changelog or the version does not exist. */
async function reportFor(version: string, options: { changelog?: string; config?: string }): Promise<ReleaseReport> {
  const config = releasesConfigOf(await loadPortalConfig(options.config));
  if (config.changelogs.length === 0) {
    throw new PortalError('No changelog is configured', 2, ['portal.config.ts: changelogs is empty; add { id, title, file } for the project\'s CHANGELOG.md']);
  }
  const ids = config.changelogs.map((log) => log.id);
  const id = options.changelog ?? ids[0]!;
  if (!ids.includes(id)) throw new PortalError(`Unknown changelog ${JSON.stringify(id)}`, 2, [`--changelog: got ${JSON.stringify(id)}, expected one of ${ids.join(', ')}`]);
  const timelines = await loadTimelines(config);
  const timeline = timelines.find((candidate) => candidate.changelogId === id)!;
  const entry = findRelease(timeline, version);
  if (!entry) {
    const newest = timeline.releases.slice(0, 5).map((release) => release.version).join(', ');
    throw new PortalError(`No release ${version} in the changelog ${id}`, 2, [
      `${timeline.file}: has no release ${JSON.stringify(version)}; ${newest ? `its newest: ${newest}` : 'it has no releases'}`,
    ]);
  }
  return buildReleaseReport(config, timelines, timeline, entry, await loadProjectRfcs(config.rootDir));
}

/** The action of `portal release notes`: Markdown (or JSON) on stdout. */
export async function runReleaseNotes(version: string, options: ReleaseNotesOptions): Promise<void> {
  const report = await reportFor(version, options);
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : releaseNotesMarkdown(report));
}

/**
 * The action of `portal release check`: exit 0 when the release's breaking
 * TypeScript and HTTP API changes fit its version bump, 1 (naming each) when they do not,
 * 2 when the diff it needs cannot be computed.
 */
export async function runReleaseCheck(version: string, options: ReleaseCheckOptions): Promise<void> {
  const report = await reportFor(version, options);
  const result = checkRelease(report);
  const name = `${report.changelog.id} ${report.entry.version}`;
  if (result.previous === undefined) {
    process.stdout.write(`${pc.green('✔')} ${name} is the first release: nothing to compare it with\n`);
    return;
  }
  if (!report.httpApi.available && !report.typescriptApi.available) {
    process.stdout.write(`${pc.green('✔')} ${name}: ${report.typescriptApi.reason}, and ${report.httpApi.reason}, so there is no API to check\n`);
    return;
  }
  const bump = `${result.bump} bump from ${result.previous}`;
  if (!result.passed) {
    throw new PortalError(
      `${name} has ${result.breaking.length === 1 ? '1 breaking change' : `${result.breaking.length} breaking changes`} but is a ${bump}; breaking changes need a major version`,
      1,
      result.breaking,
    );
  }
  if (result.unavailable.length > 0 && !result.breakingAllowed) {
    throw new PortalError(`Cannot check ${name}: ${unavailableWhat(result.unavailable)} could not be computed`, 2, result.unavailable);
  }
  const apis = [report.typescriptApi.available ? 'TypeScript API' : '', report.httpApi.available ? 'HTTP API' : ''].filter(Boolean);
  const found =
    result.breaking.length === 0
      ? `no breaking ${apis.join(' or ')} change`
      : `${result.breaking.length} breaking ${apis.join(' and ')} ${result.breaking.length === 1 ? 'change' : 'changes'}, allowed in a ${result.bump} release`;
  process.stdout.write(`${pc.green('✔')} ${name} (${bump}): ${found}\n`);
}

/** `the HTTP API diff`, `the TypeScript API diff` or both, from the check's unavailable sections. */
function unavailableWhat(unavailable: readonly string[]): string {
  const kinds = [unavailable.some((line) => line.startsWith('TypeScript API')) ? 'TypeScript API' : '', unavailable.some((line) => line.startsWith('HTTP API')) ? 'HTTP API' : ''].filter(Boolean);
  return `the ${kinds.join(' and ')} diff`;
}
