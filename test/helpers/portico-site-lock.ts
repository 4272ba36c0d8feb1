import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

const SLEEP = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `build` while no other test file builds with this checkout as the
 * Docusaurus site. A `portal build` of any project renders through Portico's
 * own site folder, and writes its `.docusaurus/` and `.generated/` there (a
 * build without specs even removes the spec folders another build is
 * writing), so the integration files, which run two at a time, take turns for
 * these builds. Builds of a copy of the site (test/helpers/shared-sites.ts)
 * have folders of their own and need no turn.
 */
export function withPorticoSiteLock<T>(build: () => T): T {
  const lock = path.join(inject('integrationRunDir'), 'portico-site.lock');
  // mkdir is atomic: whoever creates the folder holds the lock. The run's folder is new for each
  // run, so a lock left by a crashed worker cannot outlive its run.
  while (!claimFolder(lock)) Atomics.wait(SLEEP, 0, 0, 500);
  try {
    return build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Creates the folder, atomically; false when another test file has already created it. */
export function claimFolder(folder: string): boolean {
  try {
    mkdirSync(folder);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
