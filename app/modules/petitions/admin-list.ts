// The organizers' petition list (issue 28): its filters, read from the query string. Anything
// malformed is ignored (the list shows unfiltered on that criterion), as on /admin/dons.
import { z } from "zod";
import { freeText } from "~/schemas/free-text";

export const PETITION_LIST_STATUSES = ["OPEN", "CLOSED", "DELIVERED", "ANSWERED"] as const;

export const PetitionListFiltersSchema = z.object({
  status: z.enum(PETITION_LIST_STATUSES).optional().catch(undefined),
  /** Part of the commune's name, accents and case ignored. */
  commune: freeText().max(100).optional().catch(undefined),
  /** A department's code: 01–95, 2A, 2B, 971–976. */
  department: freeText()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^(\d{2}|2[AB]|97\d)$/))
    .optional()
    .catch(undefined),
});

export type PetitionListFilters = z.infer<typeof PetitionListFiltersSchema>;

/** The filters as a query string ("?status=OPEN&department=06"), for the CSV link and the audit. */
export function filtersQuery(filters: PetitionListFilters) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}
