// The filing page's forms (issue 26, item 4): one schema per form, parsed by the route's action
// and turned into the form's HTML constraints (app/models/form-schemas.server.ts).
import { z } from "zod";
import { freeText } from "~/schemas/free-text";
import { confirmField } from "~/schemas/confirm";
import { isCalendarDay } from "~/utils/dates";

/** Record the filing: its day (between the planned date and today, checked by the action), the authority, the reference. */
export const FilingSchema = z.object({
  intent: z.literal("file"),
  filedOn: freeText({ error: "admin.mandateFiling.errors.filedOn" }).refine(isCalendarDay, "admin.mandateFiling.errors.filedOn"),
  filedWith: freeText({ error: "admin.mandateFiling.errors.filedWith" })
    .min(2, "admin.mandateFiling.errors.filedWith")
    .max(200, "admin.mandateFiling.errors.filedWith"),
  reference: freeText({ error: "admin.mandateFiling.errors.reference" })
    .min(1, "admin.mandateFiling.errors.reference")
    .max(200, "admin.mandateFiling.errors.reference"),
  confirm: confirmField,
});
export type FilingInput = z.infer<typeof FilingSchema>;

/** Record the end of the procedure (confirm=1 records it; without it the page asks). */
export const EndSchema = z.object({ intent: z.literal("end"), confirm: confirmField });

/** The day a filing is recorded for, as an instant: noon UTC, the same day in Paris. */
export const filingInstant = (day: string) => new Date(`${day}T12:00:00Z`);
