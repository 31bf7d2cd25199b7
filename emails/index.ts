// The registry of email templates: each renders to HTML and plain text, in French or English.
// Props are checked with Zod when rendered, since they come back from the database as JSON
// (emails/define.ts). The templates of feature modules are declared in the module and spread
// here, so a new email of a module touches that module's folder only.
import { z } from "zod";
import OrganizerSignInEmail, { organizerSignInSubject } from "./organizer-sign-in";
import SignatureConfirmEmail, { signatureConfirmSubject } from "./signature-confirm";
import PetitionDeliveredEmail, { petitionDeliveredSubject, petitionNewsHeaders } from "./petition-delivered";
import PetitionAnsweredEmail, { petitionAnsweredSubject } from "./petition-answered";
import DataAccessEmail, { dataAccessSubject } from "./data-access";
import { defineTemplate, type EmailTemplates } from "./define";
import { documentRequestEmails } from "~/modules/document-requests/email-templates";
import { donationEmails } from "~/modules/donations/email-templates";
import { volunteerEmails } from "~/modules/volunteers/email-templates";
import { newsletterEmails } from "~/modules/newsletter/email-templates";
import { petitionMailingEmails } from "~/modules/petition-mailing/email-templates";
import { reportEmails } from "~/modules/projects/email-templates";
import { petitionRequestEmails } from "~/modules/petition-requests/email-templates";
import { mandateFilingEmails } from "~/modules/mandate-filing/email-templates";
import { mandateEmails } from "~/modules/mandates/email-templates";
import { eventEmails } from "~/modules/events/email-templates";
import { groupEmails } from "~/modules/groups/email-templates";

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
    verbatim: ["url"],
    render: SignatureConfirmEmail,
  }),
  "petition-delivered": defineTemplate({
    // The unsubscribe links are optional for emails queued before they existed (issue 28).
    props: z.object({ url: z.url(), petitionTitle: z.string(), communeName: z.string(), unsubscribeUrl: z.url().optional(), oneClickUrl: z.url().optional() }),
    headers: petitionNewsHeaders,
    subject: petitionDeliveredSubject,
    verbatim: ["url", "unsubscribeUrl", "oneClickUrl"],
    render: PetitionDeliveredEmail,
  }),
  "petition-answered": defineTemplate({
    // The unsubscribe links are optional for emails queued before they existed (issue 28).
    props: z.object({ url: z.url(), petitionTitle: z.string(), communeName: z.string(), unsubscribeUrl: z.url().optional(), oneClickUrl: z.url().optional() }),
    headers: petitionNewsHeaders,
    subject: petitionAnsweredSubject,
    verbatim: ["url", "unsubscribeUrl", "oneClickUrl"],
    render: PetitionAnsweredEmail,
  }),
  // "My data" link (issue 13)
  "data-access": defineTemplate({
    props: z.object({ url: z.url(), minutes: z.number().int().positive() }),
    subject: dataAccessSubject,
    render: DataAccessEmail,
  }),
  // Feature modules declare their own templates (app/modules/<feature>/email-templates.ts).
  ...documentRequestEmails,
  ...donationEmails,
  ...volunteerEmails,
  ...newsletterEmails,
  ...petitionMailingEmails,
  ...reportEmails,
  ...petitionRequestEmails,
  ...mandateFilingEmails,
  ...mandateEmails,
  ...eventEmails,
  ...groupEmails,
} satisfies EmailTemplates;

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES;
export type EmailProps<Name extends EmailTemplateName> = z.input<(typeof EMAIL_TEMPLATES)[Name]["props"]>;

export function isEmailTemplateName(value: string): value is EmailTemplateName {
  return Object.hasOwn(EMAIL_TEMPLATES, value);
}
