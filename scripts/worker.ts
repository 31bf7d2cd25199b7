// `npm run worker`: the background job process (emails, schedules, retention).
import { existsSync } from "node:fs";
import { startWorker } from "~/jobs/worker.server";
import { disconnectDb } from "~/utils/db.server";

if (existsSync(".env")) process.loadEnvFile(".env");

const worker = await startWorker();
console.log("Technopolice worker started.");

async function shutdown() {
  await worker.stop();
  await disconnectDb();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
