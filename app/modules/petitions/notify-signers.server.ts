// Fan-out of "your petition was delivered" / "the mayor answered": one job per batch of
// NOTIFY_BATCH signatures, each queueing, in one statement, one email per confirmed, valid signer with a key
// derived from the petition and the signature, then enqueueing the next batch in the same
// transaction. A job run twice (retry, crash after commit) queues nothing new.
import type PgBoss from "pg-boss";
import { z } from "zod";
import { queueEmails } from "~/models/email-message.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { enqueue } from "~/utils/jobs.server";
import { NOTIFY_BATCH, notifyJobId } from "./admin.server";
import { newsOneClickUrl, newsUnsubscribeUrl } from "./news-unsubscribe.server";
import { NOTIFY_SIGNERS_QUEUE } from "./queues";

export const NotifySignersJob = z.object({
  petitionId: z.uuid(),
  kind: z.enum(["delivered", "answered"]),
  /** The last signature id handled by the previous batch. */
  after: z.uuid().optional(),
});
export type NotifySignersData = z.infer<typeof NotifySignersJob>;

/** Handles one batch. Returns how many emails it queued (0 for one already done). */
export async function notifySignersBatch(data: NotifySignersData, { batch = NOTIFY_BATCH }: { batch?: number } = {}) {
  const { petitionId, kind, after } = NotifySignersJob.parse(data);
  const petition = await db().petition.findUniqueOrThrow({
    where: { id: petitionId },
    select: { title: true, commune: { select: { name: true, slug: true } } },
  });
  const signatures = await db().signature.findMany({
    // A signer who unsubscribed from this petition's news hears no more of it (issue 28).
    where: { petitionId, confirmedAt: { not: null }, invalidatedAt: null, newsOptOutAt: null, ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take: batch,
    select: { id: true, email: true, lang: true },
  });
  const url = `${env().PUBLIC_URL}/villes/${petition.commune.slug}`;
  return db().$transaction(
    async (tx) => {
      const ids = await queueEmails(
        tx,
        signatures.map((signature) => ({
          key: `petition-${kind}/${petitionId}/${signature.id}`,
          template: kind === "delivered" ? "petition-delivered" : "petition-answered",
          to: decrypt(signature.email),
          lang: signature.lang,
          props: {
            petitionTitle: petition.title,
            communeName: petition.commune.name,
            url,
            unsubscribeUrl: newsUnsubscribeUrl(signature.id),
            oneClickUrl: newsOneClickUrl(signature.id),
          },
        })),
      );
      const queued = ids.filter((id) => id !== null).length;
      if (signatures.length === batch) {
        const last = signatures[signatures.length - 1].id;
        await enqueue(tx, NOTIFY_SIGNERS_QUEUE, { petitionId, kind, after: last }, { id: notifyJobId(`petition-${kind}/${petitionId}/after/${last}`) });
      }
      return queued;
    },
    { timeout: 60_000 },
  );
}

export async function notifySigners([job]: PgBoss.Job<NotifySignersData>[]) {
  return { queued: await notifySignersBatch(job.data) };
}
