// A person's signatures in "my data" (/mes-donnees): what the page lists and the export contains,
// and their withdrawal, which the count follows at once. (Signatures' retention rules and their
// policy entry are still in ./petition.server.ts, app/jobs/privacy-retention.server.ts and
// app/models/privacy-policy.server.ts, not yet in this file.)
import type { Prisma } from "~/generated/prisma/client";
import { recountPetition } from "./tally.server";
import { emailIndexFor } from "./signature-index.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";

/** The address's signatures, decrypted, oldest first. */
export async function signaturesOf(email: string) {
  const rows = await db().signature.findMany({
    where: { emailIndex: emailIndexFor(email) },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      postcode: true,
      country: true,
      showName: true,
      wantsNewsletter: true,
      mayContact: true,
      createdAt: true,
      confirmedAt: true,
      petition: { select: { title: true, status: true, commune: { select: { name: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    petition: row.petition.title,
    commune: row.petition.commune.name,
    firstName: decrypt(row.firstName),
    lastName: decrypt(row.lastName),
    // Issue 28: a supporter from abroad gave a country instead of a postcode.
    postcode: decrypt(row.postcode) || null,
    country: row.country,
    showName: row.showName,
    wantsNewsletter: row.wantsNewsletter,
    mayContact: row.mayContact,
    signedAt: row.createdAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
  }));
}

/** Withdraws one of the address's signatures (by id) or all of them, in the caller's transaction. */
export async function eraseSignatures(tx: Prisma.TransactionClient, email: string, id: string | null) {
  const where = { emailIndex: emailIndexFor(email), ...(id === null ? {} : { id }) };
  const petitions = await tx.signature.findMany({ where, select: { petitionId: true } });
  await tx.signature.deleteMany({ where });
  // The count (and a letter not yet delivered) no longer includes them.
  for (const petitionId of new Set(petitions.map((row) => row.petitionId))) await recountPetition(tx, petitionId);
}
