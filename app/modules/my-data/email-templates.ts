// The email of "my data", spread into the site's registry (emails/index.ts). Its name,
// "data-access", is stored with each queued email: it does not change.
import { z } from "zod";
import { defineTemplate, type EmailTemplates } from "../../../emails/define";
import DataAccessEmail, { dataAccessSubject } from "./emails/data-access";

export const myDataEmails = {
  // "My data" link (issue 13)
  "data-access": defineTemplate({
    props: z.object({ url: z.url(), minutes: z.number().int().positive() }),
    subject: dataAccessSubject,
    render: DataAccessEmail,
  }),
} satisfies EmailTemplates;
