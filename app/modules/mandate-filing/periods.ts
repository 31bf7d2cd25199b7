// How long the mandates of a filed complaint keep their identities (issue 26, item 5): read by the
// retention rules (privacy.server.ts), printed by the privacy policy and explained in
// docs/decisions/0027-mandates.md. No server code, so that anything may import it.

/**
 * Identities are erased when the legal organizer records the end of the procedure, and at the
 * latest this many years after the filing. Six years covers the longest course we expect: the
 * authority's handling of a collective complaint (commonly one to two years, more in cross-border
 * cases), then a challenge of its decision before the Conseil d’État and a possible preliminary
 * ruling of the Court of Justice of the EU (each about a year and a half), during which the
 * association must still be able to prove each mandate it acts under.
 */
export const MANDATE_IDENTITIES_AFTER_FILING_YEARS = 6;

/** The date after which a campaign filed at `filedAt` has its identities erased. */
export function identitiesDueAt(filedAt: Date) {
  const due = new Date(filedAt);
  due.setUTCFullYear(due.getUTCFullYear() + MANDATE_IDENTITIES_AFTER_FILING_YEARS);
  return due;
}

/** The filing date (`filedAt`) before which a campaign is due for erasure at `now`. */
export function filedBeforeForErasure(now: Date) {
  const before = new Date(now);
  before.setUTCFullYear(before.getUTCFullYear() - MANDATE_IDENTITIES_AFTER_FILING_YEARS);
  return before;
}

/** Emails queued per job of the "filed" notice. */
export const FILED_NOTICE_BATCH = 500;
