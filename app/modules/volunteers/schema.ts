import { z } from "zod";
import { freeText } from "~/schemas/free-text";
import { VOLUNTEER_SKILLS, VOLUNTEER_AVAILABILITIES } from "./choices";

/** What a volunteer may change later through their link. */
export const VolunteerProfileSchema = z.object({
  name: freeText({ error: "volunteers.errors.name" }).min(1, "volunteers.errors.name").max(80, "errors.name.tooLong"),
  commune: freeText({ error: "reports.errors.commune" }).min(1, "reports.errors.commune").max(80, "reports.errors.commune"),
  inseeCode: z
    .string()
    .regex(/^[0-9AB]{5}$/i)
    .optional()
    .catch(undefined),
  skills: z.array(z.enum(VOLUNTEER_SKILLS), { error: "volunteers.errors.skills" }).min(1, "volunteers.errors.skills"),
  availability: z.enum(VOLUNTEER_AVAILABILITIES, { error: "volunteers.errors.availability" }),
  languages: freeText().max(200, "volunteers.errors.languages").optional(),
  message: freeText().max(2_000, "volunteers.errors.message").optional(),
});

/** The public sign-up form. */
export const VolunteerSchema = VolunteerProfileSchema.extend({
  email: freeText({ error: "errors.email.required" })
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
  consentContact: z.boolean({ error: "volunteers.errors.consent" }).refine((value) => value, { error: "volunteers.errors.consent" }),
});

export type VolunteerInput = z.infer<typeof VolunteerSchema>;
export type VolunteerProfile = z.infer<typeof VolunteerProfileSchema>;

/** Filters of the organizers' list (and its CSV export). */
export const VolunteerFilterSchema = z.object({
  departement: freeText()
    .regex(/^(\d{2,3}|2A|2B)$/i)
    .optional()
    .catch(undefined),
  commune: freeText().max(80).catch("").default(""),
  competence: z.enum(VOLUNTEER_SKILLS).optional().catch(undefined),
});

/** The filters as the audit log records them: a query string of the ones set ("" when none). */
export function volunteerFilterQuery(filter: z.infer<typeof VolunteerFilterSchema>) {
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return query ? `?${query}` : "";
}

export const MarkContactedSchema = z.object({
  volunteerId: z.uuid(),
  note: freeText().max(2_000, "volunteers.errors.note").optional(),
});
