import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/integration/**/*.test.{ts,tsx}"],
    globalSetup: ["tests/support/vitest-global-setup.ts"],
    setupFiles: ["tests/support/vitest-worker-setup.ts"],
    pool: "forks",
    // Bounds for a 2-core machine that is also running something else (issue 18): waits are on conditions.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
