// What donations promise about personal data, and do: their keeping periods, retention rules
// (run by the nightly job, app/jobs/retention.server.ts), their entry of the privacy policy
// (which prints the same constants) and their part of "my data" (/mes-donnees). Each is
// assembled with the other features' where it is used; a new rule of this feature is written here.
import { db } from "~/utils/db.server";
import { donorIndexFor } from "~/modules/petitions/signature-index.server";
import type { PrivacyEntry } from "~/utils/privacy";
import { daysBefore, type RetentionRule } from "~/utils/retention-periods";
import { DONATION_CHECKOUT_DAYS, DONATION_YEARS, donationCutoff, STRIPE_EVENT_DAYS } from "./periods";

export const donationRetentionRules = [
  {
    name: `donation checkouts left unpaid for ${DONATION_CHECKOUT_DAYS} days`,
    models: ["DonationCheckout"],
    run: async (now: Date) =>
      (await db().donationCheckout.deleteMany({ where: { completedAt: null, createdAt: { lt: daysBefore(now, DONATION_CHECKOUT_DAYS) } } })).count,
  },
  {
    name: `processed Stripe event ids older than ${STRIPE_EVENT_DAYS} days`,
    models: ["StripeEvent"],
    run: async (now: Date) => (await db().stripeEvent.deleteMany({ where: { processedAt: { lt: daysBefore(now, STRIPE_EVENT_DAYS) } } })).count,
  },
  {
    name: "donations, monthly gifts, tax receipts and donors past the keeping period of French tax law (LPF art. L102 E)",
    models: ["Donation", "DonationSubscription", "TaxReceipt", "TaxReceiptCounter", "Donor"],
    run: async (now: Date) => {
      const cutoff = donationCutoff(now);
      return db().$transaction(async (tx) => {
        const donations = await tx.donation.deleteMany({ where: { createdAt: { lt: cutoff }, OR: [{ paidAt: null }, { paidAt: { lt: cutoff } }] } });
        const receipts = await tx.taxReceipt.deleteMany({ where: { issuedAt: { lt: cutoff } } });
        await tx.taxReceiptCounter.deleteMany({ where: { year: { lt: cutoff.getUTCFullYear() } } });
        const subscriptions = await tx.donationSubscription.deleteMany({
          where: { status: "CANCELED", OR: [{ canceledAt: { lt: cutoff } }, { canceledAt: null, updatedAt: { lt: cutoff } }], donations: { none: {} } },
        });
        const donors = await tx.donor.deleteMany({
          where: { updatedAt: { lt: cutoff }, donations: { none: {} }, receipts: { none: {} }, subscriptions: { none: {} } },
        });
        return donations.count + receipts.count + subscriptions.count + donors.count;
      });
    },
  },
] satisfies RetentionRule[];

export const donationPrivacyEntries = [
  {
    id: "donations",
    basis: "legalObligation",
    models: ["Donor", "Donation", "DonationSubscription", "DonationCheckout", "TaxReceipt", "TaxReceiptCounter", "StripeEvent"],
    values: { years: DONATION_YEARS, checkoutDays: DONATION_CHECKOUT_DAYS },
    recipients: ["stripe", "resend"],
  },
] satisfies PrivacyEntry[];

/**
 * A donor's gifts and receipts in "my data": shown and exported, never deleted from the page
 * (French tax law keeps them DONATION_YEARS; the page says so), hence no PersonalDataPart.
 */
export async function donationsOf(email: string) {
  const donor = await db().donor.findUnique({
    where: { emailIndex: donorIndexFor(email) },
    select: {
      donations: {
        select: { id: true, kind: true, status: true, amount: true, currency: true, paidAt: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
      receipts: { select: { id: true, year: true, number: true, amount: true, issuedAt: true }, orderBy: { year: "asc" } },
    },
  });
  if (!donor) return null;
  return {
    keptYears: DONATION_YEARS,
    donations: donor.donations.map((row) => ({ ...row, paidAt: row.paidAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString() })),
    receipts: donor.receipts.map((row) => ({ ...row, issuedAt: row.issuedAt.toISOString() })),
  };
}
