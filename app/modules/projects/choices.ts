// The kinds and statuses that project and company forms offer and pages show, apart from the Zod
// schemas that check them: the browser imports these, never Zod.

/** Kinds of surveillance technology, in the order the forms and the dossier list them. */
export const PROJECT_KINDS = ["VIDEO_ANALYTICS", "FACIAL_RECOGNITION", "DRONES", "SOUND_SENSORS", "PREDICTIVE_POLICING", "DATA_PLATFORM", "OTHER"] as const;
export type ProjectKindName = (typeof PROJECT_KINDS)[number];

/** Where a published project stands, in the order the forms and the map list them. */
export const PROJECT_STATUSES = ["ANNOUNCED", "TRIAL", "DEPLOYED", "ABANDONED", "BANNED"] as const;
export type ProjectStatusName = (typeof PROJECT_STATUSES)[number];

export const COMPANY_KINDS = ["VENDOR", "INTEGRATOR", "PUBLIC_BODY", "RESEARCH_LAB"] as const;
export type CompanyKindName = (typeof COMPANY_KINDS)[number];
