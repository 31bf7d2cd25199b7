import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/integration/**/*.test.{ts,tsx}"],
    globalSetup: ["tests/support/vitest-global-setup.ts"],
    setupFiles: ["tests/support/vitest-worker-setup.ts"],
    pool: "forks",
    // Most tests wait on PostgreSQL, not on a core: four workers (each on its own database, cloned
    // from the template) keep the machine's two cores busy. VITEST_MAX_WORKERS overrides it.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS ?? 4),
    minWorkers: 1,
    // Bounds for a 2-core machine that is also running something else (issue 18): waits are on conditions.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
