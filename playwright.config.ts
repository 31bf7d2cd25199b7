import { defineConfig, devices } from "@playwright/test";
import { e2ePorts } from "./tests/support/e2e-ports";

const PORT = e2ePorts().site;
const chromium = {
  ...devices["Desktop Chrome"],
  // Debian's Chromium: Playwright's own browser download does not work offline.
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
    { name: "no-javascript", use: { ...chromium, javaScriptEnabled: false }, testIgnore: "hostile/**" },
    // Hostile visitors (tests/e2e/hostile/): they post every organizers' form too, so they run
    // once the journeys are done.
    { name: "hostile", use: { ...chromium }, testMatch: "hostile/**/*.spec.ts", dependencies: ["javascript", "no-javascript"] },
  ],
  webServer: {
    command: "npx tsx tests/support/e2e-server.ts",
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    // Migrations and the communes import run first: minutes on a busy machine.
    timeout: 600_000,
    stdout: "pipe",
    env: { E2E_PORT: String(PORT) },
  },
});
