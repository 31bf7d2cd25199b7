import { defineConfig, devices } from "@playwright/test";
import { e2ePorts } from "./tests/support/e2e-ports";

const PORT = e2ePorts().site;
const HOSTILE_PORT = e2ePorts("hostile").site;
// Debian's Chromium (Playwright's own browser download does not work offline), or CHROMIUM_PATH
// (scripts/test.sh sets it). Not its headless shell: a page there once stopped producing animation
// frames, and a click waited for them until the journey's timeout (docs/decisions/0020).
const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  // Bounds, not expectations: every wait is on a condition, and a journey on this 2-core
  // machine, sharing it with the site, its worker, PostgreSQL and two browsers, can take
  // several times what it takes on a quiet one (issue 18): the newsletter journey took over
  // 180 s at a load average of 16. A real hang still fails.
  timeout: 360_000,
  expect: { timeout: 30_000 },
  use: { baseURL: `http://localhost:${PORT}`, locale: "fr-FR", trace: "off" },
  projects: [
    { name: "javascript", use: { ...chromium }, testIgnore: "hostile/**" },
    // Without JavaScript: every journey that submits a form or that JavaScript changes; tests
    // tagged @once (axe, reflow, focus, headers, files: what is the same without scripts) run
    // in the JavaScript project only (docs/decisions/0020-a-twelve-minute-suite.md).
    { name: "no-javascript", use: { ...chromium, javaScriptEnabled: false }, testIgnore: "hostile/**", grepInvert: /@once/ },
    // Hostile visitors (tests/e2e/hostile/) post every organizers' form too (digests, closings):
    // they run beside the journeys, against a site and a database of their own.
    { name: "hostile", use: { ...chromium, baseURL: `http://localhost:${HOSTILE_PORT}` }, testMatch: "hostile/**/*.spec.ts" },
  ],
  // Each site clones the migrated template (tests/support/databases.ts) and seeds it: seconds,
  // but minutes on a busy machine when the template must be built first.
  webServer: (["journeys", "hostile"] as const).map((site) => ({
    command: "npx tsx tests/support/e2e-server.ts",
    url: `http://localhost:${e2ePorts(site).site}/`,
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: "pipe" as const,
    env: { E2E_PORT: String(PORT), E2E_SITE: site },
  })),
});
