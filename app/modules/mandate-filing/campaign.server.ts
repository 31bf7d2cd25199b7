// The filing side of a mandate campaign as the legal organizer's page shows it (issue 26, item 4):
// dates, counts and the filing record; never a mandator. Every function is called behind
// requireOrganizer(request, { legal: true }).
import { db } from "~/utils/db.server";
import { filingStage } from "./freeze";
import { identitiesDueAt } from "./periods";

/** Mandates that count: confirmed, not revoked after the filing. */
export const countingMandates = (campaignId: string) => ({ campaignId, confirmedAt: { not: null }, revokedAt: null });

/** The campaign as the filing page shows it, or null. */
export async function getFilingCampaign({ id, now = new Date() }: { id: string; now?: Date }) {
  const campaign = await db().mandateCampaign.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      controller: true,
      authority: true,
      fileBy: true,
      filedAt: true,
      filedWith: true,
      filingReference: true,
      endedAt: true,
      identitiesErasedAt: true,
      finalCount: true,
      requiresPostalAddress: true,
      legalAction: { select: { id: true, title: true } },
    },
  });
  if (!campaign) return null;
  const [count, notified, revokedAfterFiling] = campaign.identitiesErasedAt
    ? [campaign.finalCount ?? 0, 0, 0]
    : await Promise.all([
        db().mandate.count({ where: countingMandates(id) }),
        db().mandate.count({ where: { ...countingMandates(id), filedNoticeAt: { not: null } } }),
        // Revoked once the list was frozen: the legal organizer passes them on to the authority.
        db().mandate.count({ where: { campaignId: id, confirmedAt: { not: null }, revokedAt: { not: null } } }),
      ]);
  return {
    ...campaign,
    stage: filingStage(campaign, now),
    count,
    notified,
    revokedAfterFiling,
    erasureDueAt: campaign.filedAt ? identitiesDueAt(campaign.filedAt) : null,
  };
}

export type FilingCampaign = NonNullable<Awaited<ReturnType<typeof getFilingCampaign>>>;
