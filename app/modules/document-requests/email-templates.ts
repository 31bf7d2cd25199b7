// The emails of document requests, spread into the site's registry (emails/index.ts). A new
// email of this feature is a component in ./emails/ and one line here.
import { defineTemplate, type EmailTemplates } from "../../../emails/define";
import DocumentRequestConfirmEmail, { documentRequestConfirmProps, documentRequestConfirmSubject } from "./emails/confirm";
import DocumentRequestReminderEmail, { documentRequestReminderProps, documentRequestReminderSubject } from "./emails/reminder";

export const documentRequestEmails = {
  /** The personal link, sent when a request is submitted or a campaign item taken. */
  "document-request-confirm": defineTemplate({
    props: documentRequestConfirmProps,
    subject: documentRequestConfirmSubject,
    render: DocumentRequestConfirmEmail,
  }),
  /** A reminder of the legal clock (reminders.server.ts, hourly job in jobs.server.ts). */
  "document-request-reminder": defineTemplate({
    props: documentRequestReminderProps,
    subject: documentRequestReminderSubject,
    render: DocumentRequestReminderEmail,
  }),
} satisfies EmailTemplates;
