// What the petition forms offer, apart from the Zod schemas that check it: the browser imports
// these, never Zod.

/** Where a petition's signer lives (issue 28): in France, proved by a postcode; abroad, a country and no postcode. */
export const RESIDENCES = ["france", "abroad"] as const;

/** The status changes of a petition that ask for confirmation first. */
export const CONFIRMED_INTENTS: readonly string[] = ["close", "deliver"];
