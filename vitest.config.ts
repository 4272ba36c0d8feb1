import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the CPUs: ONE on the 2-core CI machine, which then
    // waits idle while a test's `portal` process, git or TypeDoc runs. Two workers keep both cores
    // busy; the unit files share no files or ports (each works in its own temp folder).
    maxWorkers: 2,
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
          // Generous: some tests run the CLI (TypeDoc on a whole package) and CI machines are shared.
          testTimeout: 60_000,
        },
      },
      {
        // Builds real sites: slow, so kept apart and run one file at a time.
        test: {
          name: 'integration',
          env: { NO_COLOR: '1', GITHUB_ACTIONS: '' },
          include: ['test/integration/**/*.test.ts'],
          // One scratch folder per run, where sites built once are shared by the files that read them (test/helpers/shared-sites.ts).
          globalSetup: ['test/helpers/integration-setup.ts'],
          testTimeout: 1_200_000,
          hookTimeout: 1_200_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
