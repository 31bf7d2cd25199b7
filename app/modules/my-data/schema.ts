// The forms of "my data" (/mes-donnees): the request for a link, and the delete buttons.
import { z } from "zod";
import { freeText } from "~/schemas/free-text";

/** The "my data" request form: an email address. */
export const MyDataRequestSchema = z.object({
  email: freeText({ error: "errors.email.required" })
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
});

/** A delete button on the "my data" page: what to delete. */
export const MyDataDeleteSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.enum([
      "signature",
      "report",
      "documentRequest",
      "petitionRequest",
      "mandate",
      "groupMembership",
      "groupRequest",
      "groupMessage",
      "eventRegistration",
    ]),
    id: z.uuid(),
  }),
  z.object({ intent: z.enum(["volunteer", "subscription", "all"]) }),
]);
