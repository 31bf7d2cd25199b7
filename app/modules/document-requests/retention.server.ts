// Retention of document requests (registry: app/jobs/retention.server.ts; periods:
// app/utils/retention-periods.ts; the privacy policy prints the same numbers).
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { daysBefore, DOCUMENT_REQUEST_REQUESTER_DAYS, UNCONFIRMED_DAYS } from "~/utils/retention-periods";
import { deleteDocuments } from "~/utils/uploads.server";

/** The requester's identity and personal link, erased (a campaign item also becomes free again). */
export const noRequester = {
  requesterEmail: null,
  requesterName: null,
  requesterAddress: null,
  showName: false,
  tokenHash: null,
  tokenSealed: null,
} satisfies Prisma.DocumentRequestUpdateManyMutationInput;

/** Every step of the procedure is before `cutoff` (or was never recorded). */
function allStepsBefore(cutoff: Date): Prisma.DocumentRequestWhereInput[] {
  const before = { lt: cutoff };
  return [
    { confirmedAt: before },
    { OR: [{ sentOn: null }, { sentOn: before }] },
    { OR: [{ answeredOn: null }, { answeredOn: before }] },
    { OR: [{ referredOn: null }, { referredOn: before }] },
    { OR: [{ opinionOn: null }, { opinionOn: before }] },
    { OR: [{ outcomeOn: null }, { outcomeOn: before }] },
    { OR: [{ courtOn: null }, { courtOn: before }] },
  ];
}

export const documentRequestRetentionRules = [
  {
    name: `document requests left unconfirmed for ${UNCONFIRMED_DAYS} days, with their documents`,
    models: ["DocumentRequest", "DocumentRequestFile"],
    run: async (now: Date) => {
      const stale = await db().documentRequest.findMany({
        where: { confirmedAt: null, campaignId: null, createdAt: { lt: daysBefore(now, UNCONFIRMED_DAYS) } },
        select: { id: true, files: { select: { id: true } } },
      });
      if (stale.length === 0) return 0;
      const { count } = await db().documentRequest.deleteMany({ where: { id: { in: stale.map((request) => request.id) }, confirmedAt: null } });
      await deleteDocuments(stale.flatMap((request) => request.files.map((file) => file.id)));
      return count;
    },
  },
  {
    name: `campaign items taken but not confirmed for ${UNCONFIRMED_DAYS} days: the volunteer's identity`,
    models: ["DocumentRequest"],
    run: async (now: Date) =>
      (
        await db().documentRequest.updateMany({
          where: { confirmedAt: null, campaignId: { not: null }, requesterEmail: { not: null }, takenAt: { lt: daysBefore(now, UNCONFIRMED_DAYS) } },
          data: { ...noRequester, takenAt: null },
        })
      ).count,
  },
  {
    name: `requesters' identity ${DOCUMENT_REQUEST_REQUESTER_DAYS} days after the last step of their request`,
    models: ["DocumentRequest"],
    run: async (now: Date) =>
      (
        await db().documentRequest.updateMany({
          where: { confirmedAt: { not: null }, requesterEmail: { not: null }, AND: allStepsBefore(daysBefore(now, DOCUMENT_REQUEST_REQUESTER_DAYS)) },
          // No identity, no personal link: no more reminders either.
          data: { ...noRequester, remindersStoppedAt: now },
        })
      ).count,
  },
];
