import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Vite's and vitest's own cache (transforms, the durations that order the next run) in the checkout's
  // one cache folder (README, "Caches"), not in node_modules/.vite.
  cacheDir: ".cache/vitest",
  test: {
    // Builds, npm pack and other-language toolchains run inside tests; time budgets live in `npm run bench`.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    include: ["test/**/*.test.ts"],
    // Most of a test file's time is spent waiting on a child process (a build, npm, a compiler), so one
    // worker more than vitest's default of cores − 1 (one worker on this 2-core machine) keeps the cores
    // busy; vitest starts the slowest files first from the durations it recorded last time.
    pool: "forks",
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
