// The worker under a database outage: PostgreSQL (behind a TCP proxy the test cuts, the shared
// server itself is never stopped) goes away for 5 s under a running `npm run worker`; the worker
// stays alive, and the emails queued meanwhile leave once the database is back.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, expect, test } from "vitest";
import { queueEmail } from "~/models/email-message.server";
import { db } from "~/utils/db.server";
import { startResendStandIn, type ResendStandIn } from "../stand-ins/resend";
import { until } from "../support/site-process";
import { startTcpProxy } from "../support/tcp-proxy";

let resend: ResendStandIn;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let worker: ChildProcess;
let output = "";

beforeAll(async () => {
  resend = await startResendStandIn();
  const url = new URL(process.env.DATABASE_URL!);
  proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  worker = spawn("node", ["--import", "tsx", "scripts/worker.ts"], {
    // A loaded test machine may take longer than a server to stop: the test checks that the stop
    // is clean, not how fast it is.
    env: { ...process.env, DATABASE_URL: proxy.through(process.env.DATABASE_URL!), RESEND_BASE_URL: resend.url, WORKER_STOP_SECONDS: "240" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  worker.stdout!.on("data", (chunk) => (output += chunk));
  worker.stderr!.on("data", (chunk) => (output += chunk));
});
afterAll(async () => {
  if (worker.exitCode === null) {
    const exited = new Promise((resolve) => worker.once("exit", resolve));
    worker.kill("SIGTERM");
    await exited;
  }
  await proxy.close();
  await resend.close();
});

const email = (key: string, to: string) => ({
  key,
  template: "organizer-sign-in" as const,
  to,
  lang: "fr" as const,
  props: { url: `https://example.org/${key}`, minutes: 15 },
});

test("PostgreSQL away for 5 s under a running worker: it stays alive and sends what was queued meanwhile", async () => {
  const stamp = Date.now();
  await until(() => output.includes("Technopolice worker started."), { timeout: 120_000, message: "the worker started" });
  await db().$transaction((tx) => queueEmail(tx, email(`outage-before-${stamp}`, "before-outage@example.org")));
  await until(() => resend.emailsTo("before-outage@example.org").length > 0, { timeout: 60_000 });

  await proxy.cut();
  const cutAt = Date.now();
  // Queued during the outage (the test's own connection does not go through the proxy).
  await db().$transaction(async (tx) => {
    for (let i = 0; i < 5; i++) await queueEmail(tx, email(`outage-during-${stamp}-${i}`, `during-outage-${i}@example.org`));
  });
  await until(() => /email dispatcher:|heartbeat:|pg-boss:|tally:/.test(output) && Date.now() - cutAt >= 5_000, {
    timeout: 60_000,
    message: "the worker noticed the outage",
  });
  expect(worker.exitCode).toBeNull();
  await proxy.restore();

  await until(() => [0, 1, 2, 3, 4].every((i) => resend.emailsTo(`during-outage-${i}@example.org`).length > 0), {
    timeout: 90_000,
    message: "emails sent after the outage",
  });
  for (let i = 0; i < 5; i++) expect(resend.emailsTo(`during-outage-${i}@example.org`)).toHaveLength(1);
  expect(worker.exitCode).toBeNull();
  expect(resend.stats.keyConflicts).toBe(0);

  // A deploy: SIGTERM stops it cleanly (exit code 0); anything else exits non-zero.
  const exited = new Promise<number | null>((resolve) => worker.once("exit", (code) => resolve(code)));
  worker.kill("SIGTERM");
  expect(await exited).toBe(0);
}, 600_000);
