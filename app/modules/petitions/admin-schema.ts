import { z } from "zod";
import { confirmField } from "~/schemas/confirm";
import { freeText } from "~/schemas/free-text";
import { utcMinute } from "~/schemas/utc-minute";

/** A petition's text and addressee, as organizers open or edit it. */
export const PetitionSchema = z.object({
  intent: z.literal("save"),
  title: freeText({ error: "errors.petitionAdmin.title" }).min(1, "errors.petitionAdmin.title").max(200, "errors.petitionAdmin.tooLong"),
  body: freeText({ error: "errors.petitionAdmin.body" }).min(1, "errors.petitionAdmin.body").max(20_000, "errors.petitionAdmin.tooLong"),
  goal: z.coerce
    .number({ error: "errors.petitionAdmin.goal" })
    .int("errors.petitionAdmin.goal")
    .min(1, "errors.petitionAdmin.goal")
    .max(10_000_000, "errors.petitionAdmin.goal"),
  mayorTitle: z.enum(["MADAME_LA_MAIRE", "MONSIEUR_LE_MAIRE"], { error: "errors.petitionAdmin.mayorTitle" }),
  mayorName: freeText({ error: "errors.petitionAdmin.mayorName" }).min(1, "errors.petitionAdmin.mayorName").max(120, "errors.petitionAdmin.tooLong"),
  /** Optional (issue 28): the worker closes the petition then. Empty: closed by hand. */
  closesAt: utcMinute("errors.petitionAdmin.closesAt").optional(),
});

export const OpenPetitionSchema = PetitionSchema.extend({
  inseeCode: z.string({ error: "errors.petitionAdmin.commune" }).regex(/^\d[\dAB]\d{3}$/, "errors.petitionAdmin.commune"),
});

export type PetitionInput = z.infer<typeof PetitionSchema>;

/** Which signatures to invalidate: one criterion at a time. */
export const InvalidationSchema = z.discriminatedUnion("by", [
  z.object({
    intent: z.enum(["preview", "invalidate"]),
    by: z.literal("domain"),
    domain: freeText({ error: "errors.petitionAdmin.domain" })
      .toLowerCase()
      .transform((value) => value.replace(/^.*@/, ""))
      .pipe(z.string().regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/, "errors.petitionAdmin.domain")),
  }),
  z.object({
    intent: z.enum(["preview", "invalidate"]),
    by: z.literal("ip"),
    ip: freeText({ error: "errors.petitionAdmin.ip" }).pipe(z.union([z.ipv4(), z.ipv6()], { error: "errors.petitionAdmin.ip" })),
  }),
  z
    .object({
      intent: z.enum(["preview", "invalidate"]),
      by: z.literal("time"),
      from: utcMinute("errors.petitionAdmin.from"),
      to: utcMinute("errors.petitionAdmin.to"),
    })
    .refine((value) => value.from < value.to, { error: "errors.petitionAdmin.window", path: ["to"] }),
]);

export type InvalidationCriteria = { by: "domain"; domain: string } | { by: "ip"; ip: string } | { by: "time"; from: Date; to: Date };

export const ResponseSchema = z.object({
  intent: z.literal("response"),
  response: freeText({ error: "errors.petitionAdmin.response" }).min(1, "errors.petitionAdmin.response").max(20_000, "errors.petitionAdmin.tooLong"),
});

/**
 * Buttons without fields: close, reopen, deliver. Closing and delivering (which emails every
 * signer) take effect only with confirm=1, the second submit of their confirmation step.
 */
export const StatusIntentSchema = z.object({ intent: z.enum(["close", "reopen", "deliver"]), confirm: confirmField });
