// The privacy policy (/confidentialite), generated from the retention periods the nightly job
// deletes by (app/utils/retention-periods.ts): one entry per kind of personal data, with its
// purpose, legal basis, what is kept, for how long and who receives it.
import type { MessageKey } from "~/locales/fr";
import {
  AUDIT_ENTRY_DAYS,
  DATA_ACCESS_LINK_MINUTES,
  DIGEST_DELIVERY_DAYS,
  DISABLED_ORGANIZER_DAYS,
  DONATION_CHECKOUT_DAYS,
  DOCUMENT_REQUEST_REQUESTER_DAYS,
  DONATION_YEARS,
  EMAIL_SENT_DAYS,
  PETITION_REQUEST_AFTER_OPEN_DAYS,
  PETITION_REQUEST_DAYS,
  SIGNATURE_AFTER_PETITION_DAYS,
  UNCONFIRMED_DAYS,
  VOLUNTEER_INACTIVE_DAYS,
  VOLUNTEER_STAY_ANSWER_DAYS,
} from "~/utils/retention-periods";

export type PrivacyEntry = {
  /** "privacy.<id>.*" messages: title, purpose, kept, retention. */
  id: "signatures" | "volunteers" | "newsletter" | "reports" | "donations" | "emails" | "organizers" | "myData" | "documentRequests" | "petitionRequests";
  basis: "consentArt9" | "consent" | "legalObligation" | "legitimateInterest";
  /** The Prisma models this entry covers (the retention test checks that every rule's models appear). */
  models: string[];
  /** The numbers printed in the retention sentence: the very constants the job uses. */
  values: Record<string, number>;
  recipients: ("resend" | "stripe")[];
};

export const PRIVACY_ENTRIES: PrivacyEntry[] = [
  {
    id: "signatures",
    basis: "consentArt9",
    models: ["Signature", "PetitionTally"],
    values: { unconfirmedDays: UNCONFIRMED_DAYS, afterDays: SIGNATURE_AFTER_PETITION_DAYS },
    recipients: ["resend"],
  },
  {
    id: "volunteers",
    basis: "consentArt9",
    models: ["Volunteer"],
    values: { unconfirmedDays: UNCONFIRMED_DAYS, inactiveMonths: (VOLUNTEER_INACTIVE_DAYS / 365) * 12, answerDays: VOLUNTEER_STAY_ANSWER_DAYS },
    recipients: ["resend"],
  },
  {
    id: "newsletter",
    basis: "consent",
    models: ["Subscriber", "DigestDelivery"],
    values: { unconfirmedDays: UNCONFIRMED_DAYS, deliveryDays: DIGEST_DELIVERY_DAYS },
    recipients: ["resend"],
  },
  { id: "reports", basis: "consentArt9", models: ["Report", "ReportDocument"], values: { unconfirmedDays: UNCONFIRMED_DAYS }, recipients: ["resend"] },
  {
    id: "donations",
    basis: "legalObligation",
    models: ["Donor", "Donation", "DonationSubscription", "DonationCheckout", "TaxReceipt", "TaxReceiptCounter", "StripeEvent"],
    values: { years: DONATION_YEARS, checkoutDays: DONATION_CHECKOUT_DAYS },
    recipients: ["stripe", "resend"],
  },
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
  { id: "myData", basis: "legalObligation", models: ["DataAccessToken"], values: { minutes: DATA_ACCESS_LINK_MINUTES }, recipients: ["resend"] },
  {
    id: "documentRequests",
    basis: "consent",
    models: ["DocumentRequest", "DocumentRequestFile"],
    values: { unconfirmedDays: UNCONFIRMED_DAYS, afterDays: DOCUMENT_REQUEST_REQUESTER_DAYS },
    recipients: ["resend"],
  },
  {
    id: "petitionRequests",
    basis: "consent",
    models: ["PetitionRequest"],
    values: { unconfirmedDays: UNCONFIRMED_DAYS, days: PETITION_REQUEST_DAYS, afterOpenDays: PETITION_REQUEST_AFTER_OPEN_DAYS },
    recipients: ["resend"],
  },
];

const key = (entry: PrivacyEntry, part: "title" | "purpose" | "kept" | "retention") => `privacy.${entry.id}.${part}` as MessageKey;

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
