// How long the newsletter keeps what it holds: read by the retention rules (privacy.server.ts),
// printed by the privacy policy; no server code, so that anything may import it.

/** Unsubscribed, bounced or complaining addresses: reduced to the suppression hash after this many days. */
export const SUBSCRIBER_SUPPRESSION_DAYS = 1;
/** Which subscriber received which digest. */
export const DIGEST_DELIVERY_DAYS = 90;
