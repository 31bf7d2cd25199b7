// How long donations keep what they hold: read by the retention rules (privacy.server.ts), printed
// by the privacy policy, and by tests; no server code, so that anything may import it.

/**
 * Donations, donors and tax receipts: six years from the end of the year of the gift or receipt
 * (Livre des procédures fiscales, art. L102 E: documents that justify receipts), then erased.
 */
export const DONATION_YEARS = 6;
/** Unpaid checkouts (they may hold a name and an address). */
export const DONATION_CHECKOUT_DAYS = 7;
/** Processed Stripe event ids (replays of older events are refused by Stripe's signature tolerance anyway). */
export const STRIPE_EVENT_DAYS = 90;

/** The first instant after the keeping period of something dated `date` (end of its year + `years`). */
export function donationCutoff(now: Date, years = DONATION_YEARS) {
  // Something dated in year Y is kept until 31 December of Y + years: delete what is before 1 January of (now's year - years).
  return new Date(Date.UTC(now.getUTCFullYear() - years, 0, 1));
}
