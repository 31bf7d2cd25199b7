// Webhook bodies that carry a valid signature but are not the events they should be (issue 29):
// whoever holds a webhook secret can send them, a bug on the sender's side too. Each must be
// answered 4xx, never 500 (which the sender retries for days). Shared by the Vitest tests of the
// handlers and the hostile project, which posts them to the running site.
import Stripe from "stripe";
import { Webhook } from "svix";

const NUL = "\u0000";
const event = (fields: Record<string, unknown>) =>
  JSON.stringify({ id: "evt_malformed", type: "checkout.session.completed", created: 1_700_000_000, data: { object: { id: "cs_x" } }, ...fields });

/** Not events at all. */
const NOT_EVENTS = ["", "not json", '{"type":', "null", "[]", '"email.bounced"', "{}"];

/** Bodies the Resend webhook cannot act on. */
export const MALFORMED_RESEND_BODIES = [
  ...NOT_EVENTS,
  JSON.stringify({ type: `email.bounced${NUL}`, data: { to: [`a@example.org`], bounce: { type: "Permanent" } } }),
  JSON.stringify({ type: "email.bounced", data: { to: { nested: true }, bounce: "Permanent" } }),
  JSON.stringify({ type: "email.bounced", data: { to: ["x".repeat(5000)], bounce: { type: "Permanent" } } }),
  JSON.stringify({ type: "email.bounced", data: null }),
];

/** Bodies the Stripe webhook cannot act on. */
export const MALFORMED_STRIPE_BODIES = [
  ...NOT_EVENTS,
  '{"type":"email.bounced"}',
  event({ id: `evt_${NUL}` }),
  event({ id: "x".repeat(5000) }),
  event({ type: 42 }),
  event({ created: "yesterday" }),
  event({ data: null }),
  event({ data: { object: {} } }),
  event({ type: "customer.subscription.deleted", data: { object: { id: null } } }),
  event({ type: "charge.refunded", data: { object: "ch_x" } }),
];

const stripeSigner = new Stripe("sk_test_signer");

/** Headers that Stripe would send with `body`, signed with `secret`. */
export function stripeSignedHeaders(body: string, secret: string) {
  return { "stripe-signature": stripeSigner.webhooks.generateTestHeaderString({ payload: body, secret }), "content-type": "application/json" };
}

/** Headers that Resend (Svix) would send with `body`, signed with `secret`. */
export function svixSignedHeaders(body: string, secret: string, id = `msg_${Math.random().toString(36).slice(2)}`) {
  const timestamp = new Date();
  return {
    "svix-id": id,
    "svix-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "svix-signature": new Webhook(secret).sign(id, timestamp, body),
    "content-type": "application/json",
  };
}
