// What petitions promise about personal data, and do: the reduction of a finished petition's
// signatures (run by the nightly job, app/jobs/retention.server.ts), the signatures' entry of the
// privacy policy (which prints the same constants), and a person's signatures in "my data"
// (/mes-donnees): what the page lists and the export contains, and their withdrawal, which the
// count follows at once. Every retention rule of petitions is here.
import type { Prisma } from "~/generated/prisma/client";
import { recountPetition } from "./tally.server";
import { emailIndexFor } from "./signature-index.server";
import { decrypt, encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import type { PrivacyEntry } from "~/utils/privacy";
import { daysBefore, SIGNATURE_AFTER_PETITION_DAYS, UNCONFIRMED_DAYS, type RetentionRule } from "~/utils/retention-periods";

/** Signatures never confirmed by their link: nothing was counted, nothing is kept. */
export const unconfirmedSignatureRule = {
  name: "signatures left unconfirmed for 7 days",
  models: ["Signature"],
  run: async (now: Date) => (await db().signature.deleteMany({ where: { confirmedAt: null, createdAt: { lt: daysBefore(now, UNCONFIRMED_DAYS) } } })).count,
} satisfies RetentionRule;

export const petitionRetentionRules = [
  unconfirmedSignatureRule,
  {
    // The count stays what it was (the rows stay, confirmed and counted), but nothing personal does.
    name: `signatures of petitions delivered or closed more than ${SIGNATURE_AFTER_PETITION_DAYS} days ago, reduced to what the count needs`,
    models: ["Signature"],
    run: async (now: Date) => {
      const empty = encrypt("");
      return db().$executeRaw`
        UPDATE signature s SET first_name = ${empty}, last_name = ${empty}, email = ${empty}, postcode = ${empty},
          email_index = 'erased:' || s.id, domain_index = 'erased', ip_hash = 'erased', network_hash = NULL, token_hash = 'erased:' || s.id,
          show_name = false, wants_newsletter = false
        FROM petition p
        WHERE p.id = s.petition_id AND p.status IN ('CLOSED', 'DELIVERED', 'ANSWERED')
          AND coalesce(p.delivered_at, p.closed_at) < ${daysBefore(now, SIGNATURE_AFTER_PETITION_DAYS)}
          AND s.email_index NOT LIKE 'erased:%'`;
    },
  },
] satisfies RetentionRule[];

export const petitionPrivacyEntries = [
  {
    id: "signatures",
    basis: "consentArt9",
    models: ["Signature", "PetitionTally"],
    values: { unconfirmedDays: UNCONFIRMED_DAYS, afterDays: SIGNATURE_AFTER_PETITION_DAYS },
    recipients: ["resend"],
  },
] satisfies PrivacyEntry[];

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
