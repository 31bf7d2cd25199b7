import { z } from "zod";
import { freeText } from "~/schemas/free-text";

/** "Ask for a petition here" (issue 17), on the page of a commune that has no open petition. */
export const PetitionRequestSchema = z.object({
  email: freeText({ error: "errors.email.required" })
    .min(1, "errors.email.required")
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
  message: freeText().max(1_000, "petitionRequest.errors.message").optional(),
  consent: z.boolean({ error: "petitionRequest.errors.consent" }).refine((value) => value, { error: "petitionRequest.errors.consent" }),
});

export type PetitionRequestInput = z.infer<typeof PetitionRequestSchema>;
