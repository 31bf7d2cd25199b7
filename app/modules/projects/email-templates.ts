// The emails of reports (the projects' public form and their moderation), spread into the site's
// registry (emails/index.ts). A new email of this feature is a component in ./emails/ and one
// entry here.
import { z } from "zod";
import { defineTemplate, type EmailTemplates } from "../../../emails/define";
import ReportConfirmEmail, { reportConfirmSubject } from "./emails/report-confirm";
import ReportModeratedEmail, { reportModeratedSubject } from "./emails/report-moderated";

export const reportEmails = {
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
} satisfies EmailTemplates;
