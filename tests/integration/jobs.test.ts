import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { queueEmail } from "~/models/email-message.server";
import { startWorker } from "~/jobs/worker.server";
import { db } from "~/utils/db.server";
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
  const worker = await startWorker({ queues: ["sendEmail"], pollingIntervalSeconds: 0.5, schedules: false, tally: false, ...options });
  workers.push(worker);
  return worker;
}

function signInEmail(key: string, to: string) {
  return { key, template: "organizer-sign-in" as const, to, lang: "fr" as const, props: { url: `https://example.org/${key}`, minutes: 15 } };
}

async function jobsFor(messageId: string) {
  return db().$queryRaw<{ state: string }[]>`SELECT state FROM pgboss.job WHERE data->>'messageId' = ${messageId}`;
}

describe("jobs enqueued in a transaction", () => {
  test("a rolled-back transaction leaves neither the row nor its job", async () => {
    const key = `rollback-${Date.now()}`;
    await expect(
      db().$transaction(async (tx) => {
        await queueEmail(tx, signInEmail(key, "rollback@example.org"));
        throw new Error("something failed after the enqueue");
      }),
    ).rejects.toThrow("something failed");
    expect(await db().emailMessage.count({ where: { idempotencyKey: key } })).toBe(0);
    const [{ count }] = await db().$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM pgboss.job WHERE name = 'send-email' AND data->>'messageId' NOT IN (SELECT id::text FROM email_message)`;
    expect(Number(count)).toBe(0);
    await work();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(resend.emailsTo("rollback@example.org")).toEqual([]);
  });

  test("committed jobs run exactly once with two workers", async () => {
    const batch = Array.from({ length: 20 }, (_, i) => signInEmail(`two-workers-${Date.now()}-${i}`, `two-workers-${i}@example.org`));
    await db().$transaction(async (tx) => {
      for (const email of batch) await queueEmail(tx, email);
    });
    await work();
    await work();
    await until(() => batch.every((email) => resend.emailsTo(email.to).length > 0), { timeout: 50_000 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const email of batch) {
      expect(resend.emailsTo(email.to)).toHaveLength(1);
      expect(resend.requests.filter((r) => r.idempotencyKey === email.key)).toHaveLength(1);
    }
    const sent = await db().emailMessage.findMany({ where: { idempotencyKey: { in: batch.map((e) => e.key) } } });
    expect(sent.map((m) => m.status)).toEqual(Array(20).fill("SENT"));
  }, 60_000); // about 6 s alone; the whole suite on 2 cores can make it several times slower

  test("the same event queued twice gives one email", async () => {
    const email = signInEmail(`twice-${Date.now()}`, "twice@example.org");
    const first = await db().$transaction((tx) => queueEmail(tx, email));
    const second = await db().$transaction((tx) => queueEmail(tx, email));
    expect(first).toBeTruthy();
    expect(second).toBeNull();
    await work();
    await until(() => resend.emailsTo("twice@example.org").length > 0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(resend.emailsTo("twice@example.org")).toHaveLength(1);
  });
});

describe("email delivery", () => {
  test("a 429 then a 500 are retried later, with the same idempotency key, and one email arrives", async () => {
    const email = signInEmail(`retry-${Date.now()}`, "retry@example.org");
    resend.failNext(429);
    resend.failNext(500);
    const messageId = await db().$transaction((tx) => queueEmail(tx, email));
    await work();
    await until(() => resend.emailsTo("retry@example.org").length > 0, { timeout: 60_000 });
    const attempts = resend.requests.filter((r) => r.idempotencyKey === email.key);
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.idempotencyKey))).toEqual(new Set([email.key]));
    expect(resend.emailsTo("retry@example.org")).toHaveLength(1);
    const message = await db().emailMessage.findUniqueOrThrow({ where: { id: messageId! } });
    expect(message).toMatchObject({ status: "SENT", attempts: 3 });
    expect((await jobsFor(messageId!)).map((j) => j.state)).toEqual(["completed"]);
  }, 90_000);

  test("the email has HTML, plain text, a subject in the recipient's language and the layout's footer", async () => {
    await db().$transaction((tx) =>
      queueEmail(tx, { ...signInEmail(`content-${Date.now()}`, "content@example.org"), lang: "en" }),
    );
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

  test("a job whose worker crashed runs again after it expires", async () => {
    const messageId = await db().$transaction((tx) =>
      queueEmail(tx, signInEmail(`crash-${Date.now()}`, "crash@example.org")),
    );
    // A worker takes the job and dies before finishing: the job stays "active".
    const crashed = await work({ queues: [] });
    const [job] = await crashed.boss.fetch<{ messageId: string }>("send-email");
    expect(job.data.messageId).toBe(messageId);
    await db().$executeRaw`UPDATE pgboss.job SET expire_in = interval '1 second' WHERE id = ${job.id}::uuid`;
    await crashed.stop(false);
    workers.splice(workers.indexOf(crashed), 1);

    const restarted = await work();
    await until(async () => {
      await restarted.boss.maintain();
      return resend.emailsTo("crash@example.org").length > 0;
    }, { timeout: 30_000 });
    expect(resend.emailsTo("crash@example.org")).toHaveLength(1);
  }, 60_000);
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
