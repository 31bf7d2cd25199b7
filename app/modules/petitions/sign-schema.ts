import { z } from "zod";
import { isAbroadCountry } from "./country-codes";
import { freeText } from "~/schemas/free-text";
import { RESIDENCES } from "./choices";

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

const postcode = freeText({ error: "errors.postcode.required" }).regex(/^\d{5}$/, "errors.postcode.invalid");
const country = freeText({ error: "errors.country.required" })
  .min(1, "errors.country.required")
  .refine(isAbroadCountry, { error: "errors.country.unknown", abort: true });

/** The message of the first issue of one field of the form (the refinement's input). */
const firstMessage = (schema: z.ZodType, form: unknown, field: "postcode" | "country") =>
  schema.safeParse(typeof form === "object" && form !== null ? Reflect.get(form, field) : undefined).error?.issues[0]?.message;

/**
 * The signing form on a city's petition. Whether the postcode exists is checked in the action.
 * Both the postcode and the country are in the form (without JavaScript both are shown): the
 * chosen residence says which one is read and checked, the other is ignored. Refined rather than
 * a discriminated union so that neither field is `required` in the HTML (the browser would block
 * a supporter from abroad with an empty postcode). The form's fields and HTML constraints
 * (app/models/form-schemas.server.ts): a transform has none.
 */
export const SignPetitionFieldsSchema = z
  .object({
    firstName: name("errors.firstName.required"),
    lastName: name("errors.lastName.required"),
    email: freeText({ error: "errors.email.required" })
      .max(254, "errors.email.invalid")
      .pipe(z.email({ error: "errors.email.invalid" })),
    residence: z.enum(RESIDENCES, { error: "errors.residence.required" }).default("france"),
    // Read and checked below, for the chosen residence only; anything but text counts as empty.
    postcode: z.string().optional().catch(undefined).optional(),
    country: z.string().optional().catch(undefined).optional(),
    consentProcessing: z.boolean({ error: "errors.consent.required" }).refine((value) => value, { error: "errors.consent.required" }),
    showName: z.boolean().default(false),
    wantsNewsletter: z.boolean().default(false),
    /** May organizers write to the signer about this petition (issue 28, item 3)? Unticked by default. */
    mayContact: z.boolean().default(false),
  })
  // Run even when other fields failed (`when`), so that every message shows at once.
  .refine((value) => value.residence === "abroad" || postcode.safeParse(value.postcode).success, {
    path: ["postcode"],
    when: () => true,
    error: (issue) => firstMessage(postcode, issue.input, "postcode"),
  })
  .refine((value) => value.residence !== "abroad" || country.safeParse(value.country).success, {
    path: ["country"],
    when: () => true,
    error: (issue) => firstMessage(country, issue.input, "country"),
  });

/** The signing form's value, discriminated by residence (app/modules/petitions/petition.server.ts signPetition). */
export const SignPetitionSchema = SignPetitionFieldsSchema.transform(({ residence, postcode: typedPostcode, country: typedCountry, ...rest }) =>
  // The refinement above has checked the field read here.
  residence === "abroad"
    ? { ...rest, residence, postcode: null, country: country.parse(typedCountry) }
    : { ...rest, residence, postcode: postcode.parse(typedPostcode), country: null },
);

export type SignPetitionInput = z.infer<typeof SignPetitionSchema>;
