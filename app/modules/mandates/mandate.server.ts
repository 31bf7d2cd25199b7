// Giving, confirming and revoking a mandate (issue 26), and the legal organizers' list of them.
// Identities are sealed (AES-256-GCM) like signatures; the email's keyed index has its own key
// ("mandate-email"), so a mandate cannot be linked to a signature or a volunteer by its index.
// One mandate per person per campaign: the unique (campaign, email index) decides, in the
// database, between concurrent submissions.
import { randomUUID } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { audit } from "~/models/audit.server";
import { queueEmail } from "~/models/email-message.server";
import { decrypt, encrypt, keyedIndex } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { canonicalEmail } from "~/utils/email-address";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import type { Tx } from "~/utils/jobs.server";
import { fail, ok, type Result } from "~/utils/result";
import { hashToken, newToken } from "~/utils/tokens.server";
import { currentText, isOpen, isPastFiling } from "./campaign.server";
import type { CommuneLink, MandateInput } from "./schema";

export const mandateIndexFor = (email: string) => keyedIndex("mandate-email", canonicalEmail(email));

/** At most this many emails per mandate (the confirmation, then the personal link again). */
export const MAX_EMAILS_PER_MANDATE = 3;

const linkFor = (token: string) => `${env().PUBLIC_URL}/mandat/${token}`;

export type GiveMandateError = "closed" | "commune";

/**
 * Records a mandate and its confirmation email in one transaction. A second attempt with the
 * same (canonical) address changes nothing but sends the person a fresh personal link, within
 * MAX_EMAILS_PER_MANDATE; the caller answers the same in both cases (`repeat` is for tests).
 */
export async function giveMandate({
  campaignId,
  input,
  inseeCode,
  lang,
  ipHash,
  now = new Date(),
}: {
  campaignId: string;
  input: MandateInput;
  /** The commune the form's field designated (resolved by the caller). */
  inseeCode: string;
  lang: Lang;
  ipHash: string;
  now?: Date;
}): Promise<Result<{ repeat: boolean }, GiveMandateError>> {
  const campaign = await db().mandateCampaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      title: true,
      eligibility: true,
      inseeCodes: true,
      requiresPostalAddress: true,
      publishedAt: true,
      opensAt: true,
      fileBy: true,
      filedAt: true,
    },
  });
  if (!campaign || !isOpen(campaign, now)) return fail("closed");
  if (campaign.eligibility === "COMMUNES" && !campaign.inseeCodes.includes(inseeCode.toUpperCase())) return fail("commune");
  const emailIndex = mandateIndexFor(input.email);
  const token = newToken();
  return db().$transaction(async (tx) => {
    const text = await currentText(tx, { campaignId, lang });
    if (!text) return fail("closed");
    const id = randomUUID();
    const inserted = await tx.mandate.createMany({
      data: {
        id,
        campaignId,
        textId: text.id,
        textSha256: text.sha256,
        firstName: encrypt(input.firstName),
        lastName: encrypt(input.lastName),
        email: encrypt(input.email),
        emailIndex,
        inseeCode: encrypt(inseeCode.toUpperCase()),
        communeLink: encrypt(input.communeLink),
        postalAddress: campaign.requiresPostalAddress && input.postalAddress ? encrypt(input.postalAddress) : null,
        mandateConsentAt: now,
        sensitiveConsentAt: now,
        lang,
        tokenHash: hashToken(token),
        ipHash,
        createdAt: now,
      },
      skipDuplicates: true,
    });
    if (inserted.count === 1) {
      await queueEmail(tx, {
        key: `mandate/${id}/1`,
        template: "mandate-link",
        to: input.email,
        lang,
        props: { variant: "confirm", url: linkFor(token), campaignTitle: campaign.title },
      });
      return ok({ repeat: false });
    }
    // Given before: the row is locked so that concurrent repeats count right.
    const [existing] = await tx.$queryRaw<{ id: string; confirmed_at: Date | null; emails_sent: number }[]>`
      SELECT id::text, confirmed_at, emails_sent FROM mandate
      WHERE campaign_id = ${campaignId}::uuid AND email_index = ${emailIndex} FOR UPDATE`;
    if (!existing || existing.emails_sent >= MAX_EMAILS_PER_MANDATE) return ok({ repeat: true });
    const sent = existing.emails_sent + 1;
    // Only the token's hash is stored: the new email carries a new link, the old one stops working.
    await tx.mandate.update({ where: { id: existing.id }, data: { emailsSent: sent, tokenHash: hashToken(token) } });
    await queueEmail(tx, {
      key: `mandate/${existing.id}/${sent}`,
      template: "mandate-link",
      to: input.email,
      lang,
      props: { variant: existing.confirmed_at ? "again-confirmed" : "again", url: linkFor(token), campaignTitle: campaign.title },
    });
    return ok({ repeat: true });
  });
}

const TOKEN_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  inseeCode: true,
  communeLink: true,
  postalAddress: true,
  textSha256: true,
  confirmedAt: true,
  revokedAt: true,
  createdAt: true,
  text: { select: { version: true, lang: true, body: true } },
  campaign: {
    select: {
      id: true,
      slug: true,
      title: true,
      controller: true,
      authority: true,
      publishedAt: true,
      opensAt: true,
      fileBy: true,
      filedAt: true,
      identitiesErasedAt: true,
    },
  },
} as const satisfies Prisma.MandateSelect;

/** A token as a URL gives it: anything longer or odder than ours designates nothing. */
const plausibleToken = (token: string) => token.length > 0 && token.length <= 100 && /^[A-Za-z0-9_-]+$/.test(token);

/** What the personal page shows: the person's mandate, decrypted, and the exact text agreed to. */
export async function mandateForToken({ token, now = new Date() }: { token: string; now?: Date }) {
  if (!plausibleToken(token)) return null;
  const row = await db().mandate.findUnique({ where: { tokenHash: hashToken(token) }, select: TOKEN_SELECT });
  if (!row) return null;
  const inseeCode = decrypt(row.inseeCode);
  const commune = await db().commune.findUnique({ where: { inseeCode }, select: { name: true } });
  return {
    firstName: decrypt(row.firstName),
    lastName: decrypt(row.lastName),
    commune: commune?.name ?? inseeCode,
    communeLink: decrypt(row.communeLink) as CommuneLink,
    postalAddress: row.postalAddress ? decrypt(row.postalAddress) : null,
    version: row.text.version,
    textLang: row.text.lang,
    body: row.text.body,
    sha256: row.textSha256,
    createdAt: row.createdAt,
    confirmedAt: row.confirmedAt,
    revokedAt: row.revokedAt,
    campaign: {
      slug: row.campaign.slug,
      title: row.campaign.title,
      controller: row.campaign.controller,
      authority: row.campaign.authority,
      fileBy: row.campaign.fileBy,
      filedAt: row.campaign.filedAt,
      open: isOpen(row.campaign, now),
      pastFiling: isPastFiling(row.campaign, now),
    },
  };
}

/** The POST behind the emailed link. Confirming twice is harmless; after the filing date, too late. */
export async function confirmMandate({ token, now = new Date() }: { token: string; now?: Date }): Promise<Result<object, "unknown" | "closed">> {
  if (!plausibleToken(token)) return fail("unknown");
  const row = await db().mandate.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, confirmedAt: true, revokedAt: true, campaign: { select: { publishedAt: true, opensAt: true, fileBy: true, filedAt: true } } },
  });
  if (!row || row.revokedAt) return fail("unknown");
  if (row.confirmedAt) return ok();
  if (!isOpen(row.campaign, now)) return fail("closed");
  await db().mandate.updateMany({ where: { id: row.id, confirmedAt: null }, data: { confirmedAt: now } });
  return ok();
}

/**
 * Revokes a mandate. Until the filing date the mandate goes entirely (deleted: it is as if it had
 * never been given); once the campaign is past its filing date or filed, the mandate was or is
 * about to be lodged: it is marked revoked, which the collective passes on to the authority.
 */
export async function revokeMandate({
  token,
  now = new Date(),
}: {
  token: string;
  now?: Date;
}): Promise<Result<{ slug: string; deleted: boolean }, "unknown">> {
  if (!plausibleToken(token)) return fail("unknown");
  return db().$transaction((tx) => revokeWhere(tx, { tokenHash: hashToken(token) }, now));
}

/** The revocation itself, for the personal page and for "my data". */
export async function revokeWhere(
  tx: Tx,
  where: Prisma.MandateWhereUniqueInput,
  now = new Date(),
): Promise<Result<{ slug: string; deleted: boolean }, "unknown">> {
  const row = await tx.mandate.findUnique({ where, select: { id: true, revokedAt: true, campaign: { select: { slug: true, fileBy: true, filedAt: true } } } });
  if (!row) return fail("unknown");
  if (!isPastFiling(row.campaign, now)) {
    await tx.mandate.deleteMany({ where: { id: row.id } });
    return ok({ slug: row.campaign.slug, deleted: true });
  }
  if (!row.revokedAt) await tx.mandate.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt: now } });
  return ok({ slug: row.campaign.slug, deleted: false });
}

/** How many mandates the legal organizers' list shows per page. */
export const MANDATES_PAGE = 50;

export type MandateStatus = "unconfirmed" | "confirmed" | "revoked";

const statusOf = (row: { confirmedAt: Date | null; revokedAt: Date | null }): MandateStatus =>
  row.revokedAt ? "revoked" : row.confirmedAt ? "confirmed" : "unconfirmed";

/**
 * A page of a campaign's mandates for a legal organizer, decrypted. Every call is a view of
 * personal data: it writes its audit row (who, which campaign, which page, how many rows) before
 * returning anything.
 */
export async function listMandates({ campaignId, page, organizerId }: { campaignId: string; page: number; organizerId: string }) {
  const [total, rows] = await Promise.all([
    db().mandate.count({ where: { campaignId } }),
    db().mandate.findMany({
      where: { campaignId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * MANDATES_PAGE,
      take: MANDATES_PAGE,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        inseeCode: true,
        communeLink: true,
        createdAt: true,
        confirmedAt: true,
        revokedAt: true,
        textSha256: true,
        text: { select: { version: true, lang: true } },
      },
    }),
  ]);
  await db().$transaction((tx) =>
    audit(tx, { organizerId, action: "mandate.list", subjectType: "mandateCampaign", subjectId: campaignId, details: { page, rows: rows.length } }),
  );
  const codes = rows.map((row) => decrypt(row.inseeCode));
  const communes = await db().commune.findMany({ where: { inseeCode: { in: [...new Set(codes)] } }, select: { inseeCode: true, name: true } });
  const nameOf = new Map(communes.map((commune) => [commune.inseeCode, commune.name]));
  return {
    total,
    pages: Math.max(1, Math.ceil(total / MANDATES_PAGE)),
    rows: rows.map((row, index) => ({
      id: row.id,
      firstName: decrypt(row.firstName),
      lastName: decrypt(row.lastName),
      commune: nameOf.get(codes[index]) ?? codes[index],
      communeLink: decrypt(row.communeLink) as CommuneLink,
      givenAt: row.createdAt,
      confirmedAt: row.confirmedAt,
      version: `${row.text.lang}-v${row.text.version}`,
      sha256: row.textSha256,
      status: statusOf(row),
    })),
  };
}
