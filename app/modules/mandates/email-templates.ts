// The emails of mandate campaigns (issue 26), spread into the site's registry (emails/index.ts).
// The "filed" email is the filing's (app/modules/mandate-filing/).
import { z } from "zod";
import { defineTemplate, type EmailTemplates } from "../../../emails/define";
import MandateLinkEmail, { mandateLinkSubject } from "./emails/mandate-link";

export const mandateEmails = {
  /** The personal link: to confirm the mandate, or again on a second attempt with the same address. */
  "mandate-link": defineTemplate({
    props: z.object({ variant: z.enum(["confirm", "again", "again-confirmed"]), url: z.url(), campaignTitle: z.string() }),
    subject: mandateLinkSubject,
    verbatim: ["url"],
    render: MandateLinkEmail,
  }),
} satisfies EmailTemplates;
