// The legal organizers' side of campaigns (issue 26): the campaign form's database checks.
import type { MessageKey } from "~/locales/fr";
import { resolveCommunes } from "~/modules/legal-actions/legal-action.server";
import { db } from "~/utils/db.server";
import { toParisLocal } from "~/utils/paris-time";
import type { CampaignDefaults, CampaignInput } from "./schema";

/** The communes typed (names or INSEE codes, by commas) and the legal action picked, checked. */
export async function checkCampaignReferences(input: CampaignInput) {
  const fieldErrors: Partial<Record<keyof CampaignInput, MessageKey[]>> = {};
  const { inseeCodes, unknown } = input.eligibility === "COMMUNES" ? await resolveCommunes(input.communes) : { inseeCodes: [], unknown: [] };
  if (unknown.length) fieldErrors.communes = ["legalActions.errors.communesUnknown"];
  if ((await db().legalAction.count({ where: { id: input.legalActionId } })) === 0) fieldErrors.legalActionId = ["mandates.errors.legalAction"];
  return { inseeCodes, fieldErrors };
}

/** A saved campaign as its form's default values. */
export function campaignDefaults(campaign: {
  legalActionId: string;
  title: string;
  slug: string;
  controller: string;
  authority: string;
  scope: string;
  dataUse: string;
  eligibility: "FRANCE" | "COMMUNES";
  communes: { inseeCode: string }[];
  requiresPostalAddress: boolean;
  goal: number;
  opensAt: Date;
  fileBy: Date;
  texts: { lang: "fr" | "en"; version: number; body: string }[];
}): CampaignDefaults {
  // Texts come newest first per language.
  const latest = (lang: "fr" | "en") => campaign.texts.find((text) => text.lang === lang)?.body ?? "";
  return {
    legalActionId: campaign.legalActionId,
    title: campaign.title,
    slug: campaign.slug,
    controller: campaign.controller,
    authority: campaign.authority,
    scope: campaign.scope,
    dataUse: campaign.dataUse,
    eligibility: campaign.eligibility,
    communes: campaign.communes.map((commune) => commune.inseeCode).join(", "),
    ...(campaign.requiresPostalAddress ? { requiresPostalAddress: "on" as const } : {}),
    goal: String(campaign.goal),
    opensAt: toParisLocal(campaign.opensAt),
    fileBy: toParisLocal(campaign.fileBy),
    textFr: latest("fr"),
    textEn: latest("en"),
  };
}
