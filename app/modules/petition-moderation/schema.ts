// The moderation list's filters (read from the address, so a filtered list can be linked to from
// the fraud view and reloaded) and its actions on signatures. Every field is optional; a filter
// that is present must be valid, or the list says why beside the field.
import { z } from "zod";
import { confirmField } from "~/schemas/confirm";
import { freeText } from "~/schemas/free-text";
import { COMMUNE_FILTERS, MODERATION_INTENTS, MODERATION_STATUSES } from "./choices";
import { utcMinute } from "~/schemas/utc-minute";

/** An empty field is no filter. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/** A keyed hash as stored (base64url of an HMAC-SHA-256), as the fraud view links carry it. */
const storedHash = (error: string) => freeText({ error }).regex(/^[A-Za-z0-9_-]{43}$/, error);

const FilterFields = z.object({
  email: optional(
    freeText({ error: "moderation.errors.email" })
      .max(254, "moderation.errors.email")
      .pipe(z.email({ error: "moderation.errors.email" })),
  ),
  name: optional(freeText().max(120, "moderation.errors.tooLong")),
  postcode: optional(freeText().max(12, "moderation.errors.tooLong")),
  commune: optional(z.enum(COMMUNE_FILTERS, { error: "moderation.errors.choice" })),
  ip: optional(
    freeText({ error: "moderation.errors.ip" })
      .toLowerCase()
      .pipe(z.union([z.ipv4(), z.ipv6()], { error: "moderation.errors.ip" })),
  ),
  /** With an IP: every signature of its /24 (IPv4) or /64 (IPv6) network. */
  ipNetwork: optional(z.literal("1", { error: "moderation.errors.choice" })),
  ipHash: optional(storedHash("moderation.errors.hash")),
  network: optional(storedHash("moderation.errors.hash")),
  domain: optional(
    freeText({ error: "moderation.errors.domain" })
      .toLowerCase()
      .transform((value) => value.replace(/^.*@/, ""))
      .pipe(z.string().regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/, "moderation.errors.domain")),
  ),
  from: optional(utcMinute("moderation.errors.from")),
  to: optional(utcMinute("moderation.errors.to")),
  status: optional(z.enum(MODERATION_STATUSES, { error: "moderation.errors.choice" })),
  page: optional(
    z.coerce.number({ error: "moderation.errors.page" }).int("moderation.errors.page").min(1, "moderation.errors.page").max(100_000, "moderation.errors.page"),
  ),
});

/**
 * The period is checked when both of its ends are valid dates, even if another field is not (so
 * every mistake shows at once). `when` sees the parsed values: the ends are Dates by then.
 */
const bothDates = (payload: { value: unknown }) => {
  const value = payload.value as { from?: unknown; to?: unknown };
  return value.from instanceof Date && value.to instanceof Date;
};

export const SignatureFilterSchema = FilterFields.refine((value) => !value.from || !value.to || value.from < value.to, {
  error: "moderation.errors.window",
  path: ["to"],
  when: bothDates,
}).refine((value) => !value.ipNetwork || value.ip, { error: "moderation.errors.networkWithoutIp", path: ["ip"] });

export type SignatureFilter = Omit<z.infer<typeof SignatureFilterSchema>, "page">;

/**
 * An action on the ticked signatures, or on every signature matching the list's filter
 * (scope=all, the filter being the page's address). Invalidating needs a reason.
 */
export const ModerationActionSchema = z
  .object({
    intent: z.enum(MODERATION_INTENTS, { error: "moderation.errors.intent" }),
    scope: z.enum(["selected", "all"], { error: "moderation.errors.scope" }).default("selected"),
    id: z.preprocess(
      (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.uuid({ error: "moderation.errors.selection" })).max(500, "moderation.errors.selection"),
    ),
    reason: optional(freeText().max(500, "moderation.errors.reasonTooLong")),
    /** Deleting cannot be undone: it takes effect on the second submit, with confirm=1. */
    confirm: confirmField,
  })
  .refine((value) => value.intent !== "invalidate" || Boolean(value.reason), { error: "moderation.errors.reason", path: ["reason"] })
  .refine((value) => value.scope === "all" || value.id.length > 0, { error: "moderation.errors.selection", path: ["id"] });

export type ModerationAction = z.infer<typeof ModerationActionSchema>;
