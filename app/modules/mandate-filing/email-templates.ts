// The emails of the filing side of mandate campaigns, spread into the site's registry (emails/index.ts).
import { defineTemplate, type EmailTemplates } from "../../../emails/define";
import MandateFiledEmail, { mandateFiledHeaders, mandateFiledProps, mandateFiledSubject } from "./emails/filed";

export const mandateFilingEmails = {
  /** The complaint a person gave a mandate for was filed (filing.server.ts): once per mandate. */
  "mandate-filed": defineTemplate({
    props: mandateFiledProps,
    headers: mandateFiledHeaders,
    subject: mandateFiledSubject,
    verbatim: ["actionUrl", "unsubscribeUrl", "oneClickUrl"],
    render: MandateFiledEmail,
  }),
} satisfies EmailTemplates;
