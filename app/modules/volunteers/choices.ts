// What the volunteer form offers (skills, availability), apart from the Zod schema that checks it:
// the browser imports these, never Zod.

export const VOLUNTEER_SKILLS = ["LEGAL", "RESEARCH", "PRESS", "DESIGN", "DEVELOPMENT", "TRANSLATION", "ORGANISING", "OTHER"] as const;

export const VOLUNTEER_AVAILABILITIES = ["MONTHLY", "WEEKLY", "MORE"] as const;
