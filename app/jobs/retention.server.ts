// The retention registry: every rule that deletes or reduces personal data, run by one nightly
// job (the "retention" queue, scheduled in app/utils/queues.ts, handled in app/jobs/worker.server.ts).
//
// A rule says which Prisma models it applies to (`models`), what it does (`name`, for the logs)
// and does it (`run`, returning how many rows went). Its duration is a named constant of
// app/utils/retention-periods.ts, which the privacy policy (/confidentialite) prints too.
// tests/integration/retention.test.ts fails when a model with a personal-data column (an
// AES-256-GCM, blind-index or keyed-hash column in prisma/schema.prisma) has no rule here.
//
// A feature module declares its rules in its own privacy.server.ts (`[...] satisfies
// RetentionRule[]`, beside its duration and its privacy-policy entry), spread in below once; a
// new rule of that feature then touches its folder only (see "Adding to a feature" in the README).
// For a feature not yet in app/modules/: a constant in app/utils/retention-periods.ts, the rules
// in the feature's model, spread into RETENTION_RULES below, and a line in PRIVACY_ENTRIES
// (app/models/privacy-policy.server.ts) so the policy says it.
import { emailRetentionRules } from "~/models/email-message-retention.server";
import { organizerRetentionRules } from "~/models/organizer.server";
import { petitionRetentionRules } from "~/modules/petitions/privacy.server";
import { reportRetentionRules } from "~/modules/projects/privacy.server";
import { rateLimitRetentionRules } from "~/utils/rate-limit.server";
import { resendWebhookRetentionRules } from "~/models/resend-webhook.server";
import { documentRequestRetentionRules } from "~/modules/document-requests/privacy.server";
import { donationRetentionRules } from "~/modules/donations/privacy.server";
import { volunteerRetentionRules } from "~/modules/volunteers/privacy.server";
import { newsletterRetentionRules } from "~/modules/newsletter/privacy.server";
import { petitionRequestRetentionRules } from "~/modules/petition-requests/privacy.server";
import { petitionListRetentionRules } from "~/modules/petition-lists/privacy.server";
import { mandateFilingRetentionRules } from "~/modules/mandate-filing/privacy.server";
import { mandateRetentionRules } from "~/modules/mandates/privacy.server";
import { eventRetentionRules } from "~/modules/events/privacy.server";
import { groupRetentionRules } from "~/modules/groups/privacy.server";
import { myDataRetentionRules } from "~/modules/my-data/privacy.server";
import { privacyRetentionRules } from "./privacy-retention.server";
import type { RetentionRule } from "~/utils/retention-periods";
import { log } from "~/utils/log.server";

/** The rules that predate the registry's `models` field, with the models they cover. */
const forModels = (models: string[], rules: RetentionRule[]) => rules.map((rule) => ({ models, ...rule }));

export const RETENTION_RULES: RetentionRule[] = [
  ...forModels(["EmailMessage"], emailRetentionRules),
  ...forModels(["SignInToken"], organizerRetentionRules),
  ...petitionRetentionRules,
  ...forModels(["RateLimit"], rateLimitRetentionRules),
  ...reportRetentionRules,
  ...forModels(["ResendWebhookEvent"], resendWebhookRetentionRules),
  ...privacyRetentionRules,
  ...myDataRetentionRules,
  ...documentRequestRetentionRules,
  ...donationRetentionRules,
  ...volunteerRetentionRules,
  ...newsletterRetentionRules,
  ...petitionRequestRetentionRules,
  ...petitionListRetentionRules,
  ...mandateFilingRetentionRules,
  ...mandateRetentionRules,
  ...eventRetentionRules,
  ...groupRetentionRules,
];

export async function runRetention(rules: RetentionRule[] = RETENTION_RULES, now = new Date()) {
  const results: { name: string; deleted: number }[] = [];
  for (const rule of rules) {
    const deleted = await rule.run(now);
    results.push({ name: rule.name, deleted });
    log.info("retention: rule run", { rule: rule.name, deleted });
  }
  return results;
}
