// What the filing side of mandate campaigns promises about personal data, and does (issue 26,
// item 5): the identities of a filed campaign's mandators are erased when the procedure ends, and
// at the latest MANDATE_IDENTITIES_AFTER_FILING_YEARS after the filing; the count stays. The rule
// runs in the nightly job (app/jobs/retention.server.ts); the privacy policy prints the same
// constant (its reasoning: periods.ts and docs/decisions/0027-mandates.md).
import { db } from "~/utils/db.server";
import type { PrivacyEntry } from "~/utils/privacy";
import type { RetentionRule } from "~/utils/retention-periods";
import { countingMandates } from "./campaign.server";
import { filedBeforeForErasure, MANDATE_IDENTITIES_AFTER_FILING_YEARS } from "./periods";

/**
 * Erases one campaign's identities: every mandate row goes, the count of those that counted is
 * kept in `finalCount`. Idempotent (a campaign already erased is left alone). Returns the rows deleted.
 */
export async function eraseCampaignIdentities({ campaignId, now = new Date() }: { campaignId: string; now?: Date }) {
  return db().$transaction(async (tx) => {
    const [campaign] = await tx.$queryRaw<{ identities_erased_at: Date | null }[]>`
      SELECT identities_erased_at FROM mandate_campaign WHERE id = ${campaignId}::uuid FOR UPDATE`;
    if (!campaign || campaign.identities_erased_at) return 0;
    const finalCount = await tx.mandate.count({ where: countingMandates(campaignId) });
    const { count } = await tx.mandate.deleteMany({ where: { campaignId } });
    await tx.mandateCampaign.update({ where: { id: campaignId }, data: { finalCount, identitiesErasedAt: now } });
    return count;
  });
}

/** The filed campaigns whose identities are due for erasure at `now`: ended, or filed too long ago. */
async function campaignsDue(now: Date) {
  const rows = await db().mandateCampaign.findMany({
    where: {
      identitiesErasedAt: null,
      filedAt: { not: null },
      OR: [{ endedAt: { lte: now } }, { filedAt: { lt: filedBeforeForErasure(now) } }],
    },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export const mandateFilingRetentionRules = [
  {
    name: `mandators' identities of campaigns whose procedure ended, or filed more than ${MANDATE_IDENTITIES_AFTER_FILING_YEARS} years ago (the count is kept)`,
    models: ["Mandate"],
    run: async (now: Date) => {
      let deleted = 0;
      for (const campaignId of await campaignsDue(now)) deleted += await eraseCampaignIdentities({ campaignId, now });
      return deleted;
    },
  },
] satisfies RetentionRule[];

export const mandateFilingPrivacyEntries = [
  {
    id: "mandateFiling",
    basis: "consentArt9",
    models: ["Mandate", "MandateCampaign"],
    values: { years: MANDATE_IDENTITIES_AFTER_FILING_YEARS },
    recipients: ["resend"],
  },
] satisfies PrivacyEntry[];
