// Organizers write to a petition's signers (issue 28, item 3). Recipients are the confirmed,
// valid signers who agreed to be contacted when signing and have not unsubscribed from the
// petition's news (the same one-click unsubscribe as the "delivered" and "answered" emails).
//
// Sending exactly once: the mailing row, its audit entry and the job of its first batch are
// committed together; each batch queues, in one transaction, one outbox email per recipient
// under the key petition-mailing/<mailing>/<signature> (a key used twice sends nothing), adds
// what it really queued to the mailing's count, and enqueues the next batch under a job id
// derived from where it starts. A batch run twice, or a job chain started again after a killed
// worker, queues nothing new.
import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import { queueEmail, queueEmails } from "~/models/email-message.server";
import { audit } from "~/models/audit.server";
import { newsOneClickUrl, newsUnsubscribeUrl } from "~/modules/petitions/news-unsubscribe.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { enqueue, type Tx } from "~/utils/jobs.server";
import { MAILING_QUEUE } from "./queue";
import type { MailingInput } from "./schema";

/** At most one mailing per petition in this window (a rolling week: the 8th day is allowed). */
export const MAILING_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000;
/** Emails queued per job. */
export const MAILING_BATCH = 500;

/** Who receives a petition's mailings (checked again by each batch: an unsubscribe stops the rest). */
const recipients = (petitionId: string) => ({
  petitionId,
  confirmedAt: { not: null },
  invalidatedAt: null,
  mayContact: true,
  newsOptOutAt: null,
});

/** The confirmed signers who agreed to be contacted (the admin page's count), and those who can still be written to. */
export async function contactCounts({ petitionId }: { petitionId: string }) {
  const [agreed, reachable] = await Promise.all([
    db().signature.count({ where: { petitionId, confirmedAt: { not: null }, invalidatedAt: null, mayContact: true } }),
    db().signature.count({ where: recipients(petitionId) }),
  ]);
  return { agreed, reachable };
}

async function lastMailingAt(client: Tx | ReturnType<typeof db>, petitionId: string) {
  const last = await client.petitionMailing.findFirst({ where: { petitionId }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  return last?.createdAt ?? null;
}

/** When the next mailing of this petition is possible, or null if it is now. */
export function nextMailingAt(last: Date | null, now = new Date()) {
  if (!last) return null;
  const next = new Date(last.getTime() + MAILING_INTERVAL_MS);
  return next > now ? next : null;
}

/** What the composer shows: how many will receive it, when the next is possible, the past mailings. */
export async function mailingOverview({ petitionId, now = new Date() }: { petitionId: string; now?: Date }) {
  const [{ reachable }, last, mailings] = await Promise.all([
    contactCounts({ petitionId }),
    lastMailingAt(db(), petitionId),
    db().petitionMailing.findMany({
      where: { petitionId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, subject: true, status: true, recipients: true, queued: true, createdAt: true, author: { select: { email: true } } },
    }),
  ]);
  return {
    reachable,
    nextAllowedAt: nextMailingAt(last, now),
    mailings: mailings.map(({ author, ...mailing }) => ({ ...mailing, author: author ? decrypt(author.email) : null })),
  };
}

async function petitionForMailing(petitionId: string) {
  return db().petition.findUniqueOrThrow({
    where: { id: petitionId },
    select: { id: true, title: true, commune: { select: { name: true, slug: true } } },
  });
}

const petitionUrl = (slug: string) => `${env().PUBLIC_URL}/villes/${slug}`;

/** Emails the message, marked as a preview and without an unsubscribe link, to the organizer only. */
export async function sendMailingPreview({
  petitionId,
  organizer,
  input,
  lang,
}: {
  petitionId: string;
  organizer: { id: string; email: string };
  input: Pick<MailingInput, "subject" | "body">;
  lang: Lang;
}) {
  const petition = await petitionForMailing(petitionId);
  return db().$transaction(async (tx) => {
    const id = await queueEmail(tx, {
      key: `petition-mailing-preview/${petitionId}/${randomUUID()}`,
      template: "petition-mailing",
      to: organizer.email,
      lang,
      props: {
        petitionTitle: petition.title,
        communeName: petition.commune.name,
        url: petitionUrl(petition.commune.slug),
        subject: input.subject,
        body: input.body,
        preview: true,
      },
    });
    await audit(tx, { organizerId: organizer.id, action: "petition.mailing.preview", subjectType: "petition", subjectId: petitionId });
    return id;
  });
}

/** A job id derived from the batch's place in the mailing: the same batch enqueued twice is one job. */
export function mailingJobId(key: string) {
  const hex = createHash("sha256").update(`petition-mailing:${key}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type CreateMailingResult =
  { ok: true; id: string; recipients: number } | { ok: false; error: "too-soon"; nextAllowedAt: Date } | { ok: false; error: "nobody" };

/**
 * Records the mailing, audits it and enqueues its first batch, in one transaction, unless the
 * petition had one in the last seven days or nobody can receive it. Two organizers sending at
 * once: a transaction-scoped lock per petition lets one through.
 */
export async function createMailing({
  petitionId,
  organizerId,
  input,
  now = new Date(),
}: {
  petitionId: string;
  organizerId: string;
  input: Pick<MailingInput, "subject" | "body">;
  /** The mailing's time (tests place one in the past). */
  now?: Date;
}): Promise<CreateMailingResult> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`petition-mailing:${petitionId}`}))`;
    const nextAllowedAt = nextMailingAt(await lastMailingAt(tx, petitionId), now);
    if (nextAllowedAt) return { ok: false, error: "too-soon", nextAllowedAt } as const;
    const count = await tx.signature.count({ where: recipients(petitionId) });
    if (count === 0) return { ok: false, error: "nobody" } as const;
    const mailing = await tx.petitionMailing.create({
      data: { petitionId, subject: input.subject, body: input.body, authorId: organizerId, recipients: count, createdAt: now },
      select: { id: true },
    });
    await audit(tx, {
      organizerId,
      action: "petition.mailing.send",
      subjectType: "petition",
      subjectId: petitionId,
      details: { mailingId: mailing.id, recipients: count },
    });
    await enqueue(tx, MAILING_QUEUE, { mailingId: mailing.id }, { id: mailingJobId(`${mailing.id}/start`) });
    return { ok: true, id: mailing.id, recipients: count } as const;
  });
}

export const MailingBatchJob = z.object({
  mailingId: z.uuid(),
  /** The last signature id handled by the previous batch. */
  after: z.uuid().optional(),
});
export type MailingBatchData = z.infer<typeof MailingBatchJob>;

/**
 * Queues one batch of a mailing's emails. Returns how many it queued (0 for a batch already
 * done) and where the next batch starts (none after the last).
 */
export async function runMailingBatch(data: MailingBatchData, { batch = MAILING_BATCH }: { batch?: number } = {}) {
  const { mailingId, after } = MailingBatchJob.parse(data);
  const mailing = await db().petitionMailing.findUniqueOrThrow({
    where: { id: mailingId },
    select: { subject: true, body: true, petitionId: true },
  });
  const petition = await petitionForMailing(mailing.petitionId);
  const signatures = await db().signature.findMany({
    where: { ...recipients(mailing.petitionId), ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take: batch,
    select: { id: true, email: true, lang: true },
  });
  const next = signatures.length === batch ? signatures[signatures.length - 1].id : undefined;
  const queued = await db().$transaction(
    async (tx) => {
      const ids = await queueEmails(
        tx,
        signatures.map((signature) => ({
          key: `petition-mailing/${mailingId}/${signature.id}`,
          template: "petition-mailing" as const,
          to: decrypt(signature.email),
          lang: signature.lang,
          props: {
            petitionTitle: petition.title,
            communeName: petition.commune.name,
            url: petitionUrl(petition.commune.slug),
            subject: mailing.subject,
            body: mailing.body,
            unsubscribeUrl: newsUnsubscribeUrl(signature.id),
            oneClickUrl: newsOneClickUrl(signature.id),
          },
        })),
      );
      const fresh = ids.filter((id) => id !== null).length;
      await tx.petitionMailing.update({
        where: { id: mailingId },
        data: {
          queued: { increment: fresh },
          ...(next ? { status: "SENDING" } : { status: "SENT", finishedAt: new Date() }),
        },
      });
      if (next) await enqueue(tx, MAILING_QUEUE, { mailingId, after: next }, { id: mailingJobId(`${mailingId}/after/${next}`) });
      return fresh;
    },
    { timeout: 60_000 },
  );
  return { queued, next };
}

/** The petition as the composer names it, or null. */
export async function getMailingPetition({ id }: { id: string }) {
  return db().petition.findUnique({ where: { id }, select: { id: true, title: true, commune: { select: { name: true } } } });
}
