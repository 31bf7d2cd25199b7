// The Stripe SDK, configured from the environment. STRIPE_API_BASE_URL (tests, development)
// points it at a local stand-in over HTTP; in production it talks to api.stripe.com.
import Stripe from "stripe";
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

/** The event, or null when the signature does not match the raw body. */
export function verifyStripeEvent(rawBody: string, signature: string | null): Stripe.Event | null {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret || !signature) return null;
  try {
    return stripe().webhooks.constructEvent(rawBody, signature, secret);
  } catch {
    return null;
  }
}

export type { Stripe };
