import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { composeBatch, sendBatch } from "~/models/email-batch.server";
import { queueEmail, queueEmails } from "~/models/email-message.server";
import { startWorker } from "~/jobs/worker.server";
import { db } from "~/utils/db.server";
import { enqueue, WAKE_UP_CHANNELS } from "~/utils/jobs.server";
import { QUEUES } from "~/utils/queues";
import { startResendStandIn, type ResendStandIn } from "../stand-ins/resend";

let resend: ResendStandIn;
const workers: Awaited<ReturnType<typeof startWorker>>[] = [];

beforeAll(async () => {
  resend = await startResendStandIn();
  process.env.RESEND_BASE_URL = resend.url;
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop(false)));
});
afterAll(() => resend.close());

async function until<T>(check: () => Promise<T> | T, { timeout = 20_000 } = {}): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function work(options: Parameters<typeof startWorker>[0] = {}) {
  const worker = await startWorker({ queues: [], pollingIntervalSeconds: 0.5, schedules: false, tally: false, ...options });
  workers.push(worker);
  return worker;
}

function signInEmail(key: string, to: string) {
  return { key, template: "organizer-sign-in" as const, to, lang: "fr" as const, props: { url: `https://example.org/${key}`, minutes: 15 } };
}

/** The calls that carried an email to `address`, in order. */
function callsTo(address: string) {
  return resend.requests.filter((request) => JSON.stringify(request.body).includes(address));
}

describe("emails queued in a transaction", () => {
  test("a rolled-back transaction leaves no email; the next committed one is sent alone", async () => {
    const key = `rollback-${Date.now()}`;
    await expect(
      db().$transaction(async (tx) => {
        await queueEmail(tx, signInEmail(key, "rollback@example.org"));
        throw new Error("something failed after the enqueue");
      }),
    ).rejects.toThrow("something failed");
    expect(await db().emailMessage.count({ where: { idempotencyKey: key } })).toBe(0);
    await db().$transaction((tx) => queueEmail(tx, signInEmail(`${key}-after`, "after-rollback@example.org")));
    await work();
    await until(() => resend.emailsTo("after-rollback@example.org").length > 0);
    expect(resend.emailsTo("rollback@example.org")).toEqual([]);
  });

  test("queued emails leave in batches, each exactly once, with two workers", async () => {
    const stamp = Date.now();
    const batch = Array.from({ length: 150 }, (_, i) => signInEmail(`two-workers-${stamp}-${i}`, `two-workers-${stamp}-${i}@example.org`));
    await db().$transaction((tx) => queueEmails(tx, batch));
    const callsBefore = resend.stats.batchCalls;
    await work();
    await work();
    await until(async () => (await db().emailMessage.count({ where: { idempotencyKey: { in: batch.map((e) => e.key) }, status: "SENT" } })) === 150, {
      timeout: 50_000,
    });
    for (const email of batch) expect(resend.emailsTo(email.to)).toHaveLength(1);
    // 150 emails: at least two calls (100 a call at most), far fewer than one call per email.
    expect(resend.stats.batchCalls - callsBefore).toBeGreaterThanOrEqual(2);
    expect(resend.stats.batchCalls - callsBefore).toBeLessThan(20);
    expect(resend.stats.keyConflicts).toBe(0);
    const batches = await db().emailMessage.groupBy({ by: ["batchId"], where: { idempotencyKey: { in: batch.map((e) => e.key) } }, _count: true });
    expect(batches.every((group) => group.batchId && group._count <= 100)).toBe(true);
  }, 60_000);

  test("the same event queued twice gives one email", async () => {
    const email = signInEmail(`twice-${Date.now()}`, "twice@example.org");
    const first = await db().$transaction((tx) => queueEmail(tx, email));
    const second = await db().$transaction((tx) => queueEmail(tx, email));
    expect(first).toBeTruthy();
    expect(second).toBeNull();
    await work();
    await until(async () => (await db().emailMessage.findUniqueOrThrow({ where: { id: first! } })).status === "SENT");
    expect(resend.emailsTo("twice@example.org")).toHaveLength(1);
  });
});

describe("email delivery", () => {
  test("a 429 then a 500 are retried with the same batch and key, and one email arrives", async () => {
    const email = signInEmail(`retry-${Date.now()}`, "retry@example.org");
    const messageId = await db().$transaction((tx) => queueEmail(tx, email));
    resend.failNext(429);
    resend.failNext(500);
    await work();
    await until(() => resend.emailsTo("retry@example.org").length > 0, { timeout: 60_000 });
    const attempts = callsTo("retry@example.org");
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.idempotencyKey)).size).toBe(1);
    expect(attempts[0].idempotencyKey).toMatch(/^email-batch\//);
    expect(new Set(attempts.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(resend.emailsTo("retry@example.org")).toHaveLength(1);
    await until(async () => (await db().emailMessage.findUniqueOrThrow({ where: { id: messageId! } })).status === "SENT");
  }, 90_000);

  test("a batch the provider refuses as a whole is sent one email at a time, under each email's key", async () => {
    const email = signInEmail(`split-${Date.now()}`, "split@example.org");
    const messageId = await db().$transaction((tx) => queueEmail(tx, email));
    resend.failNext(422);
    await work();
    await until(() => resend.emailsTo("split@example.org").length > 0);
    const calls = callsTo("split@example.org");
    expect(calls.map((c) => c.path)).toEqual(["/emails/batch", "/emails"]);
    expect(calls[1].idempotencyKey).toBe(email.key);
    await until(async () => (await db().emailMessage.findUniqueOrThrow({ where: { id: messageId! } })).status === "SENT");
  });

  test("the email has HTML, plain text, a subject in the recipient's language and the layout's footer", async () => {
    await db().$transaction((tx) => queueEmail(tx, { ...signInEmail(`content-${Date.now()}`, "content@example.org"), lang: "en" }));
    await work();
    await until(() => resend.emailsTo("content@example.org").length > 0);
    const [email] = resend.emailsTo("content@example.org");
    expect(email.subject).toBe("Your Technopolice sign-in link");
    expect(email.html).toContain('lang="en"');
    expect(email.html).toContain("https://example.org/content-");
    expect(email.text).toContain("valid for 15 minutes");
    expect(email.text).toContain("You are receiving this message because");
    expect(email.from).toBe("Technopolice <test@technopolice.test>");
  });

  test("a batch whose worker died before sending is taken over once its lease runs out", async () => {
    const messageId = await db().$transaction((tx) => queueEmail(tx, signInEmail(`crash-${Date.now()}`, "crash@example.org")));
    // A worker fixes the batch and dies before its call: the batch stays leased to it.
    const batchId = await composeBatch({ owner: "dead-worker", leaseSeconds: 1 });
    expect(batchId).toBeTruthy();
    await work();
    await until(() => resend.emailsTo("crash@example.org").length > 0);
    expect(resend.emailsTo("crash@example.org")).toHaveLength(1);
    await until(async () => (await db().emailMessage.findUniqueOrThrow({ where: { id: messageId! } })).status === "SENT");
  });

  test("a batch sent but not recorded (the worker died after the call) is sent again under the same key: one email", async () => {
    const messageId = await db().$transaction((tx) => queueEmail(tx, signInEmail(`lost-${Date.now()}`, "lost-record@example.org")));
    const batchId = (await composeBatch({ owner: "dying-worker", leaseSeconds: 1 }))!;
    await sendBatch(batchId, { owner: "dying-worker", leaseSeconds: 1 });
    // Lose what was recorded: as if the worker had died between the provider's answer and the update.
    await db().emailMessage.update({ where: { id: messageId! }, data: { status: "QUEUED", providerId: null, sentAt: null } });
    await db()
      .$executeRaw`UPDATE email_batch SET status = 'SENDING', lease_owner = 'dying-worker', lease_until = now() - interval '1 second' WHERE id = ${batchId}::uuid`;
    const replayed = resend.stats.replayed;
    await work();
    await until(() => resend.stats.replayed > replayed);
    await until(async () => (await db().emailMessage.findUniqueOrThrow({ where: { id: messageId! } })).status === "SENT");
    expect(resend.emailsTo("lost-record@example.org")).toHaveLength(1);
    expect(resend.stats.keyConflicts).toBe(0);
  });

  test("the stand-in refuses an idempotency key reused with a different payload", async () => {
    const post = (subject: string) =>
      fetch(`${resend.url}/emails`, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": `conflict-${resend.url}` },
        body: JSON.stringify({ from: "a@example.org", to: "b@example.org", subject, html: "<p>x</p>", text: "x" }),
      });
    const conflicts = resend.stats.keyConflicts;
    expect((await post("first")).status).toBe(200);
    expect((await post("first")).status).toBe(200);
    expect((await post("second")).status).toBe(409);
    expect(resend.stats.keyConflicts).toBe(conflicts + 1);
    // Reset for the other tests, which assert that the site never produces one.
    resend.stats.keyConflicts = conflicts;
  });
});

describe("encryption at rest", () => {
  test("the email table holds no address or link in clear", async () => {
    await db().$transaction((tx) => queueEmail(tx, signInEmail(`plain-${Date.now()}`, "secret.person@example.org")));
    const rows = await db().$queryRaw<Record<string, unknown>[]>`SELECT * FROM email_message`;
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain("secret.person");
    expect(dump).not.toContain("example.org");
    const jobs = JSON.stringify(await db().$queryRaw`SELECT data FROM pgboss.job`);
    expect(jobs).not.toContain("secret.person");
  });
});

describe("wake-ups: a committed job or email does not wait for the next poll", () => {
  // Polls a minute apart: anything done within 30 s was started by its wake-up.
  const SLOW_POLL = { pollingIntervalSeconds: 60, emailIdleMilliseconds: 60_000 };

  /** The pids of this database's connections listening for wake-ups. */
  async function listeners() {
    const rows = await db().$queryRaw<{ pid: number }[]>`
      SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE ${`LISTEN ${WAKE_UP_CHANNELS.jobs}%`}`;
    return rows.map((row) => row.pid);
  }

  async function recountJobDone(worker: Awaited<ReturnType<typeof startWorker>>) {
    const id = await db().$transaction((tx) => enqueue(tx, "recountPetitions", {}));
    if (!id) throw new Error("no job created");
    await until(async () => (await worker.boss.getJobById(QUEUES.recountPetitions.name, id))?.state === "completed", { timeout: 30_000 });
  }

  test("a job enqueued in a committed transaction starts at once; one rolled back is never created", async () => {
    const worker = await work({ queues: ["recountPetitions"], ...SLOW_POLL });
    await until(async () => (await listeners()).length === 1);
    await recountJobDone(worker);
    const before = await worker.boss.getQueueSize(QUEUES.recountPetitions.name);
    await expect(
      db().$transaction(async (tx) => {
        await enqueue(tx, "recountPetitions", {});
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await worker.boss.getQueueSize(QUEUES.recountPetitions.name)).toBe(before);
  }, 60_000);

  test("an email queued in a committed transaction leaves at once", async () => {
    await work(SLOW_POLL);
    await until(async () => (await listeners()).length === 1);
    const to = `wake-up-${Date.now()}@example.org`;
    await db().$transaction((tx) => queueEmail(tx, signInEmail(`wake-up/${to}`, to)));
    await until(() => resend.emailsTo(to).length === 1, { timeout: 30_000 });
  }, 60_000);

  test("when its connection is cut, the worker listens again and is woken as before", async () => {
    const worker = await work({ queues: ["recountPetitions"], ...SLOW_POLL });
    const first = await until(async () => {
      const now = await listeners();
      return now.length === 1 ? now[0] : 0;
    });
    await db().$queryRaw`SELECT pg_terminate_backend(${first}::int)`;
    await until(async () => {
      const now = await listeners();
      return now.length === 1 && now[0] !== first;
    });
    await recountJobDone(worker);
  }, 60_000);
});
