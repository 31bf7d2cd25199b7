// The forms of events (issue 25): the organizers' event form, the public registration form, the
// personal page's buttons. The server parses every submission with these; the browser gets their
// HTML constraints (app/components/form-constraints.ts).
import { z } from "zod";
import { confirmField } from "~/schemas/confirm";
import { freeText } from "~/schemas/free-text";
import { parisInstant } from "~/utils/paris-time";
import { EVENT_KINDS } from "./kinds";

export { EVENT_KINDS, type EventKindValue } from "./kinds";

export const DESCRIPTION_MAX = 5_000;
export const CAPACITY_MAX = 10_000;
export const NAME_MAX = 100;
/** Dates typed are between these years (a year 1900 or 3000 is a typo). */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

const day = (error: "events.errors.startDate" | "events.errors.endDate") =>
  freeText({ error })
    .regex(/^\d{4}-\d{2}-\d{2}$/, error)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T12:00:00Z`)) && new Date(`${value}T12:00:00Z`).toISOString().startsWith(value), error)
    .refine((value) => Number(value.slice(0, 4)) >= YEAR_MIN && Number(value.slice(0, 4)) <= YEAR_MAX, "events.errors.year");
const time = (error: "events.errors.startTime" | "events.errors.endTime") => freeText({ error }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, error);

/** An https link, nothing else (no javascript:, data:, http:). */
const onlineUrl = freeText()
  .max(500, "events.errors.onlineUrl")
  .refine((value) => {
    if (value === "") return true;
    try {
      const url = new URL(value);
      return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
    } catch {
      return false;
    }
  }, "events.errors.onlineUrl");

export const EventSchema = z
  .object({
    kind: z.enum(EVENT_KINDS, { error: "events.errors.kind" }),
    title: freeText({ error: "events.errors.title" }).min(3, "events.errors.title").max(200, "events.errors.title"),
    description: freeText({ error: "events.errors.description" }).min(10, "events.errors.description").max(DESCRIPTION_MAX, "events.errors.descriptionTooLong"),
    startDate: day("events.errors.startDate"),
    startTime: time("events.errors.startTime"),
    endDate: day("events.errors.endDate"),
    endTime: time("events.errors.endTime"),
    place: z.enum(["address", "online"], { error: "events.errors.place" }),
    address: freeText().max(300, "events.errors.address").default(""),
    commune: freeText().max(80, "reports.errors.commune").default(""),
    inseeCode: z
      .string()
      .regex(/^[0-9AB]{5}$/i)
      .optional()
      .catch(undefined),
    onlineUrl: onlineUrl.default(""),
    capacity: z.preprocess(
      (value) => (value === "" || value === undefined ? undefined : value),
      z.coerce
        .number({ error: "events.errors.capacity" })
        .int("events.errors.capacity")
        .min(1, "events.errors.capacity")
        .max(CAPACITY_MAX, "events.errors.capacity")
        .optional(),
    ),
    registration: z.boolean().optional().default(false),
    groupId: z.preprocess((value) => (value === "" ? undefined : value), z.uuid({ error: "events.errors.group" }).optional()),
  })
  .superRefine((value, ctx) => {
    if (value.place === "address") {
      if (value.address.length < 3) ctx.addIssue({ code: "custom", path: ["address"], message: "events.errors.address" });
      if (value.commune === "") ctx.addIssue({ code: "custom", path: ["commune"], message: "reports.errors.commune" });
    } else if (value.onlineUrl === "") ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "events.errors.onlineUrl" });
    const startsAt = parisInstant(value.startDate, value.startTime);
    const endsAt = parisInstant(value.endDate, value.endTime);
    if (startsAt && endsAt && endsAt <= startsAt) ctx.addIssue({ code: "custom", path: ["endDate"], message: "events.errors.endBeforeStart" });
    if (startsAt && endsAt && endsAt.getTime() - startsAt.getTime() > 14 * 24 * 3600_000)
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "events.errors.tooLong" });
  });
export type EventInput = z.infer<typeof EventSchema>;

/** The form's values as its fields hold them (a saved event, or what was typed). */
export type EventDefaults = Partial<Record<Exclude<keyof EventInput, "registration">, string>> & { registration?: "on" };

/** The organizers' buttons on an event's page. */
export const EventAdminActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("publish") }),
  z.object({ intent: z.literal("cancel"), confirm: confirmField }),
]);

const personName = freeText({ error: "events.errors.name" })
  .min(1, "events.errors.name")
  .max(NAME_MAX, "events.errors.nameTooLong")
  .refine((value) => !/(:\/\/|www\.|@|[<>])/i.test(value), "events.errors.nameLink");

/** The public registration form. */
export const RegistrationSchema = z.object({
  name: personName,
  email: freeText({ error: "errors.email.required" })
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
  showName: z.boolean().optional().default(false),
  consent: z.boolean({ error: "events.errors.consent" }).refine((value) => value, { error: "events.errors.consent" }),
});
export type RegistrationInput = z.infer<typeof RegistrationSchema>;

/** The personal page's buttons: confirm, change the name, cancel (with its confirmation step). */
export const RegistrationActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("confirm") }),
  z.object({ intent: z.literal("update"), name: personName, showName: z.boolean().optional().default(false) }),
  z.object({ intent: z.literal("cancel"), confirm: confirmField }),
]);
