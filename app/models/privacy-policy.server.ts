// The privacy policy (/confidentialite), generated from the retention periods the nightly job
// deletes by (app/utils/retention-periods.ts, and each feature module's privacy.server.ts): one
// entry per kind of personal data, with its purpose, legal basis, what is kept, for how long and
// who receives it. Feature modules declare their entries; they are spread in below.
import type { MessageKey } from "~/locales/fr";
import { documentRequestPrivacyEntries } from "~/modules/document-requests/privacy.server";
import { donationPrivacyEntries } from "~/modules/donations/privacy.server";
import { volunteerPrivacyEntries } from "~/modules/volunteers/privacy.server";
import { newsletterPrivacyEntries } from "~/modules/newsletter/privacy.server";
import { petitionListPrivacyEntries } from "~/modules/petition-lists/privacy.server";
import { petitionPrivacyEntries } from "~/modules/petitions/privacy.server";
import { reportPrivacyEntries } from "~/modules/projects/privacy.server";
import { petitionRequestPrivacyEntries } from "~/modules/petition-requests/privacy.server";
import { mandateFilingPrivacyEntries } from "~/modules/mandate-filing/privacy.server";
import { mandatePrivacyEntries } from "~/modules/mandates/privacy.server";
import { eventPrivacyEntries } from "~/modules/events/privacy.server";
import { groupPrivacyEntries } from "~/modules/groups/privacy.server";
import { myDataPrivacyEntries } from "~/modules/my-data/privacy.server";
import type { PrivacyEntry } from "~/utils/privacy";
import { AUDIT_ENTRY_DAYS, DISABLED_ORGANIZER_DAYS, EMAIL_SENT_DAYS } from "~/utils/retention-periods";

export const PRIVACY_ENTRIES: PrivacyEntry[] = [
  ...petitionPrivacyEntries,
  ...reportPrivacyEntries,
  {
    id: "emails",
    basis: "legitimateInterest",
    models: ["EmailMessage", "ResendWebhookEvent", "RateLimit"],
    values: { days: EMAIL_SENT_DAYS },
    recipients: ["resend"],
  },
  {
    id: "organizers",
    basis: "legitimateInterest",
    models: ["Organizer", "SignInToken", "AuditEntry"],
    values: { auditDays: AUDIT_ENTRY_DAYS, removedDays: DISABLED_ORGANIZER_DAYS },
    recipients: ["resend"],
  },
  ...myDataPrivacyEntries,
  ...documentRequestPrivacyEntries,
  ...donationPrivacyEntries,
  ...volunteerPrivacyEntries,
  ...newsletterPrivacyEntries,
  ...petitionListPrivacyEntries,
  ...petitionRequestPrivacyEntries,
  ...mandateFilingPrivacyEntries,
  ...mandatePrivacyEntries,
  ...eventPrivacyEntries,
  ...groupPrivacyEntries,
];

const key = (entry: PrivacyEntry, part: "title" | "purpose" | "kept" | "retention"): MessageKey => `privacy.${entry.id}.${part}`;

/** What the page shows for each entry: message keys and the values of its retention sentence. */
export function privacySections() {
  return PRIVACY_ENTRIES.map((entry) => ({
    id: entry.id,
    basis: entry.basis,
    recipients: entry.recipients,
    values: entry.values,
    title: key(entry, "title"),
    purpose: key(entry, "purpose"),
    kept: key(entry, "kept"),
    retention: key(entry, "retention"),
  }));
}
