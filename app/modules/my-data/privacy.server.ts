// What "my data" itself keeps: the links it sends. Their retention rule (run by the nightly job,
// app/jobs/retention.server.ts) and their entry of the privacy policy, which prints the same
// constants (app/utils/retention-periods.ts). A new rule of this feature is written here only.
import { db } from "~/utils/db.server";
import type { PrivacyEntry } from "~/utils/privacy";
import { DATA_ACCESS_LINK_DAYS, DATA_ACCESS_LINK_MINUTES, daysBefore, type RetentionRule } from "~/utils/retention-periods";

export const myDataRetentionRules = [
  {
    name: `"my data" links expired more than ${DATA_ACCESS_LINK_DAYS} day(s) ago`,
    models: ["DataAccessToken"],
    run: async (now: Date) => (await db().dataAccessToken.deleteMany({ where: { expiresAt: { lt: daysBefore(now, DATA_ACCESS_LINK_DAYS) } } })).count,
  },
] satisfies RetentionRule[];

export const myDataPrivacyEntries = [
  { id: "myData", basis: "legalObligation", models: ["DataAccessToken"], values: { minutes: DATA_ACCESS_LINK_MINUTES }, recipients: ["resend"] },
] satisfies PrivacyEntry[];
