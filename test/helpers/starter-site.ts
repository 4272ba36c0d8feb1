import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withPorticoSiteLock } from './portico-site-lock.js';
import { REPO_ROOT, runPortal } from './run-portal.js';

/** A portal made by `portal init` in a temp folder: the smallest real project, built in seconds rather than minutes. */
export interface StarterSite {
  /** The portal folder (portal.config.ts, docs/, rfcs/, runbooks/). */
  dir: string;
  /** Its portal.config.ts. */
  config: string;
  /** Writes a config next to the starter's that spreads it and overrides `build`; returns its path. */
  withBuildOptions(name: string, build: Record<string, unknown>): string;
  /** Writes a config next to the starter's that spreads it and replaces the given top-level sections; returns its path. */
  withSections(name: string, sections: Record<string, unknown>): string;
  remove(): void;
}

/**
 * Creates a starter portal with the real `portal init`, so tests about the
 * build pipeline (steps, link checks, exit codes) need not bundle the whole
 * embedded portal: what they check does not depend on the site's size.
 */
export function starterSite(): StarterSite {
  const root = mkdtempSync(path.join(tmpdir(), 'portal-starter-'));
  const dir = path.join(root, 'portal');
  const init = runPortal(['init', dir], { cwd: root });
  if (init.code !== 0) throw new Error(`portal init failed (exit ${init.code}): ${init.stdout}${init.stderr}`);
  const config = path.join(dir, 'portal.config.ts');
  return {
    dir,
    config,
    withBuildOptions(name, build) {
      const file = path.join(dir, `${name}.portal.config.ts`);
      writeFileSync(file, `import base from './portal.config.ts';\n\nexport default { ...base, build: { ...(base as { build?: object }).build, ...${JSON.stringify(build)} } };\n`);
      return file;
    },
    withSections(name, sections) {
      const file = path.join(dir, `${name}.portal.config.ts`);
      writeFileSync(file, `import base from './portal.config.ts';\n\nexport default { ...base, ...${JSON.stringify(sections)} };\n`);
      return file;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * Runs `portal build --config <config>` in the config's folder, as a team
 * would, and returns its exit code and output; with `config` null, the build
 * finds its configuration itself (PORTAL_CONFIG in `env`, or ./portal.config.ts in `cwd`).
 */
export function buildStarter(config: string | null, env: NodeJS.ProcessEnv = {}, cwd = config ? path.dirname(config) : REPO_ROOT): { code: number | null; output: string } {
  const args = config ? ['build', '--config', config] : ['build'];
  const run = withPorticoSiteLock(() => runPortal(args, { cwd, env: { PORTAL_CONFIG: '', ...env }, timeout: 600_000 }));
  return { code: run.code, output: `${run.stdout}\n${run.stderr}` };
}
