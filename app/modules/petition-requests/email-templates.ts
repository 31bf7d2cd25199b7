// The email of requests for a petition, spread into the site's registry (emails/index.ts). A new
// email of this feature is a component in ./emails/ and one entry here.
import { z } from "zod";
import { defineTemplate, type EmailTemplates } from "../../../emails/define";
import PetitionRequestConfirmEmail, { petitionRequestConfirmSubject } from "./emails/confirm";

export const petitionRequestEmails = {
  // Requests for a petition (issue 17)
  "petition-request-confirm": defineTemplate({
    props: z.object({ url: z.url(), communeName: z.string() }),
    subject: petitionRequestConfirmSubject,
    verbatim: ["url"],
    render: PetitionRequestConfirmEmail,
  }),
} satisfies EmailTemplates;
