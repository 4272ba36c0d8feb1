import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Docusaurus CLI of Portico's own install: the site (docusaurus.config.ts,
 * theme, plugins) is Portico's, whichever project's configuration it is built from.
 */
const DOCUSAURUS_CLI = path.join(path.dirname(createRequire(import.meta.url).resolve('@docusaurus/core/package.json')), 'bin', 'docusaurus.mjs');

/** One `docusaurus build` process of a Portico build. */
export interface BuildPhase {
  /** What the process does: both steps, or one of them. */
  name: 'bundle and render' | 'bundle' | 'render';
  /** What the process does, for the progress line. */
  description: string;
  /** Extra environment for the process. */
  env: Record<string, string>;
}

/**
 * The processes a build runs. In one process, the memory Rspack takes while
 * bundling (native memory, outside Node's heap) is still held while the pages
 * are rendered and the search index is built, so the build's peak is the sum
 * of both. Bundling in one process and rendering in a second one makes the
 * peak the larger of the two: on the benchmark's 2,400-page site 2.6 GB
 * instead of 3.2-3.4 GB when it was measured (since then JSON data modules
 * are bundled leaner: see src/plugins/json-data-modules), for the few seconds
 * it takes to load the site a second time
 * (docs/performance.md#bundling-and-rendering-in-separate-processes).
 *
 * The switches are Docusaurus' own (`DOCUSAURUS_EXIT_AFTER_BUNDLING`,
 * `DOCUSAURUS_SKIP_BUNDLING` in @docusaurus/core's buildLocale): the first
 * process clears the output folder, bundles the client and the server bundle
 * and exits; the second loads the site again (Portico's generated API and HTTP
 * API pages are reused: their inputs did not change), skips bundling, renders
 * every page from the server bundle, runs postBuild (search index, feeds,
 * sitemap) and checks links. Docusaurus exits after bundling the first locale,
 * so this holds for Portico's single-locale site only.
 */
export function buildPhases(separateProcesses: boolean): BuildPhase[] {
  if (!separateProcesses) return [{ name: 'bundle and render', description: 'bundling and rendering', env: {} }];
  return [
    { name: 'bundle', description: 'bundling (Rspack)', env: { DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true' } },
    { name: 'render', description: 'rendering the pages, search index, feeds and link check', env: { DOCUSAURUS_SKIP_BUNDLING: 'true' } },
  ];
}

/** What `runDocusaurusBuild` needs. */
export interface DocusaurusBuildOptions {
  /** The Docusaurus site: the folder of Portico's docusaurus.config.ts. */
  siteDir: string;
  /** Where the built site goes. */
  outDir: string;
  /** Absolute path of the portal configuration the site is built from (PORTAL_CONFIG of each process). */
  configFile: string;
  /** Bundle and render in two processes (see `buildPhases`). */
  separateProcesses: boolean;
  /** Called before each process starts. */
  onPhaseStart?: (phase: BuildPhase, index: number, total: number) => void;
}

/** How a build ended. */
export interface DocusaurusBuildResult {
  /** Exit code of the last process that ran; 0 when every process succeeded. */
  code: number;
  /** The process that failed, when one did. */
  failedPhase?: BuildPhase['name'];
  /** Signal that ended the failed process (SIGKILL from the kernel's out-of-memory killer, say). */
  signal?: NodeJS.Signals;
  /** Wall time of each process that ran, in seconds. */
  seconds: { phase: BuildPhase['name']; seconds: number }[];
}

/** Runs the build's `docusaurus build` processes one after another; the output goes to this process' stdout/stderr. */
export async function runDocusaurusBuild(options: DocusaurusBuildOptions): Promise<DocusaurusBuildResult> {
  const phases = buildPhases(options.separateProcesses);
  const seconds: DocusaurusBuildResult['seconds'] = [];
  for (const [index, phase] of phases.entries()) {
    options.onPhaseStart?.(phase, index, phases.length);
    const started = process.hrtime.bigint();
    const { code, signal } = await runNode([DOCUSAURUS_CLI, 'build', options.siteDir, '--out-dir', options.outDir], {
      ...process.env,
      ...phase.env,
      PORTAL_CONFIG: options.configFile,
    });
    seconds.push({ phase: phase.name, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
    if (code !== 0) return { code: code ?? 1, failedPhase: phase.name, ...(signal ? { signal } : {}), seconds };
  }
  return { code: 0, seconds };
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}
