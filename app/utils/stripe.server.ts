// The Stripe SDK, configured from the environment. STRIPE_API_BASE_URL (tests, development)
// points it at a local stand-in over HTTP; in production it talks to api.stripe.com.
import Stripe from "stripe";
import { z } from "zod";
import { env } from "./env.server";

let client: Stripe | undefined;

export function stripeConfigured() {
  return Boolean(env().STRIPE_SECRET_KEY);
}

export function stripe(): Stripe {
  if (client) return client;
  const { STRIPE_SECRET_KEY, STRIPE_API_BASE_URL } = env();
  if (!STRIPE_SECRET_KEY) throw new Error("STRIPE_SECRET_KEY is not set: online donations are not configured.");
  const base = STRIPE_API_BASE_URL ? new URL(STRIPE_API_BASE_URL) : undefined;
  client = new Stripe(STRIPE_SECRET_KEY, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(base
      ? { host: base.hostname, port: base.port || (base.protocol === "https:" ? 443 : 80), protocol: base.protocol === "https:" ? "https" : "http" }
      : {}),
  });
  return client;
}

const STRIPE_ID = z.string().regex(/^[\w-]{1,255}$/);
/**
 * What the handlers (app/modules/donations/donation.server.ts) read from every event. A signed body comes
 * from whoever holds the secret, but it is still data: an id with a NUL byte or an object without
 * an id would reach PostgreSQL, or filter nothing, and answer 500 on every retry.
 */
const EventEnvelope = z.object({
  id: STRIPE_ID,
  type: z.string().regex(/^[a-z_.]{1,100}$/),
  created: z.number().int().positive(),
  // Every object the site subscribes to (sessions, invoices, subscriptions, charges) has an id.
  data: z.object({ object: z.looseObject({ id: STRIPE_ID }) }),
});

/** The event, or null when the signature does not match the raw body or the body is not an event. */
export function verifyStripeEvent(rawBody: string, signature: string | null): Stripe.Event | null {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret || !signature) return null;
  let event: Stripe.Event;
  try {
    // Checks the signature, then parses the JSON (a SyntaxError for a signed body that is not).
    event = stripe().webhooks.constructEvent(rawBody, signature, secret);
  } catch {
    return null;
  }
  return EventEnvelope.safeParse(event).success ? event : null;
}

export type { Stripe };
