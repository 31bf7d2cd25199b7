// Mandate campaigns (issue 26) as the legal organizers write them, and as the public sees them.
// A campaign's text is versioned per language: a published version is never changed (this file
// is the only writer of mandate_text, and it never updates a published row); editing the text
// after publication writes the next version, which the next publication freezes in turn. Each
// version carries the SHA-256 of its exact UTF-8 body, which every mandate copies.
import { createHash } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import type { Lang } from "~/utils/i18n";
import type { Tx } from "~/utils/jobs.server";
import { audit } from "~/models/audit.server";
import { db } from "~/utils/db.server";
import { fail, ok, type Result } from "~/utils/result";
import { fromParisLocal } from "~/utils/paris-time";
import type { CampaignInput } from "./schema";
import { isFrozen } from "~/modules/mandate-filing/freeze";

export const sha256 = (body: string) => createHash("sha256").update(body, "utf8").digest("hex");

/** Confirmed and not revoked: the mandates that count. */
export const COUNTING = { confirmedAt: { not: null }, revokedAt: null } as const;

/** Whether a campaign still takes (and lets revoke online) mandates at an instant. */
export function isOpen(campaign: { publishedAt: Date | null; opensAt: Date; fileBy: Date; filedAt: Date | null }, now = new Date()) {
  return campaign.publishedAt !== null && campaign.filedAt === null && campaign.opensAt <= now && !isFrozen(campaign, now);
}

/** Past the filing date, or filed: revocation marks the mandate instead of deleting it. */
export const isPastFiling = (campaign: { fileBy: Date; filedAt: Date | null }, now = new Date()) => campaign.filedAt !== null || isFrozen(campaign, now);

function campaignData(input: CampaignInput, inseeCodes: string[]) {
  return {
    legalActionId: input.legalActionId,
    title: input.title,
    slug: input.slug,
    controller: input.controller,
    authority: input.authority,
    scope: input.scope,
    dataUse: input.dataUse,
    eligibility: input.eligibility,
    inseeCodes: input.eligibility === "COMMUNES" ? inseeCodes : [],
    requiresPostalAddress: input.requiresPostalAddress,
    goal: input.goal,
    opensAt: fromParisLocal(input.opensAt),
    fileBy: fromParisLocal(input.fileBy),
  };
}

/**
 * Writes a language's text: a body equal to the latest version changes nothing; an unpublished
 * latest version (a draft) is rewritten; a published one is left as it is and the next version is
 * written. Returns the version that now holds the body.
 */
export async function saveText(tx: Tx, { campaignId, lang, body }: { campaignId: string; lang: Lang; body: string }) {
  const latest = await tx.mandateText.findFirst({
    where: { campaignId, lang },
    orderBy: { version: "desc" },
    select: { id: true, version: true, body: true, publishedAt: true },
  });
  if (latest && latest.body === body) return latest.version;
  if (latest && latest.publishedAt === null) {
    // Only a draft: the condition is in the statement, so a version published meanwhile is never touched.
    const { count } = await tx.mandateText.updateMany({ where: { id: latest.id, publishedAt: null }, data: { body, sha256: sha256(body) } });
    if (count === 1) return latest.version;
  }
  const version = (latest?.version ?? 0) + 1;
  await tx.mandateText.create({ data: { campaignId, lang, version, body, sha256: sha256(body) } });
  return version;
}

export type SlugTaken = "slug-taken";

export async function createCampaign({
  input,
  inseeCodes,
  organizerId,
}: {
  input: CampaignInput;
  inseeCodes: string[];
  organizerId: string;
}): Promise<Result<{ id: string }, SlugTaken>> {
  if ((await db().mandateCampaign.count({ where: { slug: input.slug } })) > 0) return fail("slug-taken");
  const id = await db().$transaction(async (tx) => {
    const campaign = await tx.mandateCampaign.create({ data: campaignData(input, inseeCodes), select: { id: true } });
    await saveText(tx, { campaignId: campaign.id, lang: "fr", body: input.textFr });
    if (input.textEn) await saveText(tx, { campaignId: campaign.id, lang: "en", body: input.textEn });
    await audit(tx, { organizerId, action: "mandateCampaign.create", subjectType: "mandateCampaign", subjectId: campaign.id });
    return campaign.id;
  });
  return ok({ id });
}

export async function editCampaign({
  id,
  input,
  inseeCodes,
  organizerId,
}: {
  id: string;
  input: CampaignInput;
  inseeCodes: string[];
  organizerId: string;
}): Promise<Result<object, SlugTaken | "unknown" | "filed">> {
  if ((await db().mandateCampaign.count({ where: { slug: input.slug, NOT: { id } } })) > 0) return fail("slug-taken");
  return db().$transaction(async (tx) => {
    const campaign = await tx.mandateCampaign.findUnique({ where: { id }, select: { filedAt: true } });
    if (!campaign) return fail("unknown");
    // A filed campaign is a record of what was lodged: nothing of it changes any more.
    if (campaign.filedAt) return fail("filed");
    await tx.mandateCampaign.update({ where: { id }, data: campaignData(input, inseeCodes) });
    const fr = await saveText(tx, { campaignId: id, lang: "fr", body: input.textFr });
    const en = input.textEn ? await saveText(tx, { campaignId: id, lang: "en", body: input.textEn }) : null;
    await audit(tx, { organizerId, action: "mandateCampaign.edit", subjectType: "mandateCampaign", subjectId: id, details: { fr, en } });
    return ok();
  });
}

/** Publishes the campaign and freezes its latest text versions; what was published stays as it was. */
export async function publishCampaign({
  id,
  organizerId,
  now = new Date(),
}: {
  id: string;
  organizerId: string;
  now?: Date;
}): Promise<Result<object, "unknown">> {
  return db().$transaction(async (tx) => {
    const campaign = await tx.mandateCampaign.findUnique({ where: { id }, select: { publishedAt: true, filedAt: true } });
    if (!campaign || campaign.filedAt) return fail("unknown");
    const drafts = await tx.mandateText.findMany({ where: { campaignId: id, publishedAt: null }, select: { id: true, lang: true, version: true } });
    // Only each language's latest draft (there is at most one: a draft is rewritten, never doubled).
    await tx.mandateText.updateMany({ where: { id: { in: drafts.map((draft) => draft.id) }, publishedAt: null }, data: { publishedAt: now } });
    if (!campaign.publishedAt) await tx.mandateCampaign.update({ where: { id }, data: { publishedAt: now } });
    await audit(tx, {
      organizerId,
      action: "mandateCampaign.publish",
      subjectType: "mandateCampaign",
      subjectId: id,
      details: { versions: drafts.map((draft) => `${draft.lang}:${draft.version}`) },
    });
    return ok();
  });
}

/** The published version people agree to in a language (French when there is no English one). */
export async function currentText(tx: Tx, { campaignId, lang }: { campaignId: string; lang: Lang }) {
  const select = { id: true, version: true, body: true, sha256: true, lang: true, publishedAt: true } as const;
  const inLang = await tx.mandateText.findFirst({ where: { campaignId, lang, publishedAt: { not: null } }, orderBy: { version: "desc" }, select });
  if (inLang || lang === "fr") return inLang;
  return tx.mandateText.findFirst({ where: { campaignId, lang: "fr", publishedAt: { not: null } }, orderBy: { version: "desc" }, select });
}

/** The legal organizers' list of campaigns. */
export async function listCampaignsForAdmin() {
  const campaigns = await db().mandateCampaign.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      goal: true,
      opensAt: true,
      fileBy: true,
      publishedAt: true,
      filedAt: true,
      legalAction: { select: { title: true } },
    },
  });
  const counts = await db().mandate.groupBy({ by: ["campaignId"], where: COUNTING, _count: { _all: true } });
  const countOf = new Map(counts.map((row) => [row.campaignId, row._count._all]));
  return campaigns.map((campaign) => ({ ...campaign, count: countOf.get(campaign.id) ?? 0 }));
}

/** What both the campaign's form and its public page show of it. */
const CAMPAIGN_FIELDS = {
  id: true,
  slug: true,
  title: true,
  controller: true,
  authority: true,
  scope: true,
  dataUse: true,
  eligibility: true,
  inseeCodes: true,
  requiresPostalAddress: true,
  goal: true,
  opensAt: true,
  fileBy: true,
  publishedAt: true,
  filedAt: true,
} as const satisfies Prisma.MandateCampaignSelect;

/** A campaign as its form edits it, with its text versions (newest first). */
export async function getCampaignForAdmin({ id }: { id: string }) {
  const campaign = await db().mandateCampaign.findUnique({
    where: { id },
    select: {
      ...CAMPAIGN_FIELDS,
      legalActionId: true,
      texts: { orderBy: [{ lang: "asc" }, { version: "desc" }], select: { id: true, lang: true, version: true, body: true, sha256: true, publishedAt: true } },
    },
  });
  if (!campaign) return null;
  const communes = await db().commune.findMany({ where: { inseeCode: { in: campaign.inseeCodes } }, select: { inseeCode: true, name: true } });
  return { ...campaign, communes };
}

/** The legal actions a campaign may be attached to. */
export function legalActionChoices() {
  return db().legalAction.findMany({ orderBy: { filedOn: "desc" }, select: { id: true, title: true } });
}

/** The public page: what the mandate is, the count and the dates; never a name. */
export async function getPublicCampaign({ slug, lang, now = new Date() }: { slug: string; lang: Lang; now?: Date }) {
  if (slug.length > 60 || !/^[a-z0-9-]+$/.test(slug)) return null;
  const campaign = await db().mandateCampaign.findFirst({
    where: { slug, publishedAt: { not: null } },
    select: {
      ...CAMPAIGN_FIELDS,
      finalCount: true,
      legalAction: { select: { id: true, title: true } },
    },
  });
  if (!campaign) return null;
  const [text, count, communes] = await Promise.all([
    currentText(db(), { campaignId: campaign.id, lang }),
    db().mandate.count({ where: { campaignId: campaign.id, ...COUNTING } }),
    db().commune.findMany({ where: { inseeCode: { in: campaign.inseeCodes } }, orderBy: { name: "asc" }, select: { name: true } }),
  ]);
  return {
    ...campaign,
    communes: communes.map((commune) => commune.name),
    text,
    count: campaign.finalCount ?? count,
    open: isOpen(campaign, now) && text !== null,
    notYetOpen: now < campaign.opensAt,
  };
}

/** The published campaigns of a legal action, for its public page. */
export async function campaignsOfLegalAction({ legalActionId }: { legalActionId: string }) {
  return db().mandateCampaign.findMany({
    where: { legalActionId, publishedAt: { not: null } },
    orderBy: { fileBy: "asc" },
    select: { slug: true, title: true, fileBy: true, filedAt: true },
  });
}
