import { z } from "zod";
import { freeText } from "./free-text";

const name = (required: string) => freeText({ error: required }).min(1, required).max(80, "errors.name.tooLong");

/** The signing form on a city's petition. Whether the postcode exists is checked in the action. */
export const SignPetitionSchema = z.object({
  firstName: name("errors.firstName.required"),
  lastName: name("errors.lastName.required"),
  email: freeText({ error: "errors.email.required" })
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
  postcode: freeText({ error: "errors.postcode.required" }).regex(/^\d{5}$/, "errors.postcode.invalid"),
  consentProcessing: z.boolean({ error: "errors.consent.required" }).refine((value) => value, { error: "errors.consent.required" }),
  showName: z.boolean().default(false),
  wantsNewsletter: z.boolean().default(false),
});

export type SignPetitionInput = z.infer<typeof SignPetitionSchema>;
