// The registry of email templates: each renders to HTML and plain text, in French or English.
// Props are checked with Zod when rendered, since they come back from the database as JSON
// (emails/define.ts). The templates of feature modules are declared in the module and spread
// here, so a new email of a module touches that module's folder only.
import { z } from "zod";
import OrganizerSignInEmail, { organizerSignInSubject } from "./organizer-sign-in";
import { defineTemplate, type EmailTemplates } from "./define";
import { petitionEmails } from "~/modules/petitions/email-templates";
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
import { myDataEmails } from "~/modules/my-data/email-templates";

export const EMAIL_TEMPLATES = {
  "organizer-sign-in": defineTemplate({
    props: z.object({ url: z.url(), minutes: z.number().int().positive() }),
    subject: organizerSignInSubject,
    render: OrganizerSignInEmail,
  }),
  // Feature modules declare their own templates (app/modules/<feature>/email-templates.ts).
  ...petitionEmails,
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
  ...myDataEmails,
} satisfies EmailTemplates;

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES;
export type EmailProps<Name extends EmailTemplateName> = z.input<(typeof EMAIL_TEMPLATES)[Name]["props"]>;

export function isEmailTemplateName(value: string): value is EmailTemplateName {
  return Object.hasOwn(EMAIL_TEMPLATES, value);
}
