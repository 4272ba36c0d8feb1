import { defineConfig } from "vitest/config";

// Lets the SDK run on its own (`npx vitest run --root examples/task-service/sdk`)
// without picking up the configuration of the repository it sits in.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 10_000,
    benchmark: {
      include: ["bench/**/*.bench.ts"],
    },
  },
});
