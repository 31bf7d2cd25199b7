// The dispatcher's pace under the provider's limit (app/utils/provider-pacer.server.ts): the real
// worker and the real Resend SDK against the stand-in over HTTP, which counts calls in any
// one-second window as Resend does and answers 429 beyond the limit.
import { performance } from "node:perf_hooks";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { queueEmails } from "~/models/email-message.server";
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
  resend.setRateLimit(0);
  await Promise.all(workers.splice(0).map((worker) => worker.stop(false)));
});
afterAll(() => resend.close());

async function until<T>(check: () => Promise<T> | T, { timeout = 60_000 } = {}): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function work() {
  const worker = await startWorker({ queues: [], pollingIntervalSeconds: 0.5, schedules: false, tally: false });
  workers.push(worker);
  return worker;
}

function signInEmails(name: string, count: number) {
  const stamp = Date.now();
  return Array.from({ length: count }, (_, i) => ({
    key: `${name}-${stamp}-${i}`,
    template: "organizer-sign-in" as const,
    to: `${name}-${stamp}-${i}@example.org`,
    lang: "fr" as const,
    props: { url: `https://example.org/${name}/${i}`, minutes: 15 },
  }));
}

const allSent = (emails: { key: string }[]) => async () =>
  (await db().emailMessage.count({ where: { idempotencyKey: { in: emails.map((e) => e.key) }, status: "SENT" } })) === emails.length;

/**
 * A loaded machine: the event loop (the dispatcher's and the stand-in's) is blocked for 100 to
 * 400 ms at a time with short breathers between, so that timers fire late and then all at once.
 */
function contendTheClock() {
  const bursts = [300, 150, 400, 100, 350, 250, 200];
  const breathers = [5, 60, 0, 30, 90, 10];
  let stopped = false;
  let spins = 0;
  const running = (async () => {
    for (let i = 0; !stopped; i++) {
      const end = performance.now() + bursts[i % bursts.length];
      while (performance.now() < end) spins++;
      await new Promise((resolve) => setTimeout(resolve, breathers[i % breathers.length]));
    }
  })();
  return async () => {
    stopped = true;
    await running;
    return spins;
  };
}

describe("pacing under the provider's limit", () => {
  test("with the event loop blocked in bursts while batches go out, the provider never has to answer 429", async () => {
    resend.setRateLimit(2);
    const emails = signInEmails("contended", 800);
    await db().$transaction((tx) => queueEmails(tx, emails));
    const refusedBefore = resend.stats.rateLimited;
    const callsBefore = resend.stats.batchCalls;
    const release = contendTheClock();
    try {
      await work();
      await until(allSent(emails), { timeout: 150_000 });
    } finally {
      expect(await release()).toBeGreaterThan(0);
    }
    expect(resend.stats.rateLimited - refusedBefore).toBe(0);
    expect(resend.stats.batchCalls - callsBefore).toBeGreaterThanOrEqual(8);
    for (const email of emails) expect(resend.emailsTo(email.to)).toHaveLength(1);
    expect(resend.stats.keyConflicts).toBe(0);
  }, 180_000);

  test("a 429 with retry-after holds every call back that long, and each email is still sent exactly once", async () => {
    const first = resend.requests.length;
    const emails = signInEmails("retry-after", 100);
    resend.failNext(429, 1, 2);
    await db().$transaction((tx) => queueEmails(tx, emails));
    await work();
    const refused = await until(() => resend.requests.slice(first).find((call) => call.status === 429));
    // More emails once the 429 has been answered: the other lane makes a batch of them, and must
    // wait out the same two seconds as the refused batch's retry.
    const more = signInEmails("retry-after-more", 150);
    await db().$transaction((tx) => queueEmails(tx, more));
    await until(allSent([...emails, ...more]));
    const { answeredAt, idempotencyKey } = refused;
    const later = resend.requests.slice(first).filter((call) => call.path === "/emails/batch" && call !== refused);
    expect(later.length).toBeGreaterThanOrEqual(3);
    // Not one call, from either lane, until two seconds after the answer, except one the other
    // lane had already sent when the answer came (it arrives within a few milliseconds of it).
    const early = later.filter((call) => call.arrivedAt - answeredAt! < 2000);
    expect(early.length).toBeLessThanOrEqual(1);
    for (const call of early) expect(call.arrivedAt - answeredAt!).toBeLessThan(200);
    // The refused batch went again under the same key, and nothing was sent twice.
    expect(later.filter((call) => call.idempotencyKey === idempotencyKey).map((call) => call.status)).toEqual([200]);
    for (const email of [...emails, ...more]) expect(resend.emailsTo(email.to)).toHaveLength(1);
    expect(resend.stats.keyConflicts).toBe(0);
  }, 90_000);
});
