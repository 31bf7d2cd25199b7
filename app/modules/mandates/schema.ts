// The forms of mandate campaigns (issue 26): the public mandate form, and the legal organizers'
// campaign form. The server parses every submission with these; the browser gets their HTML
// constraints (app/components/form-constraints.ts).
import { z } from "zod";
import { freeText } from "~/schemas/free-text";
import { confirmField } from "~/schemas/confirm";

import { COMMUNE_LINKS } from "./choices";
export { COMMUNE_LINKS, type CommuneLink } from "./choices";

export const NAME_MAX = 100;
export const POSTAL_ADDRESS_MAX = 300;

/** Control characters (NUL included): refused with a message, not silently dropped. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** What reads as a link or an address in a name: a scheme, "www.", a domain ending, an "@". */
const LINK_LIKE = /(:\/\/|www\.|@|\.(com|fr|org|net|io|info|biz|xyz|ru|ly|me|co|eu|de|be|ch|app|site|online|top|link)\b|[<>])/i;

/** A first or last name as the authority needs it: 1–100 characters, no link, no control character. */
const personName = (required: "mandates.errors.firstName" | "mandates.errors.lastName") =>
  z
    .string({ error: required })
    .refine((value) => !CONTROL.test(value), { error: "mandates.errors.nameChars", abort: true })
    .overwrite((value) => value.normalize("NFC"))
    .trim()
    .min(1, required)
    .max(NAME_MAX, "mandates.errors.nameTooLong")
    .refine((value) => !LINK_LIKE.test(value), "mandates.errors.nameLink");

const consent = (error: "mandates.errors.consentMandate" | "mandates.errors.consentSensitive") => z.boolean({ error }).refine((value) => value, { error });

const mandateFields = {
  firstName: personName("mandates.errors.firstName"),
  lastName: personName("mandates.errors.lastName"),
  email: freeText({ error: "errors.email.required" })
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
  commune: freeText({ error: "reports.errors.commune" }).min(1, "reports.errors.commune").max(80, "reports.errors.commune"),
  inseeCode: z
    .string()
    .regex(/^[0-9AB]{5}$/i)
    .optional()
    .catch(undefined),
  communeLink: z.enum(COMMUNE_LINKS, { error: "mandates.errors.communeLink" }),
  consentMandate: consent("mandates.errors.consentMandate"),
  consentSensitive: consent("mandates.errors.consentSensitive"),
};

/** The public form, with or without the postal address the campaign may require. */
export function mandateSchema({ requiresPostalAddress }: { requiresPostalAddress: boolean }) {
  return z.object({
    ...mandateFields,
    postalAddress: requiresPostalAddress
      ? z
          .string({ error: "mandates.errors.postalAddress" })
          .refine((value) => !CONTROL.test(value.replace(/\r?\n/g, " ")), { error: "mandates.errors.addressChars", abort: true })
          .overwrite((value) => value.normalize("NFC"))
          .trim()
          .min(10, "mandates.errors.postalAddress")
          .max(POSTAL_ADDRESS_MAX, "mandates.errors.postalAddressTooLong")
      : z.undefined().catch(undefined),
  });
}
export const MandateSchema = mandateSchema({ requiresPostalAddress: false });
export const MandateWithAddressSchema = mandateSchema({ requiresPostalAddress: true });
export type MandateInput = z.infer<typeof MandateWithAddressSchema> | z.infer<typeof MandateSchema>;

/** The personal page's buttons: confirm, or revoke (with its confirmation step). */
export const MandateTokenActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("confirm") }),
  z.object({ intent: z.literal("revoke"), confirm: confirmField }),
]);

/** "2027-03-31T18:00" in a datetime-local field: a minute in Europe/Paris. */
const parisMinute = (error: "mandates.errors.opensAt" | "mandates.errors.fileBy") =>
  freeText({ error })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, error)
    .refine((value) => {
      const year = Number(value.slice(0, 4));
      return year >= 2000 && year <= 9999 && !Number.isNaN(new Date(`${value}:00Z`).getTime());
    }, error);

export const CampaignSchema = z
  .object({
    legalActionId: z.uuid({ error: "mandates.errors.legalAction" }),
    title: freeText({ error: "mandates.errors.title" }).min(3, "mandates.errors.title").max(200, "mandates.errors.title"),
    slug: freeText({ error: "mandates.errors.slug" })
      .max(60, "mandates.errors.slug")
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "mandates.errors.slug"),
    controller: freeText({ error: "mandates.errors.controller" }).min(2, "mandates.errors.controller").max(300, "mandates.errors.controller"),
    authority: freeText({ error: "mandates.errors.authority" }).min(2, "mandates.errors.authority").max(300, "mandates.errors.authority"),
    scope: freeText({ error: "mandates.errors.scope" }).min(10, "mandates.errors.scope").max(5_000, "mandates.errors.scope"),
    dataUse: freeText({ error: "mandates.errors.dataUse" }).min(10, "mandates.errors.dataUse").max(5_000, "mandates.errors.dataUse"),
    eligibility: z.enum(["FRANCE", "COMMUNES"], { error: "mandates.errors.eligibility" }),
    communes: freeText().max(2_000, "mandates.errors.communes").default(""),
    requiresPostalAddress: z.boolean().optional().default(false),
    goal: z.coerce.number({ error: "mandates.errors.goal" }).int("mandates.errors.goal").min(1, "mandates.errors.goal").max(10_000_000, "mandates.errors.goal"),
    opensAt: parisMinute("mandates.errors.opensAt"),
    fileBy: parisMinute("mandates.errors.fileBy"),
    textFr: freeText({ error: "mandates.errors.textFr" }).min(20, "mandates.errors.textFr").max(20_000, "mandates.errors.textFr"),
    textEn: freeText().max(20_000, "mandates.errors.textEn").optional(),
  })
  .refine((value) => value.eligibility === "FRANCE" || value.communes.trim() !== "", { path: ["communes"], error: "mandates.errors.communesRequired" })
  .refine((value) => value.fileBy > value.opensAt, { path: ["fileBy"], error: "mandates.errors.fileByOrder" });
export type CampaignInput = z.infer<typeof CampaignSchema>;

/** The campaign form's default values (a saved campaign, as its fields hold it). */
export type CampaignDefaults = Partial<
  Record<
    | "legalActionId"
    | "title"
    | "slug"
    | "controller"
    | "authority"
    | "scope"
    | "dataUse"
    | "eligibility"
    | "communes"
    | "goal"
    | "opensAt"
    | "fileBy"
    | "textFr"
    | "textEn",
    string
  >
> & {
  requiresPostalAddress?: "on";
};

/** The legal organizers' mandate list: a page number, junk reads as the first page. */
export const MandateListQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1) });

/** Granting or removing the legal flag on the organizers' page. */
export const LegalFlagSchema = z.object({
  intent: z.literal("legal"),
  organizerId: z.uuid(),
  legal: z.enum(["grant", "remove"]),
});
