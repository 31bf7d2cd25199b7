// The composer's form (issue 28, item 3): one schema for its four buttons, parsed by the action
// and turned into the form's HTML constraints (app/models/form-schemas.server.ts).
import { z } from "zod";
import { freeText } from "~/schemas/free-text";

export const MAILING_SUBJECT_MAX = 150;
export const MAILING_BODY_MAX = 10_000;

/** preview: shown in the page; test: emailed to the organizer; send: asks to confirm; confirm=1 sends. */
export const MAILING_INTENTS = ["preview", "test", "send"] as const;

export const MailingSchema = z.object({
  intent: z.enum(MAILING_INTENTS),
  subject: freeText({ error: "errors.petitionMailing.subject" })
    .min(1, { error: "errors.petitionMailing.subject", abort: true })
    .max(MAILING_SUBJECT_MAX, { error: "errors.petitionMailing.subjectTooLong", abort: true })
    .refine((value) => !/[\r\n]/.test(value), { error: "errors.petitionMailing.subjectLine" }),
  // Browsers send a textarea's lines with CRLF: counted as one character each.
  body: freeText({ error: "errors.petitionMailing.body" })
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .min(1, { error: "errors.petitionMailing.body", abort: true })
    .max(MAILING_BODY_MAX, "errors.petitionMailing.bodyTooLong"),
  confirm: z.literal("1").optional(),
});

export type MailingInput = z.infer<typeof MailingSchema>;
