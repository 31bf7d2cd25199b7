// The forms of the signing lists (issue 28, item 2): a blocked domain, a blocked address, an
// allowed network. Error strings are message keys (messages.fr.ts / messages.en.ts).
import { z } from "zod";
import { freeText } from "~/schemas/free-text";
import { isCalendarDay, parisDay } from "~/utils/dates";
import { formatNetwork, isNarrowEnough, MAX_NETWORK_DAYS, parseCidr } from "./network";

const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])$/;

const note = freeText().max(200, "admin.petitionLists.errors.noteLong").default("");

/**
 * A domain alone, lower case: "exemple.fr". Not an address (the address form is for that), not
 * a link, not a bare word ("gmail" would block nothing: the site needs its extension).
 */
export const BlockDomainSchema = z.object({
  intent: z.literal("block-domain"),
  domain: freeText({ error: "admin.petitionLists.errors.domainRequired" })
    .min(1, { error: "admin.petitionLists.errors.domainRequired", abort: true })
    .max(253, { error: "admin.petitionLists.errors.domain", abort: true })
    .refine((value) => !value.includes("@"), { error: "admin.petitionLists.errors.domainAt", abort: true })
    .refine((value) => !/[/:]/.test(value), { error: "admin.petitionLists.errors.domainLink", abort: true })
    .refine((value) => !/\s/.test(value), { error: "admin.petitionLists.errors.domainSpace", abort: true })
    .toLowerCase()
    // A final dot ("exemple.fr.") names the same domain.
    .transform((value) => value.replace(/\.$/, ""))
    .refine((value) => value.includes("."), { error: "admin.petitionLists.errors.domainBare", abort: true })
    .refine((value) => DOMAIN.test(value), { error: "admin.petitionLists.errors.domain" }),
  note,
});

export const BlockAddressSchema = z.object({
  intent: z.literal("block-address"),
  email: freeText({ error: "admin.petitionLists.errors.emailRequired" })
    .min(1, { error: "admin.petitionLists.errors.emailRequired", abort: true })
    .max(254, { error: "errors.email.invalid", abort: true })
    .pipe(z.email({ error: "errors.email.invalid" })),
  note,
});

const day = (required: "admin.petitionLists.errors.fromRequired" | "admin.petitionLists.errors.toRequired") =>
  freeText({ error: required })
    .min(1, { error: required, abort: true })
    .refine((value) => isCalendarDay(value), { error: "admin.petitionLists.errors.day" });

const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** What is wrong with a network as typed: missing, not a CIDR, or wider than the list takes. */
function cidrProblem(value: string) {
  if (value === "") return "admin.petitionLists.errors.cidrRequired";
  const network = value.length <= 64 ? parseCidr(value) : null;
  if (!network) return "admin.petitionLists.errors.cidr";
  return isNarrowEnough(network) ? null : "admin.petitionLists.errors.cidrWide";
}

/** What is wrong with a network's two days: out of order, over, or too long a period. */
function datesProblem({ from, to }: { from: string; to: string }) {
  if (from > to) return "admin.petitionLists.errors.order";
  if (to < parisDay(Date.now())) return "admin.petitionLists.errors.past";
  if (daysBetween(from, to) >= MAX_NETWORK_DAYS) return "admin.petitionLists.errors.tooLong";
  return null;
}

/** A network, normalised ("192.0.2.7/24" → "192.0.2.0/24"), between two Paris days (both included). */
export const AllowNetworkSchema = z
  .object({
    intent: z.literal("allow-network"),
    // One check with the first problem as its message: an aborting check would hide the dates' errors.
    cidr: freeText({ error: "admin.petitionLists.errors.cidrRequired" })
      .refine((value) => cidrProblem(value) === null, { error: (issue) => cidrProblem(String(issue.input)) ?? undefined })
      .transform((value) => formatNetwork(parseCidr(value)!)),
    label: freeText({ error: "admin.petitionLists.errors.label" }).min(1, "admin.petitionLists.errors.label").max(120, "admin.petitionLists.errors.labelLong"),
    from: day("admin.petitionLists.errors.fromRequired"),
    to: day("admin.petitionLists.errors.toRequired"),
  })
  // Checked once both days are days, whatever the other fields, so that every error shows at once.
  .refine((value) => datesProblem(value) === null, {
    path: ["to"],
    error: (issue) => datesProblem(issue.input as { from: string; to: string }) ?? undefined,
    when: (payload) => {
      const value = payload.value as { from?: unknown; to?: unknown } | null;
      return typeof value?.from === "string" && isCalendarDay(value.from) && typeof value.to === "string" && isCalendarDay(value.to);
    },
  });

export type AllowNetworkInput = z.infer<typeof AllowNetworkSchema>;

export const LIST_KINDS = ["domain", "address", "network"] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export const RemoveEntrySchema = z.object({
  intent: z.literal("remove"),
  kind: z.enum(LIST_KINDS),
  id: z.uuid(),
});
