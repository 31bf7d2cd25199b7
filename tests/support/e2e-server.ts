// Starts the production build on a fresh, migrated database for the Playwright run.
import { spawn } from "node:child_process";
import { prepareDatabase, recreateDatabase, testDatabaseName } from "./databases";

const url = await recreateDatabase(testDatabaseName("e2e"));
await prepareDatabase(url);

const server = spawn("node", ["server.js"], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, PORT: process.env.E2E_PORT ?? "3100" },
});
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
