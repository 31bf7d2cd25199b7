// What mandates promise about personal data, and do (issue 26): the retention rule of unconfirmed
// mandates (run by the nightly job, app/jobs/retention.server.ts), the privacy policy's entry
// (which prints the same constant) and their part of "my data" (/mes-donnees). The erasure of
// identities after filing is the filing's (app/modules/mandate-filing/).
import type { Prisma } from "~/generated/prisma/client";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import type { PersonalDataPart, PrivacyEntry } from "~/utils/privacy";
import { daysBefore, type RetentionRule } from "~/utils/retention-periods";
import { isPastFiling } from "./campaign.server";
import { mandateIndexFor, revokeWhere } from "./mandate.server";

/** An unconfirmed mandate counts for nothing, and goes after this many days. */
export const MANDATE_UNCONFIRMED_DAYS = 7;

export const mandateRetentionRules = [
  {
    name: `mandates left unconfirmed for ${MANDATE_UNCONFIRMED_DAYS} days`,
    models: ["Mandate"],
    run: async (now: Date) =>
      (await db().mandate.deleteMany({ where: { confirmedAt: null, createdAt: { lt: daysBefore(now, MANDATE_UNCONFIRMED_DAYS) } } })).count,
  },
] satisfies RetentionRule[];

export const mandatePrivacyEntries = [
  {
    id: "mandates",
    basis: "consentArt9",
    models: ["Mandate", "MandateCampaign", "MandateText"],
    values: { unconfirmedDays: MANDATE_UNCONFIRMED_DAYS },
    recipients: ["resend"],
  },
] satisfies PrivacyEntry[];

/** A person's mandates (one per campaign at most), decrypted, for "my data". */
async function mandatesOf(email: string, now = new Date()) {
  const rows = await db().mandate.findMany({
    where: { emailIndex: mandateIndexFor(email) },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      inseeCode: true,
      communeLink: true,
      postalAddress: true,
      createdAt: true,
      confirmedAt: true,
      revokedAt: true,
      textSha256: true,
      text: { select: { version: true, lang: true } },
      campaign: { select: { slug: true, title: true, fileBy: true, filedAt: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    campaign: row.campaign.title,
    slug: row.campaign.slug,
    firstName: decrypt(row.firstName),
    lastName: decrypt(row.lastName),
    inseeCode: decrypt(row.inseeCode),
    communeLink: decrypt(row.communeLink),
    postalAddress: row.postalAddress ? decrypt(row.postalAddress) : null,
    textVersion: row.text.version,
    textLang: row.text.lang,
    textSha256: row.textSha256,
    givenAt: row.createdAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    /** Past the filing date: revoking marks the mandate, it is not deleted. */
    pastFiling: isPastFiling(row.campaign, now),
  }));
}

/**
 * The mandates of an address in "my data": deleting one revokes it, as the personal page does
 * (before filing the mandate goes; after, it is marked revoked and kept for the procedure).
 */
export const mandatePersonalData = {
  kind: "mandate" as const,
  collect: (email: string) => mandatesOf(email),
  erase: async (tx: Prisma.TransactionClient, email: string, id: string | null) => {
    const rows = await tx.mandate.findMany({ where: { emailIndex: mandateIndexFor(email), ...(id ? { id } : {}) }, select: { id: true } });
    for (const row of rows) await revokeWhere(tx, { id: row.id });
    return [];
  },
} satisfies PersonalDataPart;
