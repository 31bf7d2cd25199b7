// The registry of email templates: each renders to HTML and plain text, in French or English.
// Props are checked with Zod when rendered, since they come back from the database as JSON.
import { createElement, type ReactElement } from "react";
import { z } from "zod";
import type { Lang, Translate } from "~/utils/i18n";
import OrganizerSignInEmail, { organizerSignInSubject } from "./organizer-sign-in";
import SignatureConfirmEmail, { signatureConfirmSubject } from "./signature-confirm";
import PetitionDeliveredEmail, { petitionDeliveredSubject } from "./petition-delivered";
import PetitionAnsweredEmail, { petitionAnsweredSubject } from "./petition-answered";
import ReportConfirmEmail, { reportConfirmSubject } from "./report-confirm";
import ReportModeratedEmail, { reportModeratedSubject } from "./report-moderated";
import VolunteerEmail, { volunteerSubject } from "./volunteer";
import DigestEmail, { digestSubject } from "./digest";
import NewsletterConfirmEmail, { newsletterConfirmSubject } from "./newsletter-confirm";
import DonationPortalEmail, { donationPortalSubject } from "./donation-portal";
import DonationThanksEmail, { donationThanksSubject } from "./donation-thanks";
import TaxReceiptEmail, { taxReceiptSubject } from "./tax-receipt";
import DataAccessEmail, { dataAccessSubject } from "./data-access";
import DocumentRequestConfirmEmail, { documentRequestConfirmSubject } from "./document-request-confirm";
import { EmailFrame, type EmailSender } from "./layout";
import DocumentRequestReminderEmail, { documentRequestReminderSubject } from "./document-request-reminder";
import PetitionRequestConfirmEmail, { petitionRequestConfirmSubject } from "./petition-request-confirm";

function defineTemplate<Schema extends z.ZodType<object>>(template: {
  props: Schema;
  subject: (t: Translate, props: z.output<Schema>, lang: Lang) => string;
  render: (props: z.output<Schema> & { lang: Lang; t: Translate }) => ReactElement;
}) {
  return {
    props: template.props,
    build(lang: Lang, t: Translate, raw: unknown, sender?: EmailSender) {
      const props = template.props.parse(raw);
      const subject = template.subject(t, props, lang);
      const content = template.render({ ...props, lang, t });
      // The layout reads the subject (its <title>) and the sender (its footer) from the frame.
      return { subject, element: sender ? createElement(EmailFrame.Provider, { value: { subject, sender } }, content) : content };
    },
  };
}

export const EMAIL_TEMPLATES = {
  "organizer-sign-in": defineTemplate({
    props: z.object({ url: z.url(), minutes: z.number().int().positive() }),
    subject: organizerSignInSubject,
    render: OrganizerSignInEmail,
  }),
  "signature-confirm": defineTemplate({
    props: z.object({
      url: z.url(),
      petitionTitle: z.string(),
      communeName: z.string(),
      again: z.boolean(),
      alreadyConfirmed: z.boolean(),
    }),
    subject: signatureConfirmSubject,
    render: SignatureConfirmEmail,
  }),
  "petition-delivered": defineTemplate({
    props: z.object({ url: z.url(), petitionTitle: z.string(), communeName: z.string() }),
    subject: petitionDeliveredSubject,
    render: PetitionDeliveredEmail,
  }),
  "petition-answered": defineTemplate({
    props: z.object({ url: z.url(), petitionTitle: z.string(), communeName: z.string() }),
    subject: petitionAnsweredSubject,
    render: PetitionAnsweredEmail,
  }),
  "report-confirm": defineTemplate({
    props: z.object({ url: z.url(), title: z.string(), communeName: z.string() }),
    subject: reportConfirmSubject,
    render: ReportConfirmEmail,
  }),
  "report-moderated": defineTemplate({
    props: z.object({
      outcome: z.enum(["published", "declined", "merged"]),
      title: z.string(),
      communeName: z.string(),
      url: z.url(),
      reason: z.string().nullable(),
    }),
    subject: reportModeratedSubject,
    render: ReportModeratedEmail,
  }),
  volunteer: defineTemplate({
    props: z.object({ variant: z.enum(["confirm", "already", "stay"]), url: z.url(), communeName: z.string(), stayDays: z.number().int() }),
    subject: volunteerSubject,
    render: VolunteerEmail,
  }),
  // Newsletter (issue 7)
  "newsletter-confirm": defineTemplate({
    props: z.object({ url: z.url() }),
    subject: newsletterConfirmSubject,
    render: NewsletterConfirmEmail,
  }),
  digest: defineTemplate({
    props: z.object({
      date: z.string(),
      webUrl: z.url(),
      unsubscribeUrl: z.url(),
      actions: z.array(
        z.object({
          title: z.string(),
          status: z.enum(["FILED", "HEARING_SCHEDULED", "WON", "LOST", "APPEALED", "WITHDRAWN"]),
          court: z.string(),
          summary: z.string(),
          filedOn: z.string(),
          communes: z.array(z.string()),
          url: z.url(),
        }),
      ),
      updates: z.array(z.object({ actionTitle: z.string(), happenedOn: z.string(), text: z.string(), url: z.url() })),
    }),
    subject: digestSubject,
    render: DigestEmail,
  }),
  "donation-thanks": defineTemplate({
    props: z.object({ amount: z.number().int().positive(), monthly: z.boolean(), portalUrl: z.url().nullable(), receipt: z.boolean() }),
    subject: donationThanksSubject,
    render: DonationThanksEmail,
  }),
  "donation-portal": defineTemplate({
    props: z.object({ url: z.url(), days: z.number().int().positive() }),
    subject: donationPortalSubject,
    render: DonationPortalEmail,
  }),
  "tax-receipt": defineTemplate({
    props: z.object({ url: z.url(), year: z.number().int(), number: z.string() }),
    subject: taxReceiptSubject,
    render: TaxReceiptEmail,
  }),
  // "My data" link (issue 13)
  "data-access": defineTemplate({
    props: z.object({ url: z.url(), minutes: z.number().int().positive() }),
    subject: dataAccessSubject,
    render: DataAccessEmail,
  }),
  // Document requests (issue 14)
  "document-request-confirm": defineTemplate({
    props: z.object({ url: z.url(), communeName: z.string() }),
    subject: documentRequestConfirmSubject,
    render: DocumentRequestConfirmEmail,
  }),
  "document-request-reminder": defineTemplate({
    props: z.object({
      reminder: z.enum(["IMPLICIT_REFUSAL", "OPINION_DUE", "COURT_DEADLINE"]),
      communeName: z.string(),
      url: z.url(),
      deadline: z.string(),
      referral: z.object({ subject: z.string(), body: z.string(), pdfUrl: z.url() }).nullable(),
    }),
    subject: documentRequestReminderSubject,
    render: DocumentRequestReminderEmail,
  }),
  // Requests for a petition (issue 17)
  "petition-request-confirm": defineTemplate({
    props: z.object({ url: z.url(), communeName: z.string() }),
    subject: petitionRequestConfirmSubject,
    render: PetitionRequestConfirmEmail,
  }),
};

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES;
export type EmailProps<Name extends EmailTemplateName> = z.input<(typeof EMAIL_TEMPLATES)[Name]["props"]>;

export function isEmailTemplateName(value: string): value is EmailTemplateName {
  return Object.hasOwn(EMAIL_TEMPLATES, value);
}
