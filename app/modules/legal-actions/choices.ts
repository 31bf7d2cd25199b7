// Where a legal action stands, as forms offer it and pages show it (the browser imports this, never Zod).

export const LEGAL_ACTION_STATUSES = ["FILED", "HEARING_SCHEDULED", "WON", "LOST", "APPEALED", "WITHDRAWN"] as const;
export type LegalActionState = (typeof LEGAL_ACTION_STATUSES)[number];
