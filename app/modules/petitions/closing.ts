/**
 * How long after closing a signature made before it can still be confirmed and count (issue 28;
 * the UK Parliament's e-petitions allow about a day). Shown in the organizers' form.
 */
export const GRACE_PERIOD_HOURS = 24;
