import type { ActionFunctionArgs } from "@remix-run/node";
import { processStripeEvent } from "~/modules/donations/donation.server";
import { stripeConfigured, verifyStripeEvent } from "~/utils/stripe.server";

/**
 * Stripe's webhook endpoint. The signature is checked on the raw body before anything is parsed
 * or recorded; each event is processed once (see processStripeEvent). 503 asks Stripe to send
 * the event again later (an object it depends on has not arrived yet).
 */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response(null, { status: 405 });
  if (!stripeConfigured()) return new Response("Not configured", { status: 404 });
  const raw = await request.text();
  const event = verifyStripeEvent(raw, request.headers.get("stripe-signature"));
  if (!event) return new Response("Invalid signature", { status: 400 });
  const outcome = await processStripeEvent(event);
  return Response.json({ received: true, outcome }, { status: outcome === "retry" ? 503 : 200 });
}

export function loader() {
  return new Response(null, { status: 405, headers: { Allow: "POST" } });
}
