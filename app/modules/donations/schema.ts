import { z } from "zod";
import { freeText } from "~/schemas/free-text";

const optionalText = (max: number) => freeText().max(max, "errors.donation.tooLong").optional();

/** Euros as people type them: "25", "25,50", "25.5". Returns cents, or null when not a number. */
export function parseEuros(text: string): number | null {
  const normalised = text.trim().replace(/\s|€/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d{1,2})?$/.test(normalised)) return null;
  return Math.round(Number(normalised) * 100);
}

/** The fields of the /don form (also what the browser's native constraints come from). */
export const DonationFieldsSchema = z.object({
  kind: z.enum(["ONE_OFF", "MONTHLY"], { error: "errors.donation.kind" }),
  preset: z.string().optional(),
  custom: z.string().optional(),
  name: optionalText(120),
  address: optionalText(200),
  postcode: optionalText(10),
  city: optionalText(80),
});

/** The /don form. `maxEuros` comes from the configuration (the loader passes it to the page). */
export function donationSchema(maxEuros: number) {
  return DonationFieldsSchema.transform((value, ctx) => {
    const text = value.preset && value.preset !== "other" ? value.preset : value.custom;
    if (!text) {
      ctx.addIssue({ code: "custom", path: ["custom"], message: "errors.donation.amountRequired" });
      return z.NEVER;
    }
    const cents = parseEuros(text);
    if (cents === null) ctx.addIssue({ code: "custom", path: ["custom"], message: "errors.donation.amountInvalid" });
    else if (cents < 100) ctx.addIssue({ code: "custom", path: ["custom"], message: "errors.donation.amountTooSmall" });
    else if (cents > maxEuros * 100) ctx.addIssue({ code: "custom", path: ["custom"], message: "errors.donation.amountTooLarge" });
    const identity = [value.name, value.address, value.postcode, value.city];
    const given = identity.filter(Boolean).length;
    if (given > 0 && given < 4) {
      for (const [field, text] of [
        ["name", value.name],
        ["address", value.address],
        ["postcode", value.postcode],
        ["city", value.city],
      ] as const) {
        if (!text) ctx.addIssue({ code: "custom", path: [field], message: "errors.donation.receiptIncomplete" });
      }
    }
    if (cents === null || given % 4 !== 0) return z.NEVER;
    return {
      kind: value.kind,
      amount: cents,
      receiptIdentity: given === 4 ? { name: value.name!, address: value.address!, postcode: value.postcode!, city: value.city! } : null,
    };
  });
}

export type DonationInput = z.output<ReturnType<typeof donationSchema>>;

export const PortalRequestSchema = z.object({
  email: freeText({ error: "errors.email.required" })
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
});
