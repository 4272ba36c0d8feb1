import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { changedInputs, dropCachedRender, findCachedRender, readCachedRender, renderKey, restoreRender, storeRender } from '../build-cache/index.js';
import { BUNDLE_SIDE_ENV } from './bundle-side.js';

/**
 * The Docusaurus CLI of Portico's own install: the site (docusaurus.config.ts,
 * theme, plugins) is Portico's, whichever project's configuration it is built from.
 */
const DOCUSAURUS_CLI = path.join(path.dirname(createRequire(import.meta.url).resolve('@docusaurus/core/package.json')), 'bin', 'docusaurus.mjs');

/**
 * V8 grows a heap by a factor it picks from the GC's speed, up to 4x, so a
 * bundling process that allocates quickly keeps much garbage: on the
 * benchmark's 5,800-page site the client bundling step's JS heap stayed at
 * about 1.07 GB with 860 MB in use. Growing by at most 1.2x each time kept it
 * at about 540 MB, and the step's peak resident set went from 3,488 to
 * 2,886 MB in about the same time (docs/benchmark-runs.md#which-step-sets-the-peak-at-the-large-size).
 * It is a growth factor, not a limit: the heap still grows to what the build needs.
 * Only the processes that bundle the client get it (see {@link v8FlagsOfPhase}).
 */
export const BUILD_V8_FLAGS = ['--heap-growing-percent=20'] as const;

/**
 * The V8 flags of one build process. The bounded heap growth was measured to
 * help where the client is bundled (the step that sets the build's peak); in
 * the render step, whose peak is far below it, it made garbage collection 12%
 * of the SSG workers' time and 24% of postBuild (issue 27), so the render
 * step, and the server bundling step, where it was never measured, run with
 * V8's default growth.
 */
export function v8FlagsOfPhase(phase: BuildPhase['name']): readonly string[] {
  return phase === 'client bundle' || phase === 'bundle' || phase === 'bundle and render' ? BUILD_V8_FLAGS : [];
}

/** Preloaded into each build process to report its peak resident set (see the file). */
const PEAK_RSS_REPORTER = fileURLToPath(new URL('./report-peak-rss.cjs', import.meta.url));

/** One `docusaurus build` process of a Portico build. */
export interface BuildPhase {
  /** What the process does: everything, one of the two bundles, both bundles, or the rest. */
  name: 'bundle and render' | 'bundle' | 'server bundle' | 'client bundle' | 'render';
  /** What the process does, for the progress line. */
  description: string;
  /** Extra environment for the process. */
  env: Record<string, string>;
  /** Where this process writes instead of the build's output folder (the server bundling step). */
  outDir?: string;
}

/** How many processes a build runs, and what each does (see `buildPhases`). */
export type BuildLayout = 'one process' | 'bundle, render' | 'client bundle, server bundle, render';

/** Folders the one-side bundling steps write to, outside the output folder. */
export interface BundleSideDirs {
  /** Where each step writes the bundle it leaves out; thrown away. */
  spareDir: string;
  /** Where the client step leaves its compiled MDX modules for the server step. */
  mdxCacheDir: string;
  /** Output folder of the server step (Docusaurus clears it first); its `__server` is moved into the build's. */
  serverOutDir: string;
}

/**
 * The processes a build runs. In one process, the memory Rspack takes while
 * bundling (native memory, outside Node's heap) is still held while the pages
 * are rendered and the search index is built, so the build's peak is the sum
 * of both. Bundling in one process and rendering in a second one makes the
 * peak the larger of the two (docs/performance.md#bundling-and-rendering-in-separate-processes).
 * Docusaurus bundles the client and the server bundle at once, so the bundling
 * process holds every module twice; bundling each in a process of its own
 * makes that step's peak the larger bundle's (src/plugins/bundle-one-side).
 *
 * The switches are Docusaurus' own (`DOCUSAURUS_EXIT_AFTER_BUNDLING`,
 * `DOCUSAURUS_SKIP_BUNDLING` in @docusaurus/core's buildLocale): a bundling
 * process clears its output folder, bundles and exits; the render process
 * loads the site again (Portico's generated API and HTTP API pages are reused:
 * their inputs did not change), skips bundling, renders every page from the
 * server bundle, runs postBuild (search index, feeds, sitemap) and checks
 * links. The client bundle comes first, because the server step reuses the MDX
 * pages it compiled; the server step writes to a folder of its own, so it does
 * not clear the client's output, and its bundle is moved into place after.
 * Docusaurus exits after bundling the first locale, so this holds for
 * Portico's single-locale site only.
 */
export function buildPhases(layout: BuildLayout, dirs?: BundleSideDirs): BuildPhase[] {
  const render: BuildPhase = {
    name: 'render',
    description: 'rendering the pages, search index, feeds and link check',
    env: { DOCUSAURUS_SKIP_BUNDLING: 'true' },
  };
  if (layout === 'one process') return [{ name: 'bundle and render', description: 'bundling and rendering', env: {} }];
  if (layout === 'bundle, render') {
    return [{ name: 'bundle', description: 'bundling (Rspack)', env: { DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true' } }, render];
  }
  if (!dirs) throw new Error('buildPhases: bundling one side per process needs the folders it writes to');
  const oneSide = (side: 'client' | 'server'): Record<string, string> => ({
    DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true',
    [BUNDLE_SIDE_ENV.side]: side,
    [BUNDLE_SIDE_ENV.spareDir]: dirs.spareDir,
    [BUNDLE_SIDE_ENV.mdxCacheDir]: dirs.mdxCacheDir,
  });
  return [
    { name: 'client bundle', description: 'bundling the client bundle (Rspack)', env: oneSide('client') },
    { name: 'server bundle', description: 'bundling the server bundle (Rspack)', env: oneSide('server'), outDir: dirs.serverOutDir },
    render,
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
  /** Which processes the build runs (see `buildPhases`). */
  layout: BuildLayout;
  /** Extra environment for every process (e.g. that the input gates already ran). */
  env?: Record<string, string>;
  /** Called before each process starts. */
  onPhaseStart?: (phase: BuildPhase, index: number, total: number) => void;
  /**
   * Reuse of the render step when its inputs are unchanged (src/lib/build-cache):
   * `dir` is where the last render of this output folder is kept; with `reuse`
   * false the render always runs (and is stored for the next build). Only a
   * layout with a render process of its own has a render step to reuse.
   */
  renderCache?: { dir: string; reuse: boolean };
  /** Where the build's progress and a reused render's log are written (process.stderr by default). */
  log?: (text: string) => void;
}

/** How a build ended. */
export interface DocusaurusBuildResult {
  /** Exit code of the last process that ran; 0 when every process succeeded. */
  code: number;
  /** The process that failed, when one did. */
  failedPhase?: BuildPhase['name'];
  /** Signal that ended the failed process (SIGKILL from the kernel's out-of-memory killer, say). */
  signal?: NodeJS.Signals;
  /**
   * Each step: its wall time in seconds and its process' peak resident set in MB
   * (undefined when it was killed, or when the step was `reused` from the cache and no process ran).
   */
  steps: { phase: BuildPhase['name']; seconds: number; peakRssMb?: number; reused?: true }[];
}

/** Runs the build's `docusaurus build` processes one after another; the output goes to this process' stdout/stderr. */
export async function runDocusaurusBuild(options: DocusaurusBuildOptions): Promise<DocusaurusBuildResult> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'portico-build-'));
  const dirs =
    options.layout === 'client bundle, server bundle, render'
      ? { spareDir: path.join(scratch, 'spare'), mdxCacheDir: path.join(scratch, 'mdx'), serverOutDir: path.join(scratch, 'server-out') }
      : undefined;
  const phases = buildPhases(options.layout, dirs);
  const log = options.log ?? ((text: string) => void process.stderr.write(text));
  const steps: DocusaurusBuildResult['steps'] = [];
  try {
    for (const [index, phase] of phases.entries()) {
      options.onPhaseStart?.(phase, index, phases.length);
      const started = process.hrtime.bigint();
      const seconds = (): number => Number(process.hrtime.bigint() - started) / 1e9;
      const peakFile = path.join(scratch, `peak-rss-${index}`);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...options.env,
        ...phase.env,
        PORTAL_CONFIG: options.configFile,
        PORTICO_PEAK_RSS_FILE: peakFile,
      };
      const cache = phase.name === 'render' ? options.renderCache : undefined;
      const keyStarted = process.hrtime.bigint();
      const key = cache ? renderKey({ siteDir: options.siteDir, outDir: options.outDir, generatedDir: path.resolve(options.siteDir, env.DOCUSAURUS_GENERATED_FILES_DIR_NAME ?? '.docusaurus'), configFile: options.configFile, env }) : undefined;
      const keyHashed = process.hrtime.bigint();
      if (cache && key) {
        const cached = cache.reuse ? findCachedRender(cache.dir, key.key) : undefined;
        if (cached) {
          const files = restoreRender(cache.dir, cached, options.outDir);
          log(
            `[portico] render step reused: the bundles, the generated route data and Portico's code and configuration are unchanged since the render of ${cached.renderedAt} ` +
              `(key ${key.key.slice(0, 12)}); ${files} files restored from ${cache.dir}. Its output then:\n`,
          );
          log(cached.log.endsWith('\n') || cached.log === '' ? cached.log : `${cached.log}\n`);
          steps.push({ phase: phase.name, seconds: seconds(), reused: true });
          continue;
        }
        const last = readCachedRender(cache.dir);
        if (cache.reuse && last) {
          const changed = changedInputs(last.parts, key.parts);
          const shown = changed.slice(0, 5).join(', ');
          log(`[portico] rendering again: ${changed.length} of the render step's inputs changed since the last render (${shown}${changed.length > 5 ? ', …' : ''})\n`);
        }
        // A render that fails, or stops half-way, must leave no entry behind for the next build.
        dropCachedRender(cache.dir);
      }
      const args = [...v8FlagsOfPhase(phase.name), '--require', PEAK_RSS_REPORTER, DOCUSAURUS_CLI, 'build', options.siteDir, '--out-dir', phase.outDir ?? options.outDir];
      const { code, signal, output } = await runNode(args, env, cache !== undefined);
      const peakRssMb = readPeakRssMb(peakFile);
      steps.push({ phase: phase.name, seconds: seconds(), ...(peakRssMb === undefined ? {} : { peakRssMb }) });
      if (code !== 0) return { code: code ?? 1, failedPhase: phase.name, ...(signal ? { signal } : {}), steps };
      if (cache && key) {
        try {
          const storeStarted = process.hrtime.bigint();
          const stored = storeRender(cache.dir, key, options.outDir, output);
          // What reuse costs a build that renders: hashing the inputs before, copying the output after.
          const storing = process.hrtime.bigint() - storeStarted;
          log(
            `[portico] render step stored for reuse: ${stored.written.length} files in ${cache.dir} ` +
              `(inputs hashed in ${(Number(keyHashed - keyStarted) / 1e9).toFixed(1)} s, output copied in ${(Number(storing) / 1e9).toFixed(1)} s)\n`,
          );
        } catch (error) {
          // The build itself succeeded: a cache that cannot be written costs the next build a render, nothing more.
          dropCachedRender(cache.dir);
          log(`[portico] the render step could not be stored for reuse in ${cache.dir}: ${(error as Error).message}\n`);
        }
      }
      // Where Docusaurus' render step looks for it (@docusaurus/core's webpack/server: <outDir>/__server).
      if (phase.name === 'server bundle' && dirs) moveFolder(path.join(dirs.serverOutDir, '__server'), path.join(options.outDir, '__server'));
    }
    return { code: 0, steps };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The peak a build process reported (kilobytes in the file), in MB; undefined when it wrote none. */
function readPeakRssMb(file: string): number | undefined {
  try {
    const kilobytes = Number(readFileSync(file, 'utf8'));
    return Number.isFinite(kilobytes) && kilobytes > 0 ? Math.round(kilobytes / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** Moves a folder, replacing what is at `to`; copies when the two are on different file systems. */
function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
}

/**
 * Runs node with `args`; its output goes to this process' stdout and stderr.
 * With `capture`, it is also collected, in order, for the render cache to
 * print again when the step is reused (colours kept when this process has a terminal).
 */
function runNode(args: string[], env: NodeJS.ProcessEnv, capture = false): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve, reject) => {
    const colour = capture && process.stderr.isTTY && env.NO_COLOR === undefined && env.FORCE_COLOR === undefined ? { FORCE_COLOR: '1' } : {};
    const child = spawn(process.execPath, args, { env: { ...env, ...colour }, stdio: capture ? ['inherit', 'pipe', 'pipe'] : 'inherit' });
    const chunks: Buffer[] = [];
    if (capture) {
      child.stdout?.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        process.stdout.write(chunk);
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        process.stderr.write(chunk);
      });
    }
    child.on('error', reject);
    // 'close' rather than 'exit': the piped output is complete only then.
    child.on(capture ? 'close' : 'exit', (code: number | null, signal: NodeJS.Signals | null) => resolve({ code, signal, output: Buffer.concat(chunks).toString('utf8') }));
  });
}
