// What document requests promise about personal data, and do: their retention rules (run by the
// nightly job, app/jobs/retention.server.ts), their entry of the privacy policy (which prints the
// same constants) and their part of "my data" (/mes-donnees). Each is assembled with the other
// features' where it is used; a new rule or entry of this feature is written here only.
import type { Prisma } from "~/generated/prisma/client";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { sameAddress } from "~/utils/email-address";
import type { PersonalDataPart, PrivacyEntry } from "~/utils/privacy";
import { daysBefore, UNCONFIRMED_DAYS, type RetentionRule } from "~/utils/retention-periods";
import { deleteDocuments } from "~/utils/uploads.server";

/**
 * Document requests (issue 14): unconfirmed ones go after UNCONFIRMED_DAYS; the requester's
 * identity (address, name, postal address, personal link) is erased this many days after the
 * last step recorded. The request itself (commune, documents asked, dates) stays public.
 */
export const DOCUMENT_REQUEST_REQUESTER_DAYS = 365;

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
] satisfies RetentionRule[];

export const documentRequestPrivacyEntries = [
  {
    id: "documentRequests",
    basis: "consent",
    models: ["DocumentRequest", "DocumentRequestFile"],
    values: { unconfirmedDays: UNCONFIRMED_DAYS, afterDays: DOCUMENT_REQUEST_REQUESTER_DAYS },
    recipients: ["resend"],
  },
] satisfies PrivacyEntry[];

/** Document requests still holding the address (at most a year after their last step; no index either). */
async function requestsOf(email: string) {
  const rows = await db().documentRequest.findMany({
    where: { requesterEmail: { not: null } },
    select: {
      id: true,
      requesterEmail: true,
      projectLabel: true,
      confirmedAt: true,
      campaignId: true,
      createdAt: true,
      sentOn: true,
      template: { select: { title: true } },
      commune: { select: { name: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.filter((row) => sameAddress(row.requesterEmail && decrypt(row.requesterEmail), email)).map(({ requesterEmail: _, ...row }) => row);
}

/** The requests a person made, in "my data": what the page lists and the export contains. */
export const documentRequestPersonalData = {
  kind: "documentRequest" as const,
  collect: async (email: string) =>
    (await requestsOf(email)).map((row) => ({
      id: row.id,
      letter: row.template.title,
      project: row.projectLabel,
      commune: row.commune.name,
      createdAt: row.createdAt.toISOString(),
      sentOn: row.sentOn?.toISOString().slice(0, 10) ?? null,
    })),
  erase: async (tx: Prisma.TransactionClient, email: string, id: string | null) => {
    const requests = (await requestsOf(email)).filter((row) => id === null || row.id === id);
    // Never confirmed (and not a campaign's item): nothing public, it goes with its files.
    const unconfirmed = requests.filter((row) => !row.confirmedAt && !row.campaignId).map((row) => row.id);
    const files = await tx.documentRequestFile.findMany({ where: { requestId: { in: unconfirmed } }, select: { id: true } });
    await tx.documentRequest.deleteMany({ where: { id: { in: unconfirmed } } });
    // The others are part of the public record: the request stays, without who made it, and
    // without its personal link or reminders; an unconfirmed campaign item is free again.
    const kept = requests.filter((row) => !unconfirmed.includes(row.id));
    await tx.documentRequest.updateMany({
      where: { id: { in: kept.filter((row) => row.confirmedAt).map((row) => row.id) } },
      data: { ...noRequester, remindersStoppedAt: new Date() },
    });
    await tx.documentRequest.updateMany({
      where: { id: { in: kept.filter((row) => !row.confirmedAt).map((row) => row.id) } },
      data: { ...noRequester, takenAt: null },
    });
    return files.map((file) => file.id);
  },
} satisfies PersonalDataPart;
