import type { RetentionRule } from "~/utils/retention-periods";
import { db } from "~/utils/db.server";
import { EMAIL_SENT_DAYS } from "~/utils/retention-periods";

const DAY = 24 * 60 * 60 * 1000;

export const emailRetentionRules: RetentionRule[] = [
  {
    name: "emails delivered more than 30 days ago",
    run: async (now) =>
      (await db().emailMessage.deleteMany({ where: { status: { not: "QUEUED" }, createdAt: { lt: new Date(now.getTime() - EMAIL_SENT_DAYS * DAY) } } })).count,
  },
  {
    name: "emails still undelivered after 7 days",
    run: async (now) => (await db().emailMessage.deleteMany({ where: { status: "QUEUED", createdAt: { lt: new Date(now.getTime() - 7 * DAY) } } })).count,
  },
  {
    // What a batch records (its lease, its last error) is only needed while it is being sent.
    name: "email batches made more than 30 days ago",
    run: async (now) =>
      (await db().emailBatch.deleteMany({ where: { status: { not: "SENDING" }, createdAt: { lt: new Date(now.getTime() - 30 * DAY) } } })).count,
  },
];
