// The values forms offer and pages show (kinds, statuses, preset amounts…), apart from the Zod
// schemas that check them: the browser imports these, never Zod (app/components/server-form.ts).

export const MIN_QUERY_LENGTH = 2;

/** Where a petition's signer lives (issue 28): in France, proved by a postcode; abroad, a country and no postcode. */
export const RESIDENCES = ["france", "abroad"] as const;

export const VOLUNTEER_SKILLS = ["LEGAL", "RESEARCH", "PRESS", "DESIGN", "DEVELOPMENT", "TRANSLATION", "ORGANISING", "OTHER"] as const;

export const VOLUNTEER_AVAILABILITIES = ["MONTHLY", "WEEKLY", "MORE"] as const;

/** Kinds of surveillance technology, in the order the forms and the dossier list them. */
export const PROJECT_KINDS = ["VIDEO_ANALYTICS", "FACIAL_RECOGNITION", "DRONES", "SOUND_SENSORS", "PREDICTIVE_POLICING", "DATA_PLATFORM", "OTHER"] as const;
export type ProjectKindName = (typeof PROJECT_KINDS)[number];

/** Where a published project stands, in the order the forms and the map list them. */
export const PROJECT_STATUSES = ["ANNOUNCED", "TRIAL", "DEPLOYED", "ABANDONED", "BANNED"] as const;
export type ProjectStatusName = (typeof PROJECT_STATUSES)[number];

export const COMPANY_KINDS = ["VENDOR", "INTEGRATOR", "PUBLIC_BODY", "RESEARCH_LAB"] as const;
export type CompanyKindName = (typeof COMPANY_KINDS)[number];

export const LEGAL_ACTION_STATUSES = ["FILED", "HEARING_SCHEDULED", "WON", "LOST", "APPEALED", "WITHDRAWN"] as const;
export type LegalActionState = (typeof LEGAL_ACTION_STATUSES)[number];

/** The status changes that ask for confirmation first. */
export const CONFIRMED_INTENTS: readonly string[] = ["close", "deliver"];

export const PRESET_AMOUNTS = [10, 25, 50, 100] as const;

/** What a tax deduction of 66% leaves a donor to pay, in cents. */
export function costAfterDeduction(cents: number) {
  return Math.round(cents * 0.34);
}

export const DONATION_KINDS = ["ONE_OFF", "MONTHLY"] as const;

export const DONATION_STATUSES = ["PENDING", "PAID", "FAILED", "REFUNDED"] as const;
