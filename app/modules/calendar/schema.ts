// The calendar's inputs: the filters of /agenda (a GET form), the planned hand-in of a petition,
// a legal action update's hearing, and a council session entered by an organizer.
import { z } from "zod";
import { freeText } from "~/schemas/free-text";
import { EVENT_KINDS } from "~/modules/events/kinds";
import { isCalendarDay } from "~/utils/dates";

export type { EventKindValue as EventKindName } from "~/modules/events/kinds";

/** A year the forms accept: neither 1900 nor 3000. */
const sensibleYear = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= 2000 && year <= 2100;
};

/** "YYYY-MM-DD" from a date field. */
const day = freeText({ error: "calendar.errors.day" })
  .refine((value) => isCalendarDay(value) && sensibleYear(value), "calendar.errors.day")
  .optional();

/** "2027-01-15T18:30" in a datetime-local field: a minute in Europe/Paris. */
export function parisMinute<E extends string>(error: E) {
  return freeText({ error }).refine(
    (value) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) &&
      isCalendarDay(value.slice(0, 10)) &&
      sensibleYear(value) &&
      Number(value.slice(11, 13)) < 24 &&
      Number(value.slice(14, 16)) < 60,
    error,
  );
}

/**
 * The filters of /agenda. Empty fields are absent (a GET form sends them all). Each key is a
 * query parameter, and the page cache keys its copies by them (./page-cache.ts).
 */
export const AgendaQuerySchema = z
  .object({
    departement: freeText({ error: "calendar.errors.department" })
      .regex(/^(\d{2,3}|2A|2B)$/i, "calendar.errors.department")
      .transform((value) => value.toUpperCase())
      .optional(),
    type: z.enum(EVENT_KINDS, { error: "calendar.errors.kind" }).optional(),
    du: day,
    au: day,
  })
  .refine((value) => !value.du || !value.au || value.au >= value.du, { path: ["au"], error: "calendar.errors.order" });
export type AgendaQuery = z.infer<typeof AgendaQuerySchema>;
export const AGENDA_PARAMS = ["departement", "type", "du", "au"] as const;

/** The query string's values as the form shows them (kept as typed, even when wrong). */
export function agendaFormValues(params: URLSearchParams) {
  return Object.fromEntries(AGENDA_PARAMS.map((name) => [name, (params.get(name) ?? "").slice(0, 40)])) as Record<(typeof AGENDA_PARAMS)[number], string>;
}

/** The filters that are valid, and a message per invalid one: the page filters by what it understood. */
export function parseAgendaQuery(params: URLSearchParams): { filter: AgendaQuery; errors: Partial<Record<(typeof AGENDA_PARAMS)[number], string>> } {
  const raw = Object.fromEntries(AGENDA_PARAMS.flatMap((name) => (params.get(name)?.trim() ? [[name, params.get(name)!]] : [])));
  const parsed = AgendaQuerySchema.safeParse(raw);
  if (parsed.success) return { filter: parsed.data, errors: {} };
  const errors: Partial<Record<(typeof AGENDA_PARAMS)[number], string>> = {};
  for (const issue of parsed.error.issues) {
    const name = issue.path[0] as (typeof AGENDA_PARAMS)[number];
    errors[name] ??= issue.message;
  }
  const valid = Object.fromEntries(Object.entries(raw).filter(([name]) => !(name in errors)));
  const retry = AgendaQuerySchema.safeParse(valid);
  return { filter: retry.success ? retry.data : {}, errors };
}

/** A petition's planned hand-in: an empty date cancels it. */
export const HandInSchema = z
  .object({
    handInAt: parisMinute("calendar.errors.handInAt").optional(),
    handInPlace: freeText().max(300, "calendar.errors.handInPlace").optional(),
  })
  .refine((value) => !value.handInAt || (value.handInPlace ?? "").length >= 2, { path: ["handInPlace"], error: "calendar.errors.handInPlace" });

/** The hearing fields of a legal action update (both empty: no hearing). */
export const HearingFields = {
  hearingAt: parisMinute("calendar.errors.hearingAt").optional(),
  hearingPlace: freeText().max(300, "calendar.errors.hearingPlace").optional(),
};
export const hearingPlaceRequired = {
  check: (value: { hearingAt?: string; hearingPlace?: string }) => !value.hearingAt || (value.hearingPlace ?? "").length >= 2,
  path: ["hearingPlace"],
  error: "calendar.errors.hearingPlace",
} as const;

/** A council session, entered by an organizer for a commune. */
export const CouncilSessionSchema = z
  .object({
    commune: freeText({ error: "calendar.errors.commune" }).min(2, "calendar.errors.commune").max(100, "calendar.errors.commune"),
    startsAt: parisMinute("calendar.errors.startsAt"),
    endsAt: parisMinute("calendar.errors.endsAt").optional(),
    place: freeText({ error: "calendar.errors.place" }).min(2, "calendar.errors.place").max(300, "calendar.errors.place"),
    description: freeText({ error: "calendar.errors.description" }).min(10, "calendar.errors.description").max(5_000, "calendar.errors.description"),
  })
  .refine((value) => !value.endsAt || value.endsAt > value.startsAt, { path: ["endsAt"], error: "calendar.errors.endsAt" });
export type CouncilSessionInput = z.infer<typeof CouncilSessionSchema>;
