// The organizers' petition list (issue 28): its filters, read from the query string. Anything
// malformed is ignored (the list shows unfiltered on that criterion), as on /admin/dons. No Zod
// here: the page's component imports this file; the schema is in admin-list.server.ts.

export const PETITION_LIST_STATUSES = ["OPEN", "CLOSED", "DELIVERED", "ANSWERED"] as const;

/** The list's filters, as PetitionListFiltersSchema (admin-list.server.ts) reads them. */
export type PetitionListFilters = { status?: (typeof PETITION_LIST_STATUSES)[number]; commune?: string; department?: string };

/** The filters as a query string ("?status=OPEN&department=06"), for the CSV link and the audit. */
export function filtersQuery(filters: PetitionListFilters) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}
