// Mandate campaigns, their texts and mandates, written directly with Prisma and encrypted as the
// app writes them (issue 26). The email's keyed index belongs to the giving side (its own
// "mandate-email" purpose key); here a per-process HMAC keeps the rows unique and unlinkable.
import { createHash, createHmac, randomBytes, randomUUID } from "node:crypto";
import { addOrganizer } from "~/models/organizer.server";
import { encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { publishedLegalAction } from "./newsletter";

const indexKey = randomBytes(32);
const DAY = 24 * 3600_000;

export const MANDATE_TEXT =
  "Je donne mandat à l’association Technopolice pour introduire en mon nom une réclamation auprès de la CNIL (article 80 du RGPD) contre la vidéosurveillance algorithmique de la ville de Nice.";

/** An organizer, with the legal flag or not. */
export async function anOrganizer({ role = "ORGANIZER", legal = false }: { role?: "ORGANIZER" | "ADMIN"; legal?: boolean } = {}) {
  const email = `organizer-${randomUUID()}@collectif.example`;
  const organizer = await addOrganizer({ email, role, addedBy: null });
  if (legal) await db().organizer.update({ where: { id: organizer.id }, data: { legal: true } });
  return { id: organizer.id, email };
}

/** A published campaign with one published French text, its filing date `fileByDaysAgo` days ago (negative: to come). */
export async function aCampaign({
  fileByDaysAgo = 1,
  requiresPostalAddress = false,
  body = MANDATE_TEXT,
  legalActionId,
}: { fileByDaysAgo?: number; requiresPostalAddress?: boolean; body?: string; legalActionId?: string } = {}) {
  const actionId = legalActionId ?? (await publishedLegalAction()).id;
  const fileBy = new Date(Date.now() - fileByDaysAgo * DAY);
  const slug = `plainte-${randomUUID().slice(0, 8)}`;
  const campaign = await db().mandateCampaign.create({
    data: {
      slug,
      legalActionId: actionId,
      title: "Plainte collective contre la VSA à Nice",
      controller: "Ville de Nice",
      authority: "CNIL",
      scope: "Faire cesser l’analyse automatisée des images des caméras.",
      dataUse: "Vos données servent au dépôt de la plainte, puis sont effacées.",
      eligibility: "FRANCE",
      requiresPostalAddress,
      goal: 1000,
      opensAt: new Date(fileBy.getTime() - 60 * DAY),
      fileBy,
      publishedAt: new Date(fileBy.getTime() - 60 * DAY),
    },
    select: { id: true, slug: true, fileBy: true, legalActionId: true },
  });
  const text = await db().mandateText.create({
    data: {
      campaignId: campaign.id,
      version: 1,
      lang: "fr",
      body,
      sha256: createHash("sha256").update(body, "utf8").digest("hex"),
      publishedAt: new Date(fileBy.getTime() - 60 * DAY),
    },
    select: { id: true, sha256: true },
  });
  return { ...campaign, text };
}

export type MandatorInput = {
  firstName?: string;
  lastName?: string;
  email?: string;
  inseeCode?: string;
  communeLink?: "residence" | "work";
  postalAddress?: string | null;
  lang?: "fr" | "en";
  confirmed?: boolean;
  revoked?: boolean;
};

/** Mandates of a campaign (confirmed by default), inserted in bulk; returns their ids and emails in order. */
export async function mandates(campaign: { id: string; fileBy: Date; text: { id: string; sha256: string } }, people: MandatorInput[]) {
  const rows = people.map((person, n) => {
    const email = person.email ?? `mandant-${randomUUID()}@example.net`;
    const given = new Date(campaign.fileBy.getTime() - (10 * DAY - n * 60_000));
    return {
      id: randomUUID(),
      email,
      data: {
        campaignId: campaign.id,
        textId: campaign.text.id,
        textSha256: campaign.text.sha256,
        firstName: encrypt(person.firstName ?? `Camille${n}`),
        lastName: encrypt(person.lastName ?? `Martin${n}`),
        email: encrypt(email),
        emailIndex: createHmac("sha256", indexKey).update(email.toLowerCase()).digest("base64url"),
        inseeCode: encrypt(person.inseeCode ?? "06088"),
        communeLink: encrypt(person.communeLink ?? "residence"),
        postalAddress: person.postalAddress ? encrypt(person.postalAddress) : null,
        mandateConsentAt: given,
        sensitiveConsentAt: given,
        lang: person.lang ?? ("fr" as const),
        tokenHash: createHash("sha256").update(randomUUID()).digest("hex"),
        confirmedAt: person.confirmed === false ? null : new Date(given.getTime() + 5 * 60_000),
        revokedAt: person.revoked ? new Date() : null,
        ipHash: "test-ip",
      },
    };
  });
  for (let start = 0; start < rows.length; start += 2000) {
    await db().mandate.createMany({ data: rows.slice(start, start + 2000).map((row) => ({ id: row.id, ...row.data })) });
  }
  return rows.map((row) => ({ id: row.id, email: row.email }));
}
