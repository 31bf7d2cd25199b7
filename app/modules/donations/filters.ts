import { z } from "zod";
import { isCalendarDay } from "~/utils/dates";
import { DONATION_KINDS, DONATION_STATUSES } from "./choices";

const date = z
  .string()
  .refine(isCalendarDay)
  .transform((value) => new Date(`${value}T00:00:00Z`))
  .optional()
  .catch(undefined);

/** The organizers' filters on /admin/dons (query string); anything malformed is ignored. */
export const DonationFiltersSchema = z.object({
  from: date,
  to: date,
  kind: z.enum(DONATION_KINDS).optional().catch(undefined),
  status: z.enum(DONATION_STATUSES).optional().catch(undefined),
});

export const IssueReceiptsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
