// The moderation list's choices, apart from the Zod schemas that check them (schema.ts): the
// page's components import these, never Zod (app/components/server-form.ts).

export const MODERATION_STATUSES = ["pending", "confirmed", "invalidated"] as const;
export const COMMUNE_FILTERS = ["resident", "other"] as const;

/** The filter fields, in the order the form shows them (also what a bulk action re-reads). */
export const FILTER_FIELDS = ["email", "name", "postcode", "commune", "ip", "ipNetwork", "ipHash", "network", "domain", "from", "to", "status"] as const;

export const MODERATION_INTENTS = ["invalidate", "revalidate", "delete"] as const;
