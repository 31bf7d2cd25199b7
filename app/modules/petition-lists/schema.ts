// The forms of the signing lists (issue 28, item 2): a blocked domain, a blocked address, an
// allowed network. Error strings are message keys (messages.fr.ts / messages.en.ts).
import { z } from "zod";
import { freeText } from "~/schemas/free-text";
import { isCalendarDay, parisDay } from "~/utils/dates";
import { formatNetwork, isNarrowEnough, parseCidr } from "./network";

/** The longest an allowed network stays open: a stall or a meeting, not a standing exemption. */
export const MAX_NETWORK_DAYS = 31;

const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])$/;

const note = freeText().max(200, "petitionLists.errors.noteLong").default("");

/**
 * A domain alone, lower case: "exemple.fr". Not an address (the address form is for that), not
 * a link, not a bare word ("gmail" would block nothing: the site needs its extension).
 */
export const BlockDomainSchema = z.object({
  intent: z.literal("block-domain"),
  domain: freeText({ error: "petitionLists.errors.domainRequired" })
    .min(1, { error: "petitionLists.errors.domainRequired", abort: true })
    .max(253, { error: "petitionLists.errors.domain", abort: true })
    .refine((value) => !value.includes("@"), { error: "petitionLists.errors.domainAt", abort: true })
    .refine((value) => !/[/:]/.test(value), { error: "petitionLists.errors.domainLink", abort: true })
    .refine((value) => !/\s/.test(value), { error: "petitionLists.errors.domainSpace", abort: true })
    .toLowerCase()
    // A final dot ("exemple.fr.") names the same domain.
    .transform((value) => value.replace(/\.$/, ""))
    .refine((value) => value.includes("."), { error: "petitionLists.errors.domainBare", abort: true })
    .refine((value) => DOMAIN.test(value), { error: "petitionLists.errors.domain" }),
  note,
});

export const BlockAddressSchema = z.object({
  intent: z.literal("block-address"),
  email: freeText({ error: "petitionLists.errors.emailRequired" })
    .min(1, { error: "petitionLists.errors.emailRequired", abort: true })
    .max(254, { error: "errors.email.invalid", abort: true })
    .pipe(z.email({ error: "errors.email.invalid" })),
  note,
});

const day = (required: "petitionLists.errors.fromRequired" | "petitionLists.errors.toRequired") =>
  freeText({ error: required })
    .min(1, { error: required, abort: true })
    .refine((value) => isCalendarDay(value), { error: "petitionLists.errors.day" });

const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** A network, normalised ("192.0.2.7/24" → "192.0.2.0/24"), between two Paris days (both included). */
export const AllowNetworkSchema = z
  .object({
    intent: z.literal("allow-network"),
    cidr: freeText({ error: "petitionLists.errors.cidrRequired" })
      .min(1, { error: "petitionLists.errors.cidrRequired", abort: true })
      .max(64, { error: "petitionLists.errors.cidr", abort: true })
      .refine((value) => parseCidr(value) !== null, { error: "petitionLists.errors.cidr", abort: true })
      .refine((value) => isNarrowEnough(parseCidr(value)!), { error: "petitionLists.errors.cidrWide", abort: true })
      .transform((value) => formatNetwork(parseCidr(value)!)),
    label: freeText({ error: "petitionLists.errors.label" }).min(1, "petitionLists.errors.label").max(120, "petitionLists.errors.labelLong"),
    from: day("petitionLists.errors.fromRequired"),
    to: day("petitionLists.errors.toRequired"),
  })
  .refine((value) => value.from <= value.to, { error: "petitionLists.errors.order", path: ["to"], abort: true })
  .refine((value) => value.to >= parisDay(Date.now()), { error: "petitionLists.errors.past", path: ["to"], abort: true })
  .refine((value) => daysBetween(value.from, value.to) < MAX_NETWORK_DAYS, { error: "petitionLists.errors.tooLong", path: ["to"] });

export type AllowNetworkInput = z.infer<typeof AllowNetworkSchema>;

export const LIST_KINDS = ["domain", "address", "network"] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export const RemoveEntrySchema = z.object({
  intent: z.literal("remove"),
  kind: z.enum(LIST_KINDS),
  id: z.uuid(),
});
