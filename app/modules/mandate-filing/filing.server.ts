// Recording a campaign's filing and the end of its procedure (issue 26, item 4), and the one
// "filed" email each mandator receives.
//
// Exactly once: the filing is recorded by a conditional update (only where nothing is recorded
// yet and the filing date has passed), with its audit entry and the job of the first batch of
// notices, in one transaction. Each batch, in one transaction, queues one outbox email per
// mandate under the key mandate-filed/<campaign>/<mandate> (a key used twice sends nothing),
// marks the mandates' filedNoticeAt, subscribes the mandators to the digest of legal actions, and
// enqueues the next batch under a job id derived from where it starts. A batch run twice, or a
// chain started again after a killed worker, queues nothing new.
import { createHash } from "node:crypto";
import { z } from "zod";
import { audit } from "~/models/audit.server";
import { queueEmails } from "~/models/email-message.server";
import { oneClickUnsubscribeUrl, subscribeProvenAddresses, unsubscribeToken, unsubscribeUrl } from "~/modules/newsletter/subscriber.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { enqueue } from "~/utils/jobs.server";
import { fail, ok, type Result } from "~/utils/result";
import { countingMandates } from "./campaign.server";
import { FILED_NOTICE_BATCH } from "./periods";
import { FILED_NOTICE_QUEUE } from "./queues";

/** A job id derived from the batch's place in the chain: the same batch enqueued twice is one job. */
export function filedNoticeJobId(key: string) {
  const hex = createHash("sha256").update(`mandate-filed:${key}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type RecordFilingError = "unknown" | "not-frozen" | "already-filed";

/**
 * Records the filing (day, authority, reference), audits it and enqueues the first batch of
 * notices, in one transaction. Refused before the filing date and when a filing is already
 * recorded: of two organizers confirming at once, one records it, the other is told.
 */
export async function recordFiling({
  campaignId,
  organizerId,
  filedAt,
  filedWith,
  reference,
  now = new Date(),
}: {
  campaignId: string;
  organizerId: string;
  filedAt: Date;
  filedWith: string;
  reference: string;
  now?: Date;
}): Promise<Result<{ recipients: number }, RecordFilingError>> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.mandateCampaign.updateMany({
      where: { id: campaignId, filedAt: null, fileBy: { lte: now } },
      data: { filedAt, filedWith, filingReference: reference, filedById: organizerId },
    });
    if (count === 0) {
      const campaign = await tx.mandateCampaign.findUnique({ where: { id: campaignId }, select: { fileBy: true, filedAt: true } });
      if (!campaign) return fail("unknown");
      return fail(campaign.filedAt ? "already-filed" : "not-frozen");
    }
    const recipients = await tx.mandate.count({ where: countingMandates(campaignId) });
    await audit(tx, {
      organizerId,
      action: "mandate.campaign.file",
      subjectType: "mandate-campaign",
      subjectId: campaignId,
      details: { filedOn: filedAt.toISOString().slice(0, 10), filedWith, reference, mandates: recipients },
    });
    await enqueue(tx, FILED_NOTICE_QUEUE, { campaignId }, { id: filedNoticeJobId(`${campaignId}/start`) });
    return ok({ recipients });
  });
}

/** Records the end of the procedure (decision, withdrawal): the retention job then erases the identities. */
export async function recordEnd({
  campaignId,
  organizerId,
  now = new Date(),
}: {
  campaignId: string;
  organizerId: string;
  now?: Date;
}): Promise<Result<object, "unknown" | "not-filed" | "already-ended">> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.mandateCampaign.updateMany({ where: { id: campaignId, filedAt: { not: null }, endedAt: null }, data: { endedAt: now } });
    if (count === 0) {
      const campaign = await tx.mandateCampaign.findUnique({ where: { id: campaignId }, select: { filedAt: true } });
      if (!campaign) return fail("unknown");
      return fail(campaign.filedAt ? "already-ended" : "not-filed");
    }
    await audit(tx, { organizerId, action: "mandate.campaign.end", subjectType: "mandate-campaign", subjectId: campaignId });
    return ok({});
  });
}

export const FiledNoticeJob = z.object({
  campaignId: z.uuid(),
  /** The last mandate id handled by the previous batch. */
  after: z.uuid().optional(),
});
export type FiledNoticeData = z.infer<typeof FiledNoticeJob>;

/**
 * Queues one batch of a filed campaign's notices. Returns how many emails it queued (0 for a
 * batch already done) and where the next batch starts (none after the last).
 */
export async function runFiledNoticeBatch(data: FiledNoticeData, { batch = FILED_NOTICE_BATCH, now = new Date() }: { batch?: number; now?: Date } = {}) {
  const { campaignId, after } = FiledNoticeJob.parse(data);
  const campaign = await db().mandateCampaign.findUniqueOrThrow({
    where: { id: campaignId },
    select: {
      title: true,
      slug: true,
      filedAt: true,
      filedWith: true,
      filingReference: true,
      identitiesErasedAt: true,
      legalAction: { select: { id: true, title: true } },
    },
  });
  if (!campaign.filedAt || campaign.identitiesErasedAt) return { queued: 0, next: undefined };
  const mandates = await db().mandate.findMany({
    where: { ...countingMandates(campaignId), ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take: batch,
    select: { id: true, email: true, lang: true, filedNoticeAt: true },
  });
  const next = mandates.length === batch ? mandates[mandates.length - 1].id : undefined;
  // Those already told (a batch run again) are skipped: no email, no subscription again.
  const pending = mandates.filter((mandate) => mandate.filedNoticeAt === null).map((mandate) => ({ ...mandate, address: decrypt(mandate.email) }));
  const base = env().PUBLIC_URL;
  const queued = await db().$transaction(
    async (tx) => {
      const subscribers = await subscribeProvenAddresses(
        tx,
        pending.map((mandate) => ({ email: mandate.address, lang: mandate.lang })),
        { source: "mandate" },
      );
      const ids = await queueEmails(
        tx,
        pending.map((mandate, at) => {
          const subscriber = subscribers[at];
          const token = subscriber ? unsubscribeToken(subscriber) : null;
          return {
            key: `mandate-filed/${campaignId}/${mandate.id}`,
            template: "mandate-filed" as const,
            to: mandate.address,
            lang: mandate.lang,
            props: {
              campaignTitle: campaign.title,
              actionTitle: campaign.legalAction.title,
              filedOn: (campaign.filedAt as Date).toISOString(),
              filedWith: campaign.filedWith ?? "",
              reference: campaign.filingReference ?? "",
              actionUrl: `${base}/recours/${campaign.legalAction.id}`,
              ...(token ? { unsubscribeUrl: unsubscribeUrl(token), oneClickUrl: oneClickUnsubscribeUrl(token) } : {}),
            },
          };
        }),
      );
      await tx.mandate.updateMany({ where: { id: { in: pending.map((mandate) => mandate.id) }, filedNoticeAt: null }, data: { filedNoticeAt: now } });
      if (next) await enqueue(tx, FILED_NOTICE_QUEUE, { campaignId, after: next }, { id: filedNoticeJobId(`${campaignId}/after/${next}`) });
      return ids.filter((id) => id !== null).length;
    },
    { timeout: 60_000 },
  );
  return { queued, next };
}
