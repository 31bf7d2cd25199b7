// The retention framework: each feature contributes deletion rules; one scheduled job runs
// them all and logs how many rows each removed.
import { emailRetentionRules } from "~/models/email-message-retention.server";
import { organizerRetentionRules } from "~/models/organizer.server";
import { signatureRetentionRules } from "~/models/petition.server";
import { reportRetentionRules } from "~/models/report.server";
import { volunteerRetentionRules } from "~/models/volunteer.server";
import { rateLimitRetentionRules } from "~/utils/rate-limit.server";
import { subscriberRetentionRules } from "~/models/subscriber.server";
import { resendWebhookRetentionRules } from "~/models/resend-webhook.server";
import { donationRetentionRules } from "~/models/donation.server";

export type RetentionRule = {
  /** What is deleted, for the logs: "email messages older than 30 days". */
  name: string;
  /** Deletes what is due and returns how many rows went. */
  run: (now: Date) => Promise<number>;
};

export const RETENTION_RULES: RetentionRule[] = [
  ...emailRetentionRules,
  ...organizerRetentionRules,
  ...signatureRetentionRules,
  ...rateLimitRetentionRules,
  ...reportRetentionRules,
  ...volunteerRetentionRules,
  ...subscriberRetentionRules,
  ...resendWebhookRetentionRules,
  ...donationRetentionRules,
];

export async function runRetention(rules: RetentionRule[] = RETENTION_RULES, now = new Date()) {
  const results: { name: string; deleted: number }[] = [];
  for (const rule of rules) {
    const deleted = await rule.run(now);
    results.push({ name: rule.name, deleted });
    console.log(`retention: ${rule.name}: ${deleted} row(s) deleted`);
  }
  return results;
}
