// Digests: what was published since the previous one, sent once to every confirmed
// subscriber through Resend's batch endpoint. A delivery row per (digest, subscriber) is
// written before anything is sent; each batch call carries the idempotency key
// "digest/<id>/<batch>" and is frozen once attempted, so a crash, a restarted worker, a second
// worker or a 429/500 never sends twice and never skips anyone.
import { randomUUID } from "node:crypto";
import { db } from "~/utils/db.server";
import { renderEmail } from "~/models/email-render.server";
import type { RenderedEmail } from "~/utils/resend.server";
import { encrypt } from "~/utils/crypto.server";
import { emailKey, recipientIndexFor } from "~/models/email-message.server";
import { emailTransport, env } from "~/utils/env.server";
import { LANGS, type Lang } from "~/utils/i18n";
import { enqueue } from "~/utils/jobs.server";
import { sendDigestQueue } from "./queues";
import { sendBatchWithResend, TransientEmailError } from "~/utils/resend.server";
import { audit } from "~/models/audit.server";
import { subscriberAddress, unsubscribeToken as unsubscribeTokenFor, unsubscribeUrl, oneClickUnsubscribeUrl } from "./subscriber.server";
import { fail, ok, type Result } from "~/utils/result";
import { isUuid } from "~/utils/uuid";

/** Stands for the subscriber's unsubscribe token in a digest rendered once per language. */
const TOKEN_PLACEHOLDER = "SUBSCRIBERTOKENPLACEHOLDER";
/** Consecutive failed calls for one batch before the job gives up (pg-boss retries it later). */
const MAX_ATTEMPTS_PER_BATCH = 8;

type Window = { since: Date; until: Date };

async function lastPeriodEnd() {
  const last = await db().digest.findFirst({ orderBy: { periodEnd: "desc" }, select: { periodEnd: true } });
  return last?.periodEnd ?? new Date(0);
}

/** Actions published in the window, and updates published in it to actions published before. */
async function contentIn({ since, until }: Window) {
  const actions = await db().legalAction.findMany({
    where: { publishedAt: { gt: since, lte: until } },
    orderBy: { publishedAt: "asc" },
    select: { id: true },
  });
  const updates = await db().legalActionUpdate.findMany({
    where: { publishedAt: { gt: since, lte: until }, legalAction: { publishedAt: { lte: since } } },
    orderBy: [{ happenedOn: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  return { actionIds: actions.map((a) => a.id), updateIds: updates.map((u) => u.id) };
}

/** The props of the digest email for these ids (the unsubscribe link stays a placeholder). */
async function digestProps({ actionIds, updateIds, digestId, until }: { actionIds: string[]; updateIds: string[]; digestId: string | null; until: Date }) {
  const base = env().PUBLIC_URL;
  const [actions, updates] = await Promise.all([
    db().legalAction.findMany({
      where: { id: { in: actionIds } },
      orderBy: { publishedAt: "asc" },
      select: { id: true, title: true, status: true, court: true, summary: true, filedOn: true, inseeCodes: true },
    }),
    db().legalActionUpdate.findMany({
      where: { id: { in: updateIds } },
      orderBy: [{ happenedOn: "asc" }, { createdAt: "asc" }],
      select: { id: true, text: true, happenedOn: true, legalAction: { select: { id: true, title: true } } },
    }),
  ]);
  const codes = [...new Set(actions.flatMap((a) => a.inseeCodes))];
  const communes = await db().commune.findMany({ where: { inseeCode: { in: codes } }, select: { inseeCode: true, name: true } });
  const names = new Map(communes.map((c) => [c.inseeCode, c.name]));
  return {
    date: until.toISOString(),
    webUrl: digestId ? `${base}/lettre/archives/${digestId}` : `${base}/lettre/archives`,
    unsubscribeUrl: unsubscribeUrl(TOKEN_PLACEHOLDER),
    actions: actions.map((a) => ({
      title: a.title,
      status: a.status,
      court: a.court,
      summary: a.summary,
      filedOn: a.filedOn.toISOString().slice(0, 10),
      communes: a.inseeCodes.flatMap((code) => (names.has(code) ? [names.get(code)!] : [])),
      url: `${base}/recours/${a.id}`,
    })),
    updates: updates.map((u) => ({
      actionTitle: u.legalAction.title,
      happenedOn: u.happenedOn.toISOString().slice(0, 10),
      text: u.text,
      url: `${base}/recours/${u.legalAction.id}`,
    })),
  };
}

export type DigestProps = Awaited<ReturnType<typeof digestProps>>;

/** The email with one subscriber's unsubscribe token in its links and headers. */
function personalise(rendered: RenderedEmail, token: string) {
  const fill = (value: string) => value.replaceAll(TOKEN_PLACEHOLDER, token);
  const url = oneClickUnsubscribeUrl(token);
  return {
    subject: rendered.subject,
    html: fill(rendered.html),
    text: fill(rendered.text),
    headers: { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

async function renderBoth(props: DigestProps) {
  const entries = await Promise.all(LANGS.map(async (lang) => [lang, await renderEmail("digest", lang, props)] as const));
  return Object.fromEntries(entries) as Record<Lang, RenderedEmail>;
}

/**
 * What the next digest would contain and look like, in both languages, exactly as sent
 * (with a sample unsubscribe link). Null when nothing was published since the last one.
 */
export async function previewNextDigest({ now = new Date() } = {}) {
  const window = { since: await lastPeriodEnd(), until: now };
  const content = await contentIn(window);
  if (content.actionIds.length + content.updateIds.length === 0) return null;
  const rendered = await renderBoth(await digestProps({ ...content, digestId: null, until: now }));
  const sample = "00000000-0000-0000-0000-000000000000.preview";
  return {
    ...content,
    since: window.since.getTime() === 0 ? null : window.since,
    emails: Object.fromEntries(LANGS.map((lang) => [lang, personalise(rendered[lang], sample)])) as Record<Lang, ReturnType<typeof personalise>>,
  };
}

/**
 * Freezes the next digest: its content, and one delivery row per confirmed subscriber, in
 * batches; enqueues its sending in the same transaction. "nothing-new" when there is nothing new.
 * Serialised by an advisory lock, so two calls at once cannot make two digests.
 */
export async function createDigest({
  startedBy,
  organizerId = null,
  now = new Date(),
}: {
  startedBy: string;
  organizerId?: string | null;
  now?: Date;
}): Promise<Result<{ id: string; recipients: number; batches: number }, "nothing-new">> {
  const batchSize = env().DIGEST_BATCH_SIZE;
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('technopolice:create-digest'))`;
      const last = await tx.digest.findFirst({ orderBy: { periodEnd: "desc" }, select: { periodEnd: true } });
      const since = last?.periodEnd ?? new Date(0);
      if (now <= since) return fail("nothing-new");
      const content = await contentIn({ since, until: now });
      if (content.actionIds.length + content.updateIds.length === 0) return fail("nothing-new");
      const digest = await tx.digest.create({ data: { periodStart: since, periodEnd: now, ...content, startedBy }, select: { id: true } });
      const recipients = await tx.$executeRaw`
        INSERT INTO digest_delivery (digest_id, subscriber_id, batch, status)
        SELECT ${digest.id}::uuid, id, ((row_number() OVER (ORDER BY id)) - 1) / ${batchSize}, 'PENDING'
        FROM subscriber WHERE status = 'CONFIRMED'
        ON CONFLICT DO NOTHING`;
      const batches = Math.ceil(recipients / batchSize);
      await tx.digest.update({ where: { id: digest.id }, data: { batches } });
      await enqueue(tx, sendDigestQueue, { digestId: digest.id }, { singletonKey: digest.id });
      await audit(tx, {
        organizerId,
        action: "digest.start",
        subjectType: "digest",
        subjectId: digest.id,
        details: { startedBy, recipients, batches, actions: content.actionIds.length, updates: content.updateIds.length },
      });
      return ok({ id: digest.id, recipients, batches });
    },
    { timeout: 120_000 },
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type SendOptions = {
  digestId: string;
  /** Who holds the lease (a worker instance); a random id by default. */
  owner?: string;
  /** Resend calls per second. */
  ratePerSecond?: number;
  leaseSeconds?: number;
  /** Called after each batch is recorded (progress, tests). */
  onBatch?: (batch: number) => void;
};

/**
 * Sends a digest's pending batches, in order, paced under `ratePerSecond`. Resumable: run it
 * again after a crash and it carries on where the recorded state says. While one worker holds
 * the digest's lease (renewed at every batch) another one returns "busy" at once. A digest sent
 * already answers ok with no batch sent.
 */
export async function sendDigest({
  digestId,
  owner = randomUUID(),
  ratePerSecond = env().DIGEST_RATE_PER_SECOND,
  leaseSeconds = env().JOB_LEASE_SECONDS,
  onBatch,
}: SendOptions): Promise<Result<{ batches: number }, "busy" | "missing">> {
  const claim = () => db().$executeRaw`
    UPDATE digest SET lease_owner = ${owner}, lease_until = now() + make_interval(secs => ${leaseSeconds})
    WHERE id = ${digestId}::uuid AND status = 'SENDING' AND (lease_until IS NULL OR lease_until < now() OR lease_owner = ${owner})`;
  if ((await claim()) === 0) {
    const digest = await db().digest.findUnique({ where: { id: digestId }, select: { status: true } });
    return digest?.status === "SENT" ? ok({ batches: 0 }) : fail(digest ? "busy" : "missing");
  }
  try {
    return await sendClaimed({ digestId, owner, ratePerSecond, leaseSeconds, onBatch });
  } catch (error) {
    // Let the retry (a new owner) start at once instead of waiting for the lease to expire.
    await db().$executeRaw`UPDATE digest SET lease_until = NULL WHERE id = ${digestId}::uuid AND lease_owner = ${owner}`;
    throw error;
  }
}

async function sendClaimed({
  digestId,
  owner,
  ratePerSecond,
  leaseSeconds,
  onBatch,
}: Required<Omit<SendOptions, "onBatch">> & Pick<SendOptions, "onBatch">): Promise<Result<{ batches: number }, "busy">> {
  const digest = await db().digest.findUniqueOrThrow({ where: { id: digestId } });
  const props = await digestProps({ ...digest, digestId, until: digest.periodEnd });
  const rendered = await renderBoth(props);
  // Spacing between the starts of two calls, with 4% to spare so that network jitter never
  // puts one call too many in the provider's one-second window (each 429 costs a second).
  const interval = (1000 / ratePerSecond) * 1.04;
  let nextCallAt = 0;
  let sentBatches = 0;
  for (;;) {
    const [next] = await db().$queryRaw<{ batch: number | null }[]>`
      SELECT min(batch) AS batch FROM digest_delivery WHERE digest_id = ${digestId}::uuid AND status IN ('PENDING', 'SENDING')`;
    if (next?.batch === null || next?.batch === undefined) break;
    const batch = next.batch;
    const recipients = await freezeBatch(digestId, batch, owner, leaseSeconds);
    if (recipients === "lost") return fail("busy");
    if (recipients.length > 0) {
      const emails = recipients.map((r) => ({ ...personalise(rendered[r.lang], r.token), to: subscriberAddress(r.email) }));
      let providerIds: string[] | undefined;
      for (let attempt = 1; !providerIds; attempt++) {
        await sleep(Math.max(0, nextCallAt - Date.now()));
        nextCallAt = Date.now() + interval;
        try {
          providerIds =
            emailTransport() === "outbox"
              ? await keepInOutbox(digestId, props, recipients, emails)
              : await sendBatchWithResend(emails, `digest/${digestId}/${batch}`);
        } catch (error) {
          if (!(error instanceof TransientEmailError) || attempt >= MAX_ATTEMPTS_PER_BATCH) throw error;
          // Resend's retry-after when it gives one, else an exponential backoff.
          const wait = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : Math.min(30_000, 500 * 2 ** attempt);
          nextCallAt = Math.max(nextCallAt, Date.now() + wait);
          await db()
            .$executeRaw`UPDATE digest SET lease_until = now() + make_interval(secs => ${leaseSeconds + wait / 1000}) WHERE id = ${digestId}::uuid AND lease_owner = ${owner}`;
        }
      }
      await db().$executeRaw`
        UPDATE digest_delivery AS d SET status = 'SENT', provider_id = v.provider_id, sent_at = now()
        FROM unnest(${recipients.map((r) => r.subscriberId)}::uuid[], ${providerIds}::text[]) AS v(subscriber_id, provider_id)
        WHERE d.digest_id = ${digestId}::uuid AND d.subscriber_id = v.subscriber_id AND d.status = 'SENDING'`;
    }
    sentBatches++;
    onBatch?.(batch);
  }
  await db().digest.updateMany({
    where: { id: digestId, status: "SENDING" },
    data: { status: "SENT", sentAt: new Date(), leaseOwner: null, leaseUntil: null },
  });
  return ok({ batches: sentBatches });
}

/** Without a Resend key (development, demo): the digest lands in /dev/outbox, one row per recipient. */
async function keepInOutbox(digestId: string, props: DigestProps, recipients: { subscriberId: string; lang: Lang; token: string }[], emails: { to: string }[]) {
  await db().emailMessage.createMany({
    data: recipients.map((recipient, index) => ({
      idempotencyKey: emailKey(`digest/${digestId}/${recipient.subscriberId}`),
      template: "digest",
      lang: recipient.lang,
      recipient: encrypt(emails[index].to),
      recipientIndex: recipientIndexFor(emails[index].to),
      payload: encrypt(JSON.stringify({ ...props, unsubscribeUrl: unsubscribeUrl(recipient.token) })),
      status: "OUTBOX" as const,
      sentAt: new Date(),
    })),
    skipDuplicates: true,
  });
  return recipients.map(() => "outbox");
}

/**
 * Fixes who a batch goes to, before its first call: subscribers who left in the meantime are
 * skipped, the others marked SENDING. A batch already attempted stays as it was, so a retry
 * sends the very same emails under the same idempotency key. Renews the lease.
 */
async function freezeBatch(digestId: string, batch: number, owner: string, leaseSeconds: number) {
  return db().$transaction(async (tx) => {
    const renewed = await tx.$executeRaw`
      UPDATE digest SET lease_until = now() + make_interval(secs => ${leaseSeconds})
      WHERE id = ${digestId}::uuid AND lease_owner = ${owner} AND status = 'SENDING'`;
    if (renewed === 0) return "lost" as const;
    const attempted = await tx.digestDelivery.count({ where: { digestId, batch, status: "SENDING" } });
    if (attempted === 0) {
      await tx.$executeRaw`
        UPDATE digest_delivery AS d SET status = CASE WHEN s.status = 'CONFIRMED' THEN 'SENDING'::"DeliveryStatus" ELSE 'SKIPPED'::"DeliveryStatus" END
        FROM subscriber AS s
        WHERE d.digest_id = ${digestId}::uuid AND d.batch = ${batch} AND d.status = 'PENDING' AND s.id = d.subscriber_id`;
    }
    const rows = await tx.digestDelivery.findMany({
      where: { digestId, batch, status: "SENDING" },
      orderBy: { subscriberId: "asc" },
      select: { subscriberId: true, subscriber: { select: { email: true, lang: true } } },
    });
    return rows.map((row) => ({
      subscriberId: row.subscriberId,
      email: row.subscriber.email,
      lang: row.subscriber.lang,
      token: unsubscribeTokenFor(row.subscriberId),
    }));
  });
}

/** Digests whose sender stopped (lease expired while still SENDING): the resume schedule re-enqueues them. */
export async function resumeStalledDigests() {
  const stalled = await db().digest.findMany({
    where: { status: "SENDING", OR: [{ leaseUntil: null }, { leaseUntil: { lt: new Date() } }] },
    select: { id: true },
  });
  for (const digest of stalled) {
    await db().$transaction((tx) => enqueue(tx, sendDigestQueue, { digestId: digest.id }, { singletonKey: digest.id }));
  }
  return stalled.length;
}

/** /admin: the latest digests with their counts. */
export async function listDigests({ take = 20 }: { take?: number } = {}) {
  const digests = await db().digest.findMany({
    orderBy: { periodEnd: "desc" },
    take,
    select: { id: true, periodEnd: true, status: true, startedBy: true, batches: true, sentAt: true, actionIds: true, updateIds: true },
  });
  const counts = await db().digestDelivery.groupBy({
    by: ["digestId", "status"],
    where: { digestId: { in: digests.map((d) => d.id) } },
    _count: { _all: true },
  });
  return digests.map((digest) => ({
    ...digest,
    deliveries: Object.fromEntries(counts.filter((c) => c.digestId === digest.id).map((c) => [c.status, c._count._all])) as Record<string, number>,
  }));
}

/** The public archive. */
export async function listArchivedDigests() {
  return db().digest.findMany({
    where: { status: "SENT" },
    orderBy: { periodEnd: "desc" },
    select: { id: true, periodEnd: true, actionIds: true, updateIds: true },
  });
}

/** The web version of a sent (or sending) digest: the same content as the email. */
export async function getArchivedDigest({ id }: { id: string }) {
  if (!isUuid(id)) return null;
  const digest = await db().digest.findUnique({ where: { id } });
  if (!digest) return null;
  const props = await digestProps({ ...digest, digestId: digest.id, until: digest.periodEnd });
  return { id: digest.id, periodEnd: digest.periodEnd, actions: props.actions, updates: props.updates };
}
