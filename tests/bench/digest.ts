// npm run bench:digest — one digest to 100,000 confirmed subscribers through the Resend
// stand-in limited to 2 requests/s, sent by a real worker process through the batch endpoint
// (100 emails per call). The floor is 100,000 / 100 / 2 = 500 s; the target is ≤ 550 s. Then
// checks that every subscriber received exactly one email. Prints figures.
// Quicker: BENCH_SUBSCRIBERS=10000 BENCH_RATE=20 npm run bench:digest
import { spawn, type ChildProcess } from "node:child_process";
import { ensureDatabase } from "../../scripts/embedded-database";
import { prepareDatabase, recreateDatabase } from "../support/databases";
import { TEST_ENV } from "../support/test-env";
import { startResendStandIn } from "../stand-ins/resend";

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);
const RATE = Number(process.env.BENCH_RATE ?? 2);
const BATCH = 100;

const children: ChildProcess[] = [];
const stopAll = () => children.forEach((child) => child.kill("SIGTERM"));
process.on("SIGINT", () => (stopAll(), process.exit(130)));

const server = await ensureDatabase();
process.env.DATABASE_URL = server.url;
const url = await recreateDatabase(`${new URL(server.url).pathname.slice(1)}_bench_digest`);
await prepareDatabase(url);

const resend = await startResendStandIn({ rateLimit: RATE, record: false });
const env: NodeJS.ProcessEnv = {
  ...TEST_ENV,
  NODE_ENV: "production",
  DATABASE_URL: url,
  RESEND_BASE_URL: resend.url,
  DIGEST_RATE_PER_SECOND: String(RATE),
  DIGEST_BATCH_SIZE: String(BATCH),
  PUBLIC_URL: "http://localhost:3000",
};
Object.assign(process.env, env);

// Imported after the environment is set.
const { db, disconnectDb } = await import("~/utils/db.server");
const { createDigest } = await import("~/modules/newsletter/digest.server");
const { stopJobClient } = await import("~/utils/jobs.server");
const { confirmedSubscribers, publishedLegalAction } = await import("../factories/newsletter");

let started = Date.now();
const addresses = await confirmedSubscribers(SUBSCRIBERS, { prefix: "bench" });
console.log(`${SUBSCRIBERS} confirmed subscribers inserted in ${((Date.now() - started) / 1000).toFixed(1)} s`);
await publishedLegalAction();

const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ...env } });
children.push(worker);
await new Promise((resolve) => setTimeout(resolve, 3000));

started = Date.now();
const digest = await createDigest({ startedBy: "bench" });
if (!digest.ok) throw new Error("no digest was created");
console.log(`digest frozen: ${digest.recipients} deliveries in ${digest.batches} batches, in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const sendStarted = Date.now();
let lastLog = 0;
for (;;) {
  const state = await db().digest.findUniqueOrThrow({ where: { id: digest.id }, select: { status: true } });
  if (state.status === "SENT") break;
  if (Date.now() - lastLog > 30_000) {
    lastLog = Date.now();
    console.log(
      `  ${Math.round((Date.now() - sendStarted) / 1000)} s: ${resend.stats.delivered} delivered, ${resend.stats.batchCalls} batch calls, ${resend.stats.rateLimited} refused (429)`,
    );
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const elapsed = (Date.now() - sendStarted) / 1000;

const counts = new Map<number, number>();
for (const address of addresses) {
  const n = resend.perRecipient.get(address.toLowerCase()) ?? 0;
  counts.set(n, (counts.get(n) ?? 0) + 1);
}
const sentRows = await db().digestDelivery.count({ where: { digestId: digest.id, status: "SENT" } });
const floor = SUBSCRIBERS / BATCH / RATE;
const exactlyOnce = counts.get(1) === SUBSCRIBERS && resend.stats.delivered === SUBSCRIBERS && sentRows === SUBSCRIBERS;

console.log(`
subscribers            ${SUBSCRIBERS}
stand-in limit         ${RATE} requests/s, ${BATCH} emails per batch
send time              ${elapsed.toFixed(1)} s (floor ${floor.toFixed(0)} s, target ≤ ${(floor * 1.1).toFixed(0)} s: ${elapsed <= floor * 1.1 ? "met" : "MISSED"})
batch calls            ${resend.stats.batchCalls} (${resend.stats.rateLimited} refused with 429)
emails delivered       ${resend.stats.delivered}
per subscriber         ${[...counts.entries()]
  .sort()
  .map(([n, c]) => `${c} received ${n}`)
  .join(", ")}
delivery rows SENT     ${sentRows}
exactly once           ${exactlyOnce ? "yes" : "NO"}
`);

const workerExited = new Promise((resolve) => worker.once("exit", resolve));
stopAll();
await workerExited;
await resend.close();
await stopJobClient();
await disconnectDb();
process.exit(exactlyOnce ? 0 : 1);
