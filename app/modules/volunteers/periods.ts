// How long volunteers' profiles are kept: read by the retention rules (privacy.server.ts), printed
// by the privacy policy; no server code, so that anything may import it.

/** Confirmed volunteers with no activity for this long are asked whether to stay… */
export const VOLUNTEER_INACTIVE_DAYS = 730;
/** …and deleted this long after the question without an answer. */
export const VOLUNTEER_STAY_ANSWER_DAYS = 30;
