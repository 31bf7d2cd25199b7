// The mandate list as the authority receives it (issue 26, item 4): the confirmed mandates that
// were not revoked, decrypted for the legal organizer's export only, with the version and SHA-256
// of the exact text each person agreed to. Every export is audited with its count, never a name.
import { auditExport } from "~/models/audit.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { countingMandates } from "./campaign.server";

export type MandateRow = {
  lastName: string;
  firstName: string;
  inseeCode: string;
  communeName: string;
  communeLink: "residence" | "work";
  postalAddress: string | null;
  /** When the person gave the mandate (ticked its consent and sent the form). */
  mandatedAt: Date;
  confirmedAt: Date;
  textVersion: number;
  textLang: "fr" | "en";
  textSha256: string;
};

export type MandateList = NonNullable<Awaited<ReturnType<typeof mandateList>>>;

/**
 * The campaign, its published text versions (body and hash) and its counting mandates, sorted as
 * a French list is (last name, then first name); null for an unknown campaign or one whose
 * identities are erased.
 */
export async function mandateList({ campaignId }: { campaignId: string }) {
  const campaign = await db().mandateCampaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      slug: true,
      title: true,
      controller: true,
      authority: true,
      scope: true,
      fileBy: true,
      filedAt: true,
      filedWith: true,
      filingReference: true,
      requiresPostalAddress: true,
      identitiesErasedAt: true,
      legalAction: { select: { title: true } },
      texts: {
        where: { publishedAt: { not: null } },
        orderBy: [{ version: "asc" }, { lang: "asc" }],
        select: { id: true, version: true, lang: true, body: true, sha256: true, publishedAt: true },
      },
    },
  });
  if (!campaign || campaign.identitiesErasedAt) return null;
  const mandates = await db().mandate.findMany({
    where: countingMandates(campaignId),
    orderBy: { id: "asc" },
    select: {
      firstName: true,
      lastName: true,
      inseeCode: true,
      communeLink: true,
      postalAddress: true,
      mandateConsentAt: true,
      confirmedAt: true,
      textSha256: true,
      text: { select: { version: true, lang: true } },
    },
  });
  const decrypted = mandates.map((mandate) => ({
    lastName: decrypt(mandate.lastName),
    firstName: decrypt(mandate.firstName),
    inseeCode: decrypt(mandate.inseeCode),
    communeLink: decrypt(mandate.communeLink) === "work" ? ("work" as const) : ("residence" as const),
    postalAddress: campaign.requiresPostalAddress && mandate.postalAddress ? decrypt(mandate.postalAddress) : null,
    mandatedAt: mandate.mandateConsentAt,
    confirmedAt: mandate.confirmedAt as Date,
    textVersion: mandate.text.version,
    textLang: mandate.text.lang,
    textSha256: mandate.textSha256,
  }));
  const communes = new Map(
    (
      await db().commune.findMany({
        where: { inseeCode: { in: [...new Set(decrypted.map((row) => row.inseeCode))] } },
        select: { inseeCode: true, name: true },
      })
    ).map((commune) => [commune.inseeCode, commune.name]),
  );
  const collator = new Intl.Collator("fr", { sensitivity: "base" });
  const rows: MandateRow[] = decrypted
    .map((row) => ({ ...row, communeName: communes.get(row.inseeCode) ?? "" }))
    .sort((a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || a.mandatedAt.getTime() - b.mandatedAt.getTime());
  return { campaign, rows };
}

/** Records an export of the PDF annex (the CSV goes through auditedCsv): who, which campaign, how many rows; no name. */
export function recordAnnexExport({ organizerId, campaignId, rows }: { organizerId: string; campaignId: string; rows: number }) {
  return auditExport({ organizerId, action: "mandate.export.pdf", subjectType: "mandate-campaign", subjectId: campaignId, rows });
}
