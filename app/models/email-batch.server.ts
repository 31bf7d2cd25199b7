// The batched email dispatcher's state: queued email_message rows are gathered, up to 100 at a
// time, into an email_batch whose composition is fixed in the database before the first call,
// then sent through Resend's batch endpoint under the key "email-batch/<id>". A retry (same
// worker after a 429, or another one after a crash) sends the very same emails, in the same
// order, under the same key: the provider answers it with the first result, never a second email.
import { randomUUID } from "node:crypto";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { renderEmail } from "./email-render.server";
import { emailTransport, env } from "~/utils/env.server";
import { RESEND_BATCH_LIMIT, sendBatchWithResend, sendWithResend, TransientEmailError } from "~/utils/resend.server";
import { log } from "~/utils/log.server";

export type BatchOptions = {
  /** Who holds the lease (one worker process). */
  owner: string;
  leaseSeconds?: number;
  /** Asked between attempts: true when the worker is stopping (the lease is then released). */
  stopping?: () => boolean;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fixes the next batch from the oldest queued emails, leased to `owner`. Null when none is queued. */
export async function composeBatch({ owner, leaseSeconds = env().JOB_LEASE_SECONDS, size = RESEND_BATCH_LIMIT }: BatchOptions & { size?: number }) {
  const id = randomUUID();
  const rows = await db().$queryRaw<{ id: string }[]>`
    WITH picked AS (
      SELECT id FROM email_message WHERE batch_id IS NULL AND status = 'QUEUED'
      ORDER BY created_at LIMIT ${size} FOR UPDATE SKIP LOCKED
    ), batch AS (
      INSERT INTO email_batch (id, lease_owner, lease_until)
      SELECT ${id}::uuid, ${owner}, now() + make_interval(secs => ${leaseSeconds}) WHERE EXISTS (SELECT 1 FROM picked)
      RETURNING id
    )
    UPDATE email_message AS m SET batch_id = batch.id FROM picked, batch WHERE m.id = picked.id
    RETURNING m.id::text`;
  return rows.length > 0 ? id : null;
}

/** Takes over a batch whose sender stopped renewing its lease (crashed, or cut off). */
export async function claimStalledBatch({ owner, leaseSeconds = env().JOB_LEASE_SECONDS }: BatchOptions) {
  const [row] = await db().$queryRaw<{ id: string }[]>`
    UPDATE email_batch SET lease_owner = ${owner}, lease_until = now() + make_interval(secs => ${leaseSeconds})
    WHERE id = (
      SELECT id FROM email_batch WHERE status IN ('SENDING', 'SPLIT') AND lease_until < now()
      ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED
    )
    RETURNING id::text`;
  return row?.id ?? null;
}

/** Renews the lease; false when another worker has taken the batch over. */
async function renewLease(batchId: string, owner: string, leaseSeconds: number) {
  const renewed = await db().$executeRaw`
    UPDATE email_batch SET lease_until = now() + make_interval(secs => ${leaseSeconds})
    WHERE id = ${batchId}::uuid AND lease_owner = ${owner} AND status IN ('SENDING', 'SPLIT')`;
  return renewed > 0;
}

async function releaseLease(batchId: string, owner: string) {
  await db().$executeRaw`UPDATE email_batch SET lease_until = now() WHERE id = ${batchId}::uuid AND lease_owner = ${owner}`;
}

/**
 * Sends one batch and records the result. Transient refusals (429, 5xx, network) are retried
 * with the same key, after the provider's retry-after or an exponential back-off, the lease
 * renewed meanwhile. A batch the provider refuses as a whole (4xx: nothing was sent) is split:
 * each email then goes alone under its own key. Returns how many emails it recorded as sent.
 */
export async function sendBatch(batchId: string, { owner, leaseSeconds = env().JOB_LEASE_SECONDS, stopping = () => false }: BatchOptions) {
  const batch = await db().emailBatch.findUniqueOrThrow({ where: { id: batchId }, select: { status: true } });
  const messages = await db().emailMessage.findMany({
    where: { batchId, status: "QUEUED" },
    orderBy: { id: "asc" },
    select: { id: true, idempotencyKey: true, template: true, lang: true, recipient: true, payload: true },
  });
  const emails = await Promise.all(
    messages.map(async (message) => ({
      ...(await renderEmail(message.template, message.lang, JSON.parse(decrypt(message.payload)))),
      to: decrypt(message.recipient),
    })),
  );
  if (emailTransport() === "outbox") {
    await record(
      batchId,
      messages.map((m) => m.id),
      messages.map(() => null),
      "OUTBOX",
    );
    return messages.length;
  }
  if (batch.status === "SENDING") {
    for (let attempt = 1; ; attempt++) {
      if (stopping()) return releaseLease(batchId, owner).then(() => 0);
      let providerIds: string[];
      try {
        providerIds = messages.length ? await sendBatchWithResend(emails, `email-batch/${batchId}`) : [];
      } catch (error) {
        await db().$executeRaw`UPDATE email_batch SET attempts = attempts + 1, last_error = ${String(error).slice(0, 500)} WHERE id = ${batchId}::uuid`;
        if (!(error instanceof TransientEmailError)) break;
        await backOff(error, attempt, batchId, owner, leaseSeconds);
        continue;
      }
      // Sent. If recording fails (the database away), the error goes up: the batch's lease runs
      // out and it is sent again under the same key, which the provider answers without sending.
      await record(
        batchId,
        messages.map((m) => m.id),
        providerIds,
        "SENT",
      );
      return messages.length;
    }
    await db().$executeRaw`UPDATE email_batch SET status = 'SPLIT' WHERE id = ${batchId}::uuid AND status = 'SENDING'`;
  }
  // Split: one call per email, each under the email's own key.
  let sent = 0;
  for (const [index, message] of messages.entries()) {
    for (let attempt = 1; ; attempt++) {
      if (stopping()) return releaseLease(batchId, owner).then(() => sent);
      let providerId: string;
      try {
        providerId = await sendWithResend(emails[index], message.idempotencyKey);
      } catch (error) {
        await db().emailMessage.update({ where: { id: message.id }, data: { lastError: String(error).slice(0, 500), attempts: { increment: 1 } } });
        if (!(error instanceof TransientEmailError)) {
          log.error("email refused by the provider, not retried", { emailId: message.id, error });
          break;
        }
        await backOff(error, attempt, batchId, owner, leaseSeconds);
        continue;
      }
      await db().emailMessage.update({
        where: { id: message.id },
        data: { status: "SENT", sentAt: new Date(), providerId, lastError: null, attempts: { increment: 1 } },
      });
      sent++;
      break;
    }
  }
  await db().emailBatch.updateMany({
    where: { id: batchId, status: "SPLIT" },
    data: { status: "SENT", sentAt: new Date(), leaseOwner: null, leaseUntil: null },
  });
  return sent;
}

/** Waits out a transient refusal, renewing the lease on the way (so that no one takes over a live batch). */
async function backOff(error: TransientEmailError, attempt: number, batchId: string, owner: string, leaseSeconds: number) {
  const wait = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : Math.min(30_000, 500 * 2 ** attempt);
  const until = Date.now() + wait;
  while (Date.now() < until) {
    await renewLease(batchId, owner, leaseSeconds);
    await sleep(Math.min(until - Date.now(), (leaseSeconds * 1000) / 3));
  }
  await renewLease(batchId, owner, leaseSeconds);
}

async function record(batchId: string, ids: string[], providerIds: (string | null)[], status: "SENT" | "OUTBOX") {
  await db().$transaction([
    db().$executeRaw`
      UPDATE email_message AS m SET status = ${status}::"EmailStatus", provider_id = v.provider_id, sent_at = now(), last_error = NULL, attempts = m.attempts + 1
      FROM unnest(${ids}::uuid[], ${providerIds}::text[]) AS v(id, provider_id)
      WHERE m.id = v.id AND m.batch_id = ${batchId}::uuid AND m.status = 'QUEUED'`,
    db().$executeRaw`
      UPDATE email_batch SET status = 'SENT', sent_at = now(), lease_owner = NULL, lease_until = NULL
      WHERE id = ${batchId}::uuid AND status = 'SENDING'`,
  ]);
}
