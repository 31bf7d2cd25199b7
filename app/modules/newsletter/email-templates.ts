// The emails of the newsletter, spread into the site's registry (emails/index.ts). A new email of
// this feature is a component in ./emails/ and one entry here.
import { z } from "zod";
import { defineTemplate, type EmailTemplates } from "../../../emails/define";
import NewsletterConfirmEmail, { newsletterConfirmSubject } from "./emails/confirm";
import DigestEmail, { digestSubject } from "./emails/digest";

export const newsletterEmails = {
  /** The link that confirms a subscription (subscriber.server.ts). */
  "newsletter-confirm": defineTemplate({
    props: z.object({ url: z.url() }),
    subject: newsletterConfirmSubject,
    verbatim: ["url"],
    render: NewsletterConfirmEmail,
  }),
  /** A digest (digest.server.ts renders and sends it in batches itself). */
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
    verbatim: ["webUrl", "unsubscribeUrl"],
    render: DigestEmail,
  }),
} satisfies EmailTemplates;
