import { spawn } from "node:child_process";
import { Webhook } from "svix";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createDigest, previewNextDigest, sendDigest } from "~/modules/newsletter/digest.server";
import { confirmSignature, signPetition } from "~/modules/petitions/petition.server";
import { handleResendWebhook } from "~/models/resend-webhook.server";
import { subscribe, subscriberIndexFor, unsubscribe, unsubscribeToken } from "~/modules/newsletter/subscriber.server";
import { newsletterRetentionRules } from "~/modules/newsletter/privacy.server";
import { action as unsubscribeAction } from "~/routes/lettre_.desabonnement.$token";
import { action as webhookAction } from "~/routes/webhooks.resend";
import { MALFORMED_RESEND_BODIES, svixSignedHeaders } from "../support/malformed-webhooks";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { openPetition, signer } from "../factories/petition";
import { confirmedSubscribers, publishedLegalAction } from "../factories/newsletter";
import { startResendStandIn, type ResendStandIn } from "../stand-ins/resend";
import { emailKey } from "~/models/email-message.server";

// Small batches and a quick pace, so that a digest to a few dozen people takes several calls.
const WEBHOOK_SECRET = "whsec_dGVzdC13ZWJob29rLXNlY3JldC0xMjM0NTY3ODk=";
Object.assign(process.env, { DIGEST_BATCH_SIZE: "5", DIGEST_RATE_PER_SECOND: "50", RESEND_WEBHOOK_SECRET: WEBHOOK_SECRET });

let resend: ResendStandIn;
beforeAll(async () => {
  resend = await startResendStandIn();
  process.env.RESEND_BASE_URL = resend.url;
});
afterAll(() => resend.close());
beforeEach(async () => {
  resend.setRateLimit(0);
  await db().digest.deleteMany();
  await db().subscriber.deleteMany();
  await db().legalAction.deleteMany();
});

async function newDigest() {
  const digest = await createDigest({ startedBy: "test" });
  if (!digest.ok) throw new Error("expected a digest");
  return digest;
}

function digestEmailsTo(address: string) {
  return resend.emailsTo(address).filter((email) => email.subject.includes("lettre du") || email.subject.includes("newsletter of"));
}

function expectExactlyOnce(addresses: string[]) {
  const counts = addresses.map((address) => digestEmailsTo(address).length);
  expect(
    counts.filter((n) => n !== 1),
    "addresses with other than one digest",
  ).toEqual([]);
}

describe("subscribing", () => {
  test("double opt-in: a pending subscription gets a link; confirming it makes a recipient; asking again changes nothing visible", async () => {
    const first = await subscribe({ email: "Camille.Dupont@example.org", lang: "en", source: "page" });
    const again = await subscribe({ email: "camille.dupont@example.org", lang: "en", source: "footer" });
    expect(first.id).toBe(again.id);
    const messages = await db().emailMessage.findMany({
      where: { template: "newsletter-confirm", idempotencyKey: { startsWith: emailKey(`newsletter-confirm/${first.id}/`) } },
    });
    expect(messages).toHaveLength(2);
    const url = new URL(JSON.parse(decrypt(messages[1].payload)).url as string);
    const token = url.pathname.split("/").pop()!;
    const subscriber = await db().subscriber.findUniqueOrThrow({ where: { id: first.id } });
    expect(subscriber).toMatchObject({ status: "PENDING", lang: "en" });
    // Nothing in clear.
    expect(JSON.stringify(subscriber)).not.toContain("example.org");
    const { confirmSubscription } = await import("~/modules/newsletter/subscriber.server");
    expect((await confirmSubscription({ token })).ok).toBe(true);
    expect((await db().subscriber.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("CONFIRMED");
    // A confirmed address asking again: no email, same answer.
    await subscribe({ email: "camille.dupont@example.org", lang: "fr", source: "footer" });
    expect(await db().emailMessage.count({ where: { idempotencyKey: { startsWith: emailKey(`newsletter-confirm/${first.id}/`) } } })).toBe(2);
  });

  test("the petition's consent subscribes without a second email, and confirming the signature confirms the subscription", async () => {
    const petition = await openPetition();
    const input = { ...signer(), wantsNewsletter: true };
    await signPetition({ petitionId: petition.id, input, ipHash: "ip", lang: "fr" });
    const subscriber = await db().subscriber.findUniqueOrThrow({ where: { emailIndex: subscriberIndexFor(input.email) } });
    expect(subscriber).toMatchObject({ status: "PENDING", source: "petition", emailsSent: 0 });
    expect(await db().emailMessage.count({ where: { idempotencyKey: { startsWith: emailKey(`newsletter-confirm/${subscriber.id}`) } } })).toBe(0);
    const message = await db().emailMessage.findFirstOrThrow({ where: { template: "signature-confirm" }, orderBy: { createdAt: "desc" } });
    const token = new URL(JSON.parse(decrypt(message.payload)).url as string).pathname.split("/").pop()!;
    await confirmSignature({ token });
    expect((await db().subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe("CONFIRMED");
  });

  test("unconfirmed subscriptions are deleted after 7 days", async () => {
    const { id } = await subscribe({ email: "late@example.org", lang: "fr", source: "page" });
    await db().subscriber.update({ where: { id }, data: { createdAt: new Date(Date.now() - 8 * 24 * 3600_000) } });
    const deleted = await newsletterRetentionRules[0].run(new Date());
    expect(deleted).toBe(1);
  });
});

describe("digests", () => {
  test("no new content, no digest; otherwise exactly one email per confirmed subscriber, in their language, with one-click unsubscribe headers", async () => {
    expect(await createDigest({ startedBy: "test" })).toEqual({ ok: false, error: "nothing-new" });
    const french = await confirmedSubscribers(12, { prefix: "fr-once" });
    const english = await confirmedSubscribers(3, { prefix: "en-once", lang: "en" });
    await subscribe({ email: "pending-once@example.org", lang: "fr", source: "page" });
    const { title } = await publishedLegalAction();

    const preview = await previewNextDigest();
    expect(preview?.emails.fr.html).toContain(title);
    expect(preview?.emails.en.subject).toContain("newsletter of");

    const digest = await newDigest();
    expect(digest).toMatchObject({ recipients: 15, batches: 3 });
    const before = resend.stats.batchCalls;
    expect(await sendDigest({ digestId: digest.id })).toEqual({ ok: true, batches: 3 });
    expect(resend.stats.batchCalls - before).toBe(3);
    expectExactlyOnce([...french, ...english]);
    expect(digestEmailsTo("pending-once@example.org")).toHaveLength(0);

    const [email] = digestEmailsTo(english[0]);
    expect(email.subject).toMatch(/^Technopolice: legal actions, newsletter of/);
    expect(email.html).toContain(title);
    expect(email.html).toContain(`/lettre/archives/${digest.id}`);
    expect(email.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const unsubscribeUrl = /^<(.+)>$/.exec(email.headers["List-Unsubscribe"])![1];
    expect(unsubscribeUrl).toContain("/lettre/desabonnement/un-clic/");
    expect(email.text).toContain(unsubscribeUrl.replace("/un-clic/", "/"));
    expect(unsubscribeUrl).not.toContain("PLACEHOLDER");
    // The email is rendered the way the preview showed it (only the token differs).
    const token = unsubscribeUrl.split("/").pop()!;
    expect(email.html.replaceAll(token, "T").replaceAll(`/lettre/archives/${digest.id}`, "/lettre/archives")).toBe(
      preview!.emails.en.html.replaceAll("00000000-0000-0000-0000-000000000000.preview", "T"),
    );

    // Sending again, or a second digest with nothing new, sends nothing.
    expect(await sendDigest({ digestId: digest.id })).toEqual({ ok: true, batches: 0 });
    expect(await createDigest({ startedBy: "test" })).toEqual({ ok: false, error: "nothing-new" });
    expectExactlyOnce([...french, ...english]);
  });

  test("two workers sending the same digest at once never duplicate", async () => {
    const addresses = await confirmedSubscribers(30, { prefix: "two-workers" });
    await publishedLegalAction();
    const digest = await newDigest();
    const results = await Promise.all([sendDigest({ digestId: digest.id, owner: "a" }), sendDigest({ digestId: digest.id, owner: "b" })]);
    expect(results.map((r) => (r.ok ? "sent" : r.error)).sort()).toEqual(["busy", "sent"]);
    expectExactlyOnce(addresses);
  });

  test("a sender killed mid-send is resumed by another, and everyone gets exactly one email", async () => {
    const addresses = await confirmedSubscribers(40, { prefix: "killed" });
    await publishedLegalAction();
    const digest = await newDigest();
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/send-digest-child.ts"], {
      env: { ...process.env, DIGEST_ID: digest.id, DIGEST_RATE_PER_SECOND: "4" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    // Kill it (no chance to clean up) once it has recorded two batches: it may be between
    // "Resend accepted batch 3" and "batch 3 recorded".
    await new Promise<void>((resolve, reject) => {
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if ((output.match(/recorded/g) ?? []).length >= 2) resolve();
      });
      child.on("exit", () => reject(new Error(`child exited early: ${output}`)));
    });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const sentSoFar = addresses.filter((a) => digestEmailsTo(a).length > 0).length;
    expect(sentSoFar).toBeGreaterThanOrEqual(10);
    expect(sentSoFar).toBeLessThan(40);

    // Its lease is still held: a restarted worker waits for it to expire.
    expect(await sendDigest({ digestId: digest.id, owner: "restarted" })).toEqual({ ok: false, error: "busy" });
    await db().digest.update({ where: { id: digest.id }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    expect((await sendDigest({ digestId: digest.id, owner: "restarted" })).ok).toBe(true);
    expectExactlyOnce(addresses);
    expect(await db().digestDelivery.count({ where: { digestId: digest.id, status: "SENT" } })).toBe(40);
  }, 60_000);

  test("a crash after Resend accepted a batch but before it was recorded: the retry reuses the key and Resend sends nothing new", async () => {
    const addresses = await confirmedSubscribers(10, { prefix: "unrecorded" });
    await publishedLegalAction();
    const digest = await newDigest();
    await sendDigest({ digestId: digest.id });
    // Put the state back to what a crash right after the call would have left.
    await db().digestDelivery.updateMany({ where: { digestId: digest.id, batch: 1 }, data: { status: "SENDING", providerId: null } });
    await db().digest.update({ where: { id: digest.id }, data: { status: "SENDING", leaseUntil: null } });
    const replayed = resend.stats.replayed;
    await sendDigest({ digestId: digest.id });
    expect(resend.stats.replayed - replayed).toBe(5);
    expectExactlyOnce(addresses);
  });

  test("a 429 with retry-after is waited for, a 500 is retried, with the same idempotency key", async () => {
    const addresses = await confirmedSubscribers(5, { prefix: "refused" });
    await publishedLegalAction();
    const digest = await newDigest();
    resend.failNext(429, 1, 2);
    resend.failNext(500, 1);
    const started = Date.now();
    await sendDigest({ digestId: digest.id });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    const calls = resend.requests.filter((r) => r.idempotencyKey === `digest/${digest.id}/0`);
    expect(calls).toHaveLength(3);
    expect(calls.every((c) => c.path === "/emails/batch")).toBe(true);
    expectExactlyOnce(addresses);
  }, 90_000);

  test("a sender that gives up releases its lease: the job's retry carries on at once", async () => {
    const addresses = await confirmedSubscribers(5, { prefix: "gives-up" });
    await publishedLegalAction();
    const digest = await newDigest();
    resend.failNext(429, 8, 0);
    await expect(sendDigest({ digestId: digest.id, owner: "first" })).rejects.toThrow("Resend refused the batch (429)");
    expect(await sendDigest({ digestId: digest.id, owner: "retry" })).toMatchObject({ ok: true });
    expectExactlyOnce(addresses);
  });

  test("the pace stays under the provider's rate limit", async () => {
    const addresses = await confirmedSubscribers(40, { prefix: "paced" });
    await publishedLegalAction();
    const digest = await newDigest();
    resend.setRateLimit(4);
    const limited = resend.stats.rateLimited;
    const started = Date.now();
    await sendDigest({ digestId: digest.id, ratePerSecond: 4 });
    // 8 calls at 4 per second: at least 7 intervals of 250 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1750);
    expect(resend.stats.rateLimited - limited).toBe(0);
    expectExactlyOnce(addresses);
  }, 90_000);

  test("someone who unsubscribes during the send is skipped", async () => {
    const addresses = await confirmedSubscribers(20, { prefix: "leaving" });
    await publishedLegalAction();
    const digest = await newDigest();
    const last = await db().digestDelivery.findFirstOrThrow({ where: { digestId: digest.id, batch: 3 }, select: { subscriberId: true } });
    await sendDigest({
      digestId: digest.id,
      ratePerSecond: 10,
      onBatch: (batch) => {
        if (batch === 0) void unsubscribe({ token: unsubscribeToken(last.subscriberId) });
      },
    });
    const skipped = await db().digestDelivery.findMany({ where: { digestId: digest.id, status: "SKIPPED" } });
    expect(skipped.map((d) => d.subscriberId)).toEqual([last.subscriberId]);
    const counts = addresses.map((a) => digestEmailsTo(a).length);
    expect(counts.filter((n) => n === 1)).toHaveLength(19);
    expect(counts.filter((n) => n === 0)).toHaveLength(1);
  });
});

describe("unsubscribing and suppression", () => {
  test("the one-click POST (RFC 8058) unsubscribes at once, without a session; a forged token does nothing", async () => {
    const [address] = await confirmedSubscribers(1, { prefix: "one-click" });
    const subscriber = await db().subscriber.findUniqueOrThrow({ where: { emailIndex: subscriberIndexFor(address) } });
    const token = unsubscribeToken(subscriber.id);
    const post = (t: string) =>
      unsubscribeAction({
        request: new Request(`http://localhost/lettre/desabonnement/${t}`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        }),
        params: { token: t },
        context: {},
      });
    const forged = await post(`${subscriber.id}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
    expect(forged).toMatchObject({ init: { status: 404 } });
    expect((await db().subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe("CONFIRMED");
    const result = await post(token);
    expect(result).toMatchObject({ data: { done: "unsubscribed" } });
    expect((await db().subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe("UNSUBSCRIBED");
    // The next digest skips the address.
    await publishedLegalAction();
    expect((await newDigest()).recipients).toBe(0);
  });

  function signed(id: string, payload: object, secret = WEBHOOK_SECRET) {
    const body = JSON.stringify(payload);
    const timestamp = new Date();
    const signature = new Webhook(secret).sign(id, timestamp, body);
    return {
      body,
      headers: new Headers({ "svix-id": id, "svix-timestamp": String(Math.floor(timestamp.getTime() / 1000)), "svix-signature": signature }),
    };
  }

  test("a Svix-signed hard bounce suppresses the address; a replay does nothing; a badly signed one gets 400", async () => {
    const [bounced, complaining, soft] = await confirmedSubscribers(3, { prefix: "webhook" });
    const event = (type: string, to: string, bounceType?: string) => ({
      type,
      created_at: new Date().toISOString(),
      data: { email_id: "e1", to: [to], ...(bounceType ? { bounce: { type: bounceType, message: "x" } } : {}) },
    });
    const status = async (address: string) => (await db().subscriber.findUniqueOrThrow({ where: { emailIndex: subscriberIndexFor(address) } })).status;

    const forged = signed("msg_forged", event("email.bounced", bounced, "Permanent"), "whsec_d3Jvbmctc2VjcmV0LXdyb25nLXNlY3JldC0xMjM0NQ==");
    const refused = await webhookAction({ request: new Request("http://localhost/webhooks/resend", { method: "POST", ...forged }), params: {}, context: {} });
    expect(refused.status).toBe(400);
    expect(await status(bounced)).toBe("CONFIRMED");

    const bounce = signed("msg_bounce", event("email.bounced", bounced, "Permanent"));
    const accepted = await webhookAction({ request: new Request("http://localhost/webhooks/resend", { method: "POST", ...bounce }), params: {}, context: {} });
    expect(accepted.status).toBe(200);
    expect(await status(bounced)).toBe("BOUNCED");

    // The subscriber comes back (a new confirmed row state), then the same event is replayed: nothing happens.
    await db().subscriber.updateMany({ where: { emailIndex: subscriberIndexFor(bounced) }, data: { status: "CONFIRMED" } });
    expect(await handleResendWebhook(bounce)).toEqual({ status: 200, outcome: "replay" });
    expect(await status(bounced)).toBe("CONFIRMED");

    expect((await handleResendWebhook(signed("msg_complaint", event("email.complained", complaining)))).outcome).toBe("suppressed 1");
    expect(await status(complaining)).toBe("COMPLAINED");
    expect((await handleResendWebhook(signed("msg_soft", event("email.bounced", soft, "Transient")))).outcome).toBe("ignored");
    expect(await status(soft)).toBe("CONFIRMED");
  });

  test("a validly signed body that is not an event gets 400, never a 500 (issue 29, item 7)", async () => {
    for (const body of MALFORMED_RESEND_BODIES) {
      const request = new Request("http://localhost/webhooks/resend", { method: "POST", headers: svixSignedHeaders(body, WEBHOOK_SECRET), body });
      const response = await webhookAction({ request, params: {}, context: {} });
      expect(response.status, body.slice(0, 60)).toBe(400);
    }
    const body = JSON.stringify({ type: "email.delivered", data: {} });
    const request = new Request("http://localhost/webhooks/resend", {
      method: "POST",
      headers: svixSignedHeaders(body, WEBHOOK_SECRET, "x".repeat(5000)),
      body,
    });
    expect((await webhookAction({ request, params: {}, context: {} })).status).toBe(400);
  });
});
