// Values that forms offer and pages show, shared beyond one feature, apart from the Zod schemas that
// check them: the browser imports these, never Zod (app/components/server-form.ts). A feature's own
// kinds and statuses live in its module's choices.ts (app/modules/donations/choices.ts, …).

export const MIN_QUERY_LENGTH = 2;

/** Where a petition's signer lives (issue 28): in France, proved by a postcode; abroad, a country and no postcode. */
export const RESIDENCES = ["france", "abroad"] as const;

/** The status changes that ask for confirmation first. */
export const CONFIRMED_INTENTS: readonly string[] = ["close", "deliver"];
