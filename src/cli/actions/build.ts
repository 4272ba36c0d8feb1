import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPortalConfig } from '../../config/index.js';
import { runDocusaurusBuild, type BuildLayout } from '../../lib/build/index.js';
import { PortalError } from '../../lib/errors.js';
import type { BuildCommandOptions } from '../commands/build.js';

/** Portico's own folder, where docusaurus.config.ts, the theme and the plugins are. */
const PORTICO_SITE_DIR = fileURLToPath(new URL('../../../', import.meta.url));

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
  const result = await runDocusaurusBuild({
    siteDir: PORTICO_SITE_DIR,
    outDir,
    configFile: config.configFile,
    layout,
    onPhaseStart: (phase, index, total) => {
      if (total > 1) process.stderr.write(`[portico] build step ${index + 1}/${total}: ${phase.description}\n`);
    },
  });
  // Each step's peak says which one to look at when a build runs short of memory.
  const timings = result.steps
    .map((step) => `${step.phase} ${step.seconds.toFixed(1)} s${step.peakRssMb === undefined ? '' : ` peak ${step.peakRssMb} MB`}`)
    .join(', ');
  if (result.code !== 0) {
    const cause = result.signal ? `killed by ${result.signal}${result.signal === 'SIGKILL' ? ' (out of memory?)' : ''}` : `exit ${result.code}`;
    throw new PortalError(`Build failed in its ${result.failedPhase} step (${cause}); steps: ${timings}; the output in ${outDir} is incomplete`, result.code === 2 ? 2 : 1);
  }
  // The build processes' peaks are what matters; this one's is printed so a benchmark can add it.
  const ownPeakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stderr.write(`[portico] built ${outDir} (${timings}; portal process ${ownPeakMb} MB)\n`);
}
