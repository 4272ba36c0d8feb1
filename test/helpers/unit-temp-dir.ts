import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Global setup of the `unit` and `unit-mocks` projects: the unit tests must not litter the
 * machine's temporary folder (a run once left about 150 folders in /tmp, thousands after a day).
 *
 * The setup makes one fresh folder in the real temporary folder and points TMPDIR at it. Vitest
 * runs every project's global setup in its main process before it forks a worker, and forks each
 * worker with a copy of `process.env` taken then, so `os.tmpdir()` (which reads TMPDIR at each
 * call) answers that folder in every test file, and so do the `portal`, git and TypeDoc processes
 * the tests spawn. When the run ends, anything still in the folder was left by a test: the
 * teardown names it and fails the run (exit code 1), then removes the folder either way.
 *
 * Both unit projects usually run in one invocation (`npm run test:unit`), each calling this setup:
 * they share one folder, and the last teardown checks and removes it. (One folder per project
 * would not work: there is one TMPDIR in the main process, and the last setup's value would be the
 * one every worker inherits.) The shared state lives on `globalThis` because Vitest loads a global
 * setup module once per project.
 */

interface SharedTempDir {
  dir: string;
  users: number;
  /** TMPDIR as it was before the run: put back when the last project is done. */
  previous: string | undefined;
}

/**
 * Caches that tools write to the temporary folder on their own, not a test's leftovers: tsx keeps
 * its transform cache in `tsx-<uid>` (every `portal` process a test spawns runs through tsx, see
 * bin/portal.js). They go with the folder; a run starts them empty (measured: the first spawned
 * `portal config check` took 2.8 s instead of 1.5 s, the later ones reuse the run's cache).
 */
const TOOL_CACHES = /^tsx-/;

const KEY = Symbol.for('portico.unitTempDir');
const registry = globalThis as typeof globalThis & { [KEY]?: SharedTempDir };

export default function setup(): () => void {
  let shared = registry[KEY];
  if (!shared) {
    const previous = process.env.TMPDIR;
    shared = { dir: mkdtempSync(path.join(tmpdir(), 'portico-unit-')), users: 0, previous };
    registry[KEY] = shared;
    process.env.TMPDIR = shared.dir;
  }
  shared.users += 1;
  const current = shared;
  return () => {
    current.users -= 1;
    if (current.users > 0) return;
    delete registry[KEY];
    if (current.previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = current.previous;
    const leftovers = readdirSync(current.dir)
      .filter((name) => !TOOL_CACHES.test(name))
      .sort();
    rmSync(current.dir, { recursive: true, force: true });
    if (leftovers.length === 0) return;
    // A throwing global teardown is only logged by Vitest 4 ("error during close"); the exit code
    // stays 0. Vitest exits with process.exitCode, so setting it is what fails the run.
    process.exitCode = 1;
    console.error(
      `\nThe unit tests left ${leftovers.length} ${leftovers.length === 1 ? 'entry' : 'entries'} in the temporary folder ` +
        `(TMPDIR=${current.dir}, now removed):\n` +
        leftovers.map((name) => `  ${name}\n`).join('') +
        'A test that makes a temporary folder must remove it (afterAll/afterEach with rmSync(dir, { recursive: true, force: true })).\n' +
        'The names start with the prefix given to mkdtempSync: grep test/ for it to find the test that leaks.\n',
    );
  };
}
