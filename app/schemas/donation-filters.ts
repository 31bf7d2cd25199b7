import { z } from "zod";
import { isCalendarDay } from "~/utils/dates";

const date = z
  .string()
  .refine(isCalendarDay)
  .transform((value) => new Date(`${value}T00:00:00Z`))
  .optional()
  .catch(undefined);

export const DONATION_KINDS = ["ONE_OFF", "MONTHLY"] as const;
export const DONATION_STATUSES = ["PENDING", "PAID", "FAILED", "REFUNDED"] as const;

/** The organizers' filters on /admin/dons (query string); anything malformed is ignored. */
export const DonationFiltersSchema = z.object({
  from: date,
  to: date,
  kind: z.enum(DONATION_KINDS).optional().catch(undefined),
  status: z.enum(DONATION_STATUSES).optional().catch(undefined),
});

export const IssueReceiptsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
