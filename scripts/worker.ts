// `npm run worker`: the background job process (emails, schedules, retention).
// It waits out database and provider outages; if it does end on an error it exits non-zero,
// so that its supervisor (systemd's Restart=on-failure, scripts/demo.ts) starts it again.
import { existsSync } from "node:fs";
import { startWorker } from "~/jobs/worker.server";
import { disconnectDb } from "~/utils/db.server";

if (existsSync(".env")) process.loadEnvFile(".env");

// pg-boss completes jobs without awaiting the call: while the database is away, that rejection
// surfaces here. The job stays active and runs again once its expiry passes (handlers are
// idempotent), so it is logged, never fatal.
process.on("unhandledRejection", (reason) => {
  console.error("worker: unhandled rejection (carrying on):", reason instanceof Error ? reason.message : reason);
});

const worker = await startWorker();
console.log("Technopolice worker started.");

// How long a stop may take before the worker gives up and exits non-zero: its running jobs get
// 10 s to finish, the rest is closing connections. Under the 90 s a supervisor usually waits
// (systemd's TimeoutStopSec) before killing; a busy machine can be given more.
const STOP_DEADLINE_MS = Number(process.env.WORKER_STOP_SECONDS ?? 60) * 1000;

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  const forced = setTimeout(() => {
    console.error(`worker: not stopped after ${STOP_DEADLINE_MS / 1000} s, exiting`);
    process.exit(1);
  }, STOP_DEADLINE_MS);
  forced.unref();
  try {
    await worker.stop();
    await disconnectDb();
    process.exit(0);
  } catch (error) {
    console.error("worker: stopping failed:", error);
    process.exit(1);
  }
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
