// What the newsletter promises about personal data, and does: its retention rules (run by the
// nightly job, app/jobs/retention.server.ts), its entry of the privacy policy (which prints the
// same constants) and a subscription's part of "my data" (/mes-donnees). A new rule of this
// feature is written here only.
import type { Prisma } from "~/generated/prisma/client";
import { encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import type { PrivacyEntry } from "~/utils/privacy";
import { daysBefore, UNCONFIRMED_DAYS, type RetentionRule } from "~/utils/retention-periods";
import { DIGEST_DELIVERY_DAYS, SUBSCRIBER_SUPPRESSION_DAYS } from "./periods";
import { subscriberIndexFor } from "./subscriber.server";
import { subscriberStates } from "./states";

export const newsletterRetentionRules = [
  {
    name: `newsletter subscriptions left unconfirmed for ${UNCONFIRMED_DAYS} days`,
    models: ["Subscriber"],
    run: async (now: Date) => (await db().subscriber.deleteMany({ where: { status: "PENDING", createdAt: { lt: daysBefore(now, UNCONFIRMED_DAYS) } } })).count,
  },
  {
    name: `unsubscribed, bounced or complaining newsletter addresses reduced to their suppression hash after ${SUBSCRIBER_SUPPRESSION_DAYS} day(s)`,
    models: ["Subscriber"],
    run: async (now: Date) => {
      const empty = encrypt("");
      const before = daysBefore(now, SUBSCRIBER_SUPPRESSION_DAYS);
      return db().$executeRaw`
        UPDATE subscriber SET email = ${empty}, token_hash = NULL
        WHERE (token_hash IS NOT NULL OR email <> ${empty})
          AND ((status = 'UNSUBSCRIBED' AND unsubscribed_at < ${before})
            OR (status = ANY(${subscriberStates("suppressed")}::"SubscriberStatus"[]) AND coalesce(suppressed_at, created_at) < ${before}))`;
    },
  },
  {
    name: `digest deliveries of digests sent more than ${DIGEST_DELIVERY_DAYS} days ago`,
    models: ["DigestDelivery"],
    run: async (now: Date) =>
      (await db().digestDelivery.deleteMany({ where: { digest: { status: "SENT", sentAt: { lt: daysBefore(now, DIGEST_DELIVERY_DAYS) } } } })).count,
  },
] satisfies RetentionRule[];

export const newsletterPrivacyEntries = [
  {
    id: "newsletter",
    basis: "consent",
    models: ["Subscriber", "DigestDelivery"],
    values: { unconfirmedDays: UNCONFIRMED_DAYS, deliveryDays: DIGEST_DELIVERY_DAYS },
    recipients: ["resend"],
  },
] satisfies PrivacyEntry[];

/** A person's subscription in "my data"; null when none. */
export async function subscriptionOf(email: string) {
  const subscriber = await db().subscriber.findUnique({
    where: { emailIndex: subscriberIndexFor(email) },
    select: { id: true, status: true, lang: true, createdAt: true, confirmedAt: true },
  });
  if (!subscriber) return null;
  return {
    id: subscriber.id,
    status: subscriber.status,
    lang: subscriber.lang,
    createdAt: subscriber.createdAt.toISOString(),
    confirmedAt: subscriber.confirmedAt?.toISOString() ?? null,
  };
}

/**
 * Deletes a person's subscription, in the caller's transaction. A bounced or complaining address
 * keeps its suppression hash (nothing else): no email goes to it again.
 */
export async function eraseSubscription(tx: Prisma.TransactionClient, email: string) {
  const where = { emailIndex: subscriberIndexFor(email) };
  await tx.subscriber.deleteMany({ where: { ...where, status: { in: subscriberStates("erasable") } } });
  await tx.subscriber.updateMany({ where, data: { email: encrypt(""), tokenHash: null } });
}
