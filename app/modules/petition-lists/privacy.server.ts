// What the signing lists (issue 28, item 2) promise about personal data, and do. A blocked
// address is kept only as the signatures' keyed index of its canonical form, for
// BLOCKED_ADDRESS_DAYS after it was added; allowed networks (no personal data) go
// ALLOWED_NETWORK_AFTER_DAYS after their last day. Domains are not personal data.
import { db } from "~/utils/db.server";
import type { PrivacyEntry } from "~/utils/privacy";
import { daysBefore, type RetentionRule } from "~/utils/retention-periods";

export const BLOCKED_ADDRESS_DAYS = 365;
export const ALLOWED_NETWORK_AFTER_DAYS = 30;

export const petitionListRetentionRules = [
  {
    name: `blocked addresses added more than ${BLOCKED_ADDRESS_DAYS} days ago`,
    models: ["BlockedEmailAddress"],
    run: async (now) => (await db().blockedEmailAddress.deleteMany({ where: { createdAt: { lt: daysBefore(now, BLOCKED_ADDRESS_DAYS) } } })).count,
  },
  {
    name: `allowed networks over for more than ${ALLOWED_NETWORK_AFTER_DAYS} days`,
    run: async (now) => (await db().allowedNetwork.deleteMany({ where: { validTo: { lt: daysBefore(now, ALLOWED_NETWORK_AFTER_DAYS) } } })).count,
  },
] satisfies RetentionRule[];

export const petitionListPrivacyEntries = [
  {
    id: "signingBlockList",
    basis: "legitimateInterest",
    models: ["BlockedEmailAddress"],
    values: { days: BLOCKED_ADDRESS_DAYS },
    recipients: [],
  },
] satisfies PrivacyEntry[];
