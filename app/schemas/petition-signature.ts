import { z } from "zod";
import { freeText } from "./free-text";

/**
 * What a person's name never contains, and what spammers put in one so that it shows in
 * "Dernières signatures": a link (a scheme, "www.", or a host name such as "petition.example"),
 * an email address, or markup. A name's dot is followed by a space or a hyphen ("J.-P.", "St. Clair").
 */
const NOT_A_NAME = [/[<>{}[\]\\|]/, /@/, /:\/\//, /\bwww\./i, /[\p{L}\p{N}-]\.[\p{L}]{2,}/u, /&#?\w+;/];

/** True when the text has a link, an email address or markup (issue 28). */
export const looksLikeLinkOrMarkup = (value: string) => NOT_A_NAME.some((pattern) => pattern.test(value));

const name = (required: string) =>
  freeText({ error: required })
    .min(1, required)
    .max(80, "errors.name.tooLong")
    .refine((value) => !looksLikeLinkOrMarkup(value), { error: "errors.name.noLinks", abort: true });

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
  /** May organizers write to the signer about this petition (issue 28, item 3)? Unticked by default. */
  mayContact: z.boolean().default(false),
});

export type SignPetitionInput = z.infer<typeof SignPetitionSchema>;
