import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Builds, npm pack and other-language toolchains run inside tests; time budgets live in `npm run bench`.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    include: ["test/**/*.test.ts"],
  },
});
