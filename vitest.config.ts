import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'examples/*/sdk/test/**/*.test.ts'],
          // Generous: some tests run the CLI (TypeDoc on a whole package) and CI machines are shared.
          testTimeout: 60_000,
        },
      },
      {
        // Builds real sites: slow, so kept apart and run one file at a time.
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
