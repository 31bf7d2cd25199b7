// Retention rules of issue 13: what the sign form, the privacy policy and French tax law promise.
// Durations come from app/utils/retention-periods.ts; the registry is app/jobs/retention.server.ts.
import type { RetentionRule } from "~/utils/retention-periods";
import { encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import {
  AUDIT_ENTRY_DAYS,
  DATA_ACCESS_LINK_DAYS,
  daysBefore,
  DIGEST_DELIVERY_DAYS,
  DISABLED_ORGANIZER_DAYS,
  donationCutoff,
  REPORTER_EMAIL_AFTER_DECISION_DAYS,
  SIGNATURE_AFTER_PETITION_DAYS,
  SUBSCRIBER_SUPPRESSION_DAYS,
} from "~/utils/retention-periods";

export const privacyRetentionRules: RetentionRule[] = [
  {
    // The count stays what it was (the rows stay, confirmed and counted), but nothing personal does.
    name: `signatures of petitions delivered or closed more than ${SIGNATURE_AFTER_PETITION_DAYS} days ago, reduced to what the count needs`,
    models: ["Signature"],
    run: async (now) => {
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
  {
    name: `unsubscribed, bounced or complaining newsletter addresses reduced to their suppression hash after ${SUBSCRIBER_SUPPRESSION_DAYS} day(s)`,
    models: ["Subscriber"],
    run: async (now) => {
      const empty = encrypt("");
      const before = daysBefore(now, SUBSCRIBER_SUPPRESSION_DAYS);
      return db().$executeRaw`
        UPDATE subscriber SET email = ${empty}, token_hash = NULL
        WHERE (token_hash IS NOT NULL OR email <> ${empty})
          AND ((status = 'UNSUBSCRIBED' AND unsubscribed_at < ${before})
            OR (status IN ('BOUNCED', 'COMPLAINED') AND coalesce(suppressed_at, created_at) < ${before}))`;
    },
  },
  {
    name: `reporters' addresses erased ${REPORTER_EMAIL_AFTER_DECISION_DAYS} day(s) after the decision`,
    models: ["Report"],
    run: async (now) =>
      (
        await db().report.updateMany({
          where: {
            status: { in: ["PUBLISHED", "DECLINED", "MERGED", "TAKEN_DOWN"] },
            reporterEmail: { not: null },
            OR: [{ moderatedAt: null }, { moderatedAt: { lt: daysBefore(now, REPORTER_EMAIL_AFTER_DECISION_DAYS) } }],
          },
          data: { reporterEmail: null, tokenHash: null },
        })
      ).count,
  },
  {
    name: "donations, monthly gifts, tax receipts and donors past the keeping period of French tax law (LPF art. L102 E)",
    models: ["Donation", "DonationSubscription", "TaxReceipt", "TaxReceiptCounter", "Donor"],
    run: async (now) => {
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
  {
    name: `audit entries older than ${AUDIT_ENTRY_DAYS} days`,
    models: ["AuditEntry"],
    run: async (now) => (await db().auditEntry.deleteMany({ where: { createdAt: { lt: daysBefore(now, AUDIT_ENTRY_DAYS) } } })).count,
  },
  {
    name: `digest deliveries of digests sent more than ${DIGEST_DELIVERY_DAYS} days ago`,
    models: ["DigestDelivery"],
    run: async (now) =>
      (await db().digestDelivery.deleteMany({ where: { digest: { status: "SENT", sentAt: { lt: daysBefore(now, DIGEST_DELIVERY_DAYS) } } } })).count,
  },
  {
    name: `organizers removed more than ${DISABLED_ORGANIZER_DAYS} days ago`,
    models: ["Organizer"],
    run: async (now) => (await db().organizer.deleteMany({ where: { disabledAt: { lt: daysBefore(now, DISABLED_ORGANIZER_DAYS) } } })).count,
  },
  {
    name: `"my data" links expired more than ${DATA_ACCESS_LINK_DAYS} day(s) ago`,
    models: ["DataAccessToken"],
    run: async (now) => (await db().dataAccessToken.deleteMany({ where: { expiresAt: { lt: daysBefore(now, DATA_ACCESS_LINK_DAYS) } } })).count,
  },
];
