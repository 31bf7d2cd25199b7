import { z } from "zod";

const name = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(80, "errors.name.tooLong");

/** The signing form on a city's petition. Whether the postcode exists is checked in the action. */
export const SignPetitionSchema = z.object({
  firstName: name("errors.firstName.required"),
  lastName: name("errors.lastName.required"),
  email: z
    .string({ error: "errors.email.required" })
    .trim()
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
  postcode: z
    .string({ error: "errors.postcode.required" })
    .trim()
    .regex(/^\d{5}$/, "errors.postcode.invalid"),
  consentProcessing: z
    .boolean({ error: "errors.consent.required" })
    .refine((value) => value, { error: "errors.consent.required" }),
  showName: z.boolean().default(false),
  wantsNewsletter: z.boolean().default(false),
});

export type SignPetitionInput = z.infer<typeof SignPetitionSchema>;
