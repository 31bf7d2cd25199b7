// The emails of volunteers, spread into the site's registry (emails/index.ts). A new email of
// this feature is a component in ./emails/ and one entry here.
import { z } from "zod";
import { defineTemplate, type EmailTemplates } from "../../../emails/define";
import VolunteerEmail, { volunteerSubject } from "./emails/volunteer";

export const volunteerEmails = {
  /** The personal link: to confirm, on a second sign-up ("already"), or asking whether to stay. */
  volunteer: defineTemplate({
    props: z.object({ variant: z.enum(["confirm", "already", "stay"]), url: z.url(), communeName: z.string(), stayDays: z.number().int() }),
    subject: volunteerSubject,
    render: VolunteerEmail,
  }),
} satisfies EmailTemplates;
