// The values the mandate form offers, without Zod: the form component imports them, and the
// browser bundle must not carry the schema (docs/decisions/0024).
export const COMMUNE_LINKS = ["residence", "work"] as const;
export type CommuneLink = (typeof COMMUNE_LINKS)[number];
