// How long the site keeps each kind of personal data: the one place these durations are
// written (a feature module writes its own in its privacy.server.ts). The nightly retention job
// (app/jobs/retention.server.ts) deletes by them, and the privacy policy (/confidentialite)
// prints them, so the two cannot drift apart.
// Browser-safe: no server imports.

export const DAY_MS = 24 * 3600_000;

/** Unconfirmed submissions (signatures, reports, volunteers, subscriptions, unpaid checkouts). */
export const UNCONFIRMED_DAYS = 7;
/** Signatures: kept until one year after the petition is delivered (or closed without delivery). */
export const SIGNATURE_AFTER_PETITION_DAYS = 365;
/** Reporters' addresses: erased this many days after the report is decided (published, declined, merged). */
export const REPORTER_EMAIL_AFTER_DECISION_DAYS = 1;
/** Emails: the record of a sent email (encrypted address and content). */
export const EMAIL_SENT_DAYS = 30;
/** Organizers' audit trail. */
export const AUDIT_ENTRY_DAYS = 365;
/** Organizers removed from the team: their address is deleted after this many days. */
export const DISABLED_ORGANIZER_DAYS = 365;
/** "My data" links: valid for an hour, deleted a day after they expire. */
export const DATA_ACCESS_LINK_MINUTES = 60;
export const DATA_ACCESS_LINK_DAYS = 1;
/**
 * Requests for a petition (issue 17): unconfirmed ones go after UNCONFIRMED_DAYS; confirmed ones
 * this many days after they were made, or this many days after a petition opened in their
 * commune (what they asked for exists).
 */
export const PETITION_REQUEST_DAYS = 365;
export const PETITION_REQUEST_AFTER_OPEN_DAYS = 30;

export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** One rule of the retention registry (app/jobs/retention.server.ts). */
export type RetentionRule = {
  /** What is deleted, for the logs: "email messages older than 30 days". */
  name: string;
  /** The Prisma models (schema names) whose rows the rule deletes or reduces. */
  models?: string[];
  /** Deletes what is due and returns how many rows went. */
  run: (now: Date) => Promise<number>;
};
