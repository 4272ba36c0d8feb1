import { defineConfig } from 'vitest/config';
import IntegrationFirstLongest from './test/helpers/integration-sequencer.js';

/** Unit test files that replace a module with vi.mock: they need a fresh module registry. */
const MOCKING_FILES = ['test/unit/openapi/cache.test.ts'];

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the CPUs: ONE on the 2-core CI machine, which then
    // waits idle while a test's `portal` process, git or TypeDoc runs. Two workers keep both cores
    // busy; the unit files share no files or ports (each works in its own temp folder).
    maxWorkers: 2,
    // The integration files in a fixed order, longest and most depended-on first (see the class).
    sequence: { sequencer: IntegrationFirstLongest },
    // Only with --coverage (`npm run coverage`): Portico's own coverage, ingested into its dashboards.
    // Code the tests reach only through a spawned `portal` process is not counted (V8 sees one process).
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      reporter: ['text-summary', 'json-summary', 'lcov'],
      reportsDirectory: 'coverage',
    },
    projects: [
      {
        test: {
          name: 'unit',
          // Messages are compared as text; picocolors would colour them whenever CI is set,
          // and under GitHub Actions the checks would add workflow annotations (src/lib/findings).
          env: { NO_COLOR: '1', GITHUB_ACTIONS: '' },
          include: ['test/unit/**/*.test.ts', 'examples/*/sdk/test/**/*.test.ts'],
          exclude: MOCKING_FILES,
          // A worker keeps the modules it has loaded from one test file to the next: importing
          // TypeDoc, Redocly, remark and the CLI again for each of 130 files was 105 of the step's
          // 350 CPU-seconds. The files share no module state they change (a file that replaces a
          // module with vi.mock runs isolated, in unit-mocks).
          isolate: false,
          // Generous: some tests run the CLI (TypeDoc on a whole package) and CI machines are shared.
          testTimeout: 60_000,
          // TMPDIR is a fresh folder for the run; the run fails if a test leaves anything in it.
          globalSetup: ['test/helpers/unit-temp-dir.ts'],
        },
      },
      {
        test: {
          name: 'unit-mocks',
          env: { NO_COLOR: '1', GITHUB_ACTIONS: '' },
          include: MOCKING_FILES,
          testTimeout: 60_000,
          globalSetup: ['test/helpers/unit-temp-dir.ts'],
        },
      },
      {
        // Builds real sites: slow, so kept apart from the unit tests. Two files at a time: a build
        // keeps about 1.5 of the 2 cores busy (a starter build: 30 CPU-seconds in 20 s; Rspack's
        // threads, then one SSG worker, then the search indexer), so a second build fills the gaps.
        // Each builds in its own folder; a shared scenario is built once (test/helpers/shared-sites.ts).
        test: {
          name: 'integration',
          env: { NO_COLOR: '1', GITHUB_ACTIONS: '' },
          include: ['test/integration/**/*.test.ts'],
          // One scratch folder per run, where sites built once are shared by the files that read them (test/helpers/shared-sites.ts).
          globalSetup: ['test/helpers/integration-setup.ts'],
          testTimeout: 1_200_000,
          hookTimeout: 1_200_000,
        },
      },
    ],
  },
});
