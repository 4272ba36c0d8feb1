import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPortalConfig } from '../../../config/index.js';
import { renderCacheDir } from '../../../lib/build-cache/index.js';
import { runDocusaurusBuild, type BuildLayout } from '../../../lib/build/index.js';
import { rmSync } from 'node:fs';
import { PortalError } from '../../../lib/errors.js';
import { GATES_CHECKED_ENV } from '../../../lib/gates/in-build.js';
import { runBuildGates } from './gates.js';

/** Options of `portal build`, as commander hands them over. */
export interface BuildCommandOptions {
  outDir?: string;
  singleProcess?: boolean;
  config?: string;
  /** False with `--no-cache`: render the pages even when the last build's render could be reused. */
  cache?: boolean;
}

/** Portico's own folder, where docusaurus.config.ts, the theme and the plugins are. */
const PORTICO_SITE_DIR = fileURLToPath(new URL('../../../../', import.meta.url));

/** The action of `portal build`. */
export async function runBuild(options: BuildCommandOptions): Promise<void> {
  // Validated here first, so an unusable configuration stops the build before any process starts.
  const config = await loadPortalConfig(options.config);
  const outDir = options.outDir ? path.resolve(options.outDir) : path.join(config.rootDir, 'build');
  const layout: BuildLayout =
    !config.build.bundleInSeparateProcess || options.singleProcess
      ? 'one process'
      : config.build.bundleClientAndServerSeparately
        ? 'client bundle, server bundle, render'
        : 'bundle, render';
  for (const deprecation of config.deprecations) process.stderr.write(`⚠ ${config.configFile}: ${deprecation}\n`);
  const gates = await runBuildGates(config, PORTICO_SITE_DIR);
  // What a CI log (and `npm run bench`) reads to see how soon a bad change is reported.
  const first = gates.firstVerdictSeconds === undefined ? 'no gate ran' : `first verdict after ${gates.firstVerdictSeconds.toFixed(1)} s`;
  process.stderr.write(`[portico] input gates: ${gates.totalSeconds.toFixed(1)} s before bundling (${first})\n`);
  if (gates.failure) {
    removeOutput(outDir, config.rootDir);
    throw new PortalError(`${gates.failure.message}; nothing was bundled and ${outDir} was removed`, gates.failure.exitCode, gates.failure.problems);
  }
  const result = await runDocusaurusBuild({
    siteDir: PORTICO_SITE_DIR,
    outDir,
    configFile: config.configFile,
    layout,
    env: { [GATES_CHECKED_ENV]: '1' },
    renderCache: { dir: renderCacheDir(config.rootDir, config.configFile, outDir), reuse: config.build.reuseRender && options.cache !== false },
    onPhaseStart: (phase, index, total) => {
      if (total > 1) process.stderr.write(`[portico] build step ${index + 1}/${total}: ${phase.description}\n`);
    },
  });
  // Each step's peak says which one to look at when a build runs short of memory.
  const timings = result.steps
    .map((step) => `${step.phase} ${step.seconds.toFixed(1)} s${step.reused ? ' (reused)' : ''}${step.peakRssMb === undefined ? '' : ` peak ${step.peakRssMb} MB`}`)
    .join(', ');
  if (result.code !== 0) {
    const cause = result.signal ? `killed by ${result.signal}${result.signal === 'SIGKILL' ? ' (out of memory?)' : ''}` : `exit ${result.code}`;
    removeOutput(outDir, config.rootDir);
    throw new PortalError(`Build failed in its ${result.failedPhase} step (${cause}); steps: ${timings}; the incomplete output in ${outDir} was removed`, result.code === 2 ? 2 : 1);
  }
  // The build processes' peaks are what matters; this one's is printed so a benchmark can add it.
  const ownPeakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stderr.write(`[portico] built ${outDir} (${timings}; portal process ${ownPeakMb} MB)\n`);
}

/**
 * A failed build leaves no folder that looks deployable: CI that uploads
 * `build/` after a red step would otherwise publish a half-checked site (or the
 * last good one, stale). Docusaurus empties the folder itself when a build
 * starts, so nothing a build did not make is lost; a folder that holds the
 * project itself is never removed.
 */
function removeOutput(outDir: string, rootDir: string): void {
  const relative = path.relative(outDir, rootDir);
  const holdsProject = relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  if (holdsProject) return;
  rmSync(outDir, { recursive: true, force: true });
}
