// What requests for a petition promise about personal data, and do: their retention rules (run
// by the nightly job, app/jobs/retention.server.ts), their entry of the privacy policy (which
// prints the same constants) and the requester's part of "my data" (/mes-donnees). A new rule of
// this feature is written here only.
import type { Prisma } from "~/generated/prisma/client";
import { PUBLIC_STATUSES } from "~/modules/petitions/petition.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import type { PrivacyEntry } from "~/utils/privacy";
import { daysBefore, PETITION_REQUEST_AFTER_OPEN_DAYS, PETITION_REQUEST_DAYS, UNCONFIRMED_DAYS, type RetentionRule } from "~/utils/retention-periods";
import { petitionRequestIndexFor } from "./request.server";

export const petitionRequestRetentionRules = [
  {
    name: `petition requests left unconfirmed for ${UNCONFIRMED_DAYS} days`,
    models: ["PetitionRequest"],
    run: async (now: Date) =>
      (await db().petitionRequest.deleteMany({ where: { confirmedAt: null, createdAt: { lt: daysBefore(now, UNCONFIRMED_DAYS) } } })).count,
  },
  {
    name: `petition requests older than ${PETITION_REQUEST_DAYS} days`,
    models: ["PetitionRequest"],
    run: async (now: Date) => (await db().petitionRequest.deleteMany({ where: { createdAt: { lt: daysBefore(now, PETITION_REQUEST_DAYS) } } })).count,
  },
  {
    name: `petition requests of communes whose petition opened ${PETITION_REQUEST_AFTER_OPEN_DAYS} days ago`,
    models: ["PetitionRequest"],
    run: async (now: Date) =>
      (
        await db().petitionRequest.deleteMany({
          where: { commune: { petitions: { some: { status: { in: PUBLIC_STATUSES }, openedAt: { lt: daysBefore(now, PETITION_REQUEST_AFTER_OPEN_DAYS) } } } } },
        })
      ).count,
  },
] satisfies RetentionRule[];

export const petitionRequestPrivacyEntries = [
  {
    id: "petitionRequests",
    basis: "consent",
    models: ["PetitionRequest"],
    values: { unconfirmedDays: UNCONFIRMED_DAYS, days: PETITION_REQUEST_DAYS, afterOpenDays: PETITION_REQUEST_AFTER_OPEN_DAYS },
    recipients: ["resend"],
  },
] satisfies PrivacyEntry[];

/** "My data": the requests an address made (the index is keyed per commune only by the address). */
export async function petitionRequestsOf(email: string) {
  const rows = await db().petitionRequest.findMany({
    where: { emailIndex: petitionRequestIndexFor(email) },
    orderBy: { createdAt: "asc" },
    select: { id: true, message: true, createdAt: true, confirmedAt: true, commune: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    commune: row.commune.name,
    message: decrypt(row.message),
    createdAt: row.createdAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
  }));
}

/** Deletes an address's requests (one by id, or all with null), in the caller's transaction. */
export async function erasePetitionRequests(tx: Prisma.TransactionClient, email: string, id: string | null) {
  await tx.petitionRequest.deleteMany({ where: { emailIndex: petitionRequestIndexFor(email), ...(id === null ? {} : { id }) } });
}
