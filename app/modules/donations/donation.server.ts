// Donations through Stripe Checkout. Nothing is paid until Stripe's webhook says so: /don only
// records what the visitor chose (donation_checkout) and sends them to Checkout. Each webhook
// event is recorded under its id in the same transaction as its effect (a replay does nothing),
// and objects whose state matters are re-read from Stripe, so events may arrive in any order.
import { createHmac } from "node:crypto";
import type { DonationStatus } from "~/generated/prisma/client";
import type { DonationInput } from "~/modules/donations/schema";
import { decrypt, encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { isLang, translator, type Lang } from "~/utils/i18n";
import type { Tx } from "~/utils/jobs.server";
import { stripe, type Stripe } from "~/utils/stripe.server";
import { queueEmail } from "~/models/email-message.server";
import { donorIndexFor } from "~/modules/petitions/signature-index.server";
import { ok, type Ok } from "~/utils/result";
import { safeEqual } from "~/utils/tokens.server";

export type ReceiptIdentity = { name: string; address: string; postcode: string; city: string };
const DAY = 24 * 3600_000;
const PORTAL_LINK_DAYS = 30;

export const readIdentity = (sealed: string | null): ReceiptIdentity | null => (sealed ? (JSON.parse(decrypt(sealed)) as ReceiptIdentity) : null);

/** Records the visitor's choice and creates the Checkout Session (idempotency key: the checkout's id). Returns Checkout's URL. */
export async function startCheckout({ input, lang }: { input: DonationInput; lang: Lang }) {
  const checkout = await db().donationCheckout.create({
    data: {
      kind: input.kind,
      amount: input.amount,
      lang,
      receiptIdentity: input.receiptIdentity ? encrypt(JSON.stringify(input.receiptIdentity)) : null,
    },
  });
  const monthly = input.kind === "MONTHLY";
  const base = env().PUBLIC_URL;
  const t = translator(lang);
  const metadata = { checkout_id: checkout.id };
  const session = await stripe().checkout.sessions.create(
    {
      mode: monthly ? "subscription" : "payment",
      client_reference_id: checkout.id,
      locale: lang,
      metadata,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: "eur",
            unit_amount: input.amount,
            product_data: { name: t(monthly ? "donate.product.monthly" : "donate.product.oneOff") },
            ...(monthly ? { recurring: { interval: "month" as const } } : {}),
          },
        },
      ],
      ...(monthly ? { subscription_data: { metadata } } : { payment_intent_data: { metadata } }),
      success_url: `${base}/don/merci?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${base}/don/annule`,
    },
    { idempotencyKey: `checkout/${checkout.id}` },
  );
  await db().donationCheckout.update({ where: { id: checkout.id }, data: { sessionId: session.id } });
  if (!session.url) throw new Error(`Checkout session ${session.id} has no URL`);
  return session.url;
}

/** What the success page shows: the donation once Stripe has confirmed it, else "being confirmed". */
export async function checkoutOutcome({ sessionId }: { sessionId: string }) {
  const checkout = await db().donationCheckout.findUnique({ where: { sessionId }, select: { kind: true, amount: true, completedAt: true } });
  return checkout ? { kind: checkout.kind, amount: checkout.amount, confirmed: checkout.completedAt !== null } : null;
}

// ---- the customer portal link (monthly donors) ----

function portalSignature(payload: string) {
  return createHmac("sha256", `donor-portal:${env().SESSION_SECRET}`).update(payload).digest("base64url");
}

export function portalUrl(donorId: string, now = Date.now()) {
  const payload = `${donorId}.${now + PORTAL_LINK_DAYS * DAY}`;
  return `${env().PUBLIC_URL}/don/gerer/${payload}.${portalSignature(payload)}`;
}

/** The donor's Stripe customer id for a genuine, unexpired link; null otherwise. */
export async function portalCustomer({ token, now = Date.now() }: { token: string; now?: number }) {
  const [donorId, expires, signature = ""] = token.split(".");
  if (!safeEqual(signature, portalSignature(`${donorId}.${expires}`)) || Number(expires) < now) return null;
  const donor = await db().donor.findUnique({ where: { id: donorId }, select: { stripeCustomerId: true } });
  return donor?.stripeCustomerId ?? null;
}

export async function openPortal({ customerId }: { customerId: string }) {
  const session = await stripe().billingPortal.sessions.create({ customer: customerId, return_url: `${env().PUBLIC_URL}/don` });
  return session.url;
}

/**
 * "Manage my monthly donation": an email with a link if the address is a monthly donor's. Always
 * ok (the caller answers the same either way); `sent` is for tests.
 */
export async function requestPortalLink({ email, lang }: { email: string; lang: Lang }): Promise<Ok<{ sent: boolean }>> {
  const donor = await db().donor.findUnique({
    where: { emailIndex: donorIndexFor(email) },
    select: { id: true, stripeCustomerId: true, _count: { select: { subscriptions: true } } },
  });
  if (!donor?.stripeCustomerId || donor._count.subscriptions === 0) return ok({ sent: false });
  await db().$transaction((tx) =>
    queueEmail(tx, {
      key: `donation-portal/${donor.id}/${Date.now()}`,
      template: "donation-portal",
      to: email,
      lang,
      props: { url: portalUrl(donor.id), days: PORTAL_LINK_DAYS },
    }),
  );
  return ok({ sent: true });
}

// ---- webhooks ----

type Effect = ((tx: Tx) => Promise<void>) | null;
export type EventOutcome = "processed" | "duplicate" | "retry";

const id = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

/** Processes one verified event exactly once. "retry": an object it depends on is not known yet (Stripe sends it again later). */
export async function processStripeEvent(event: Stripe.Event): Promise<EventOutcome> {
  if (await db().stripeEvent.findUnique({ where: { id: event.id }, select: { id: true } })) return "duplicate";
  const effect = await prepare(event);
  if (effect === "retry") return "retry";
  try {
    return await db().$transaction(async (tx) => {
      const recorded = await tx.stripeEvent.createMany({ data: { id: event.id, type: event.type }, skipDuplicates: true });
      if (recorded.count === 0) return "duplicate" as const;
      await effect?.(tx);
      return "processed" as const;
    });
  } catch (error) {
    if (error instanceof RetryLater) return "retry";
    throw error;
  }
}

class RetryLater extends Error {}

/** Network reads first (outside the transaction), then a function that applies the effect. */
async function prepare(event: Stripe.Event): Promise<Effect | "retry"> {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
    case "checkout.session.async_payment_failed": {
      const session = await stripe().checkout.sessions.retrieve(event.data.object.id);
      const checkoutId = session.client_reference_id ?? session.metadata?.checkout_id;
      const email = session.customer_details?.email ?? session.customer_email;
      if (!checkoutId || !email) return null;
      if (session.mode === "subscription") {
        const subscriptionId = id(session.subscription);
        if (!subscriptionId) return null;
        return async (tx) => void (await ensureSubscription(tx, { subscriptionId, checkoutId, email, customerId: id(session.customer) }));
      }
      const status: DonationStatus =
        event.type === "checkout.session.async_payment_failed" ? "FAILED" : session.payment_status === "unpaid" ? "PENDING" : "PAID";
      return (tx) =>
        recordOneOff(tx, { sessionId: session.id, checkoutId, email, status, paymentIntentId: id(session.payment_intent), customerId: id(session.customer) });
    }
    case "invoice.paid": {
      const invoice = await stripe().invoices.retrieve(event.data.object.id!, { expand: ["payments"] });
      const subscriptionId = id(invoice.parent?.subscription_details?.subscription);
      if (!subscriptionId || !invoice.id) return null;
      const subscription = await stripe().subscriptions.retrieve(subscriptionId);
      const checkoutId = subscription.metadata?.checkout_id;
      const email = invoice.customer_email;
      if (!checkoutId || !email) return null;
      const paymentIntentId = id(invoice.payments?.data[0]?.payment?.payment_intent);
      const invoiceId = invoice.id;
      const paidAt = invoice.status_transitions?.paid_at ? new Date(invoice.status_transitions.paid_at * 1000) : new Date();
      return async (tx) => {
        const { subscription: row, donor } = await ensureSubscription(tx, { subscriptionId, checkoutId, email, customerId: id(subscription.customer) });
        const created = await tx.donation.createManyAndReturn({
          data: {
            kind: "MONTHLY",
            status: "PAID",
            amount: invoice.amount_paid,
            donorId: donor.id,
            subscriptionId: row.id,
            stripeInvoiceId: invoiceId,
            stripePaymentIntentId: paymentIntentId,
            paidAt,
          },
          skipDuplicates: true,
          select: { id: true },
        });
        if (created.length === 1) await queueThanks(tx, created[0].id);
      };
    }
    case "invoice.payment_failed": {
      const subscriptionId = id(event.data.object.parent?.subscription_details?.subscription);
      if (!subscriptionId) return null;
      return async (tx) => {
        await tx.donationSubscription.updateMany({ where: { stripeSubscriptionId: subscriptionId, status: "ACTIVE" }, data: { status: "PAST_DUE" } });
      };
    }
    case "customer.subscription.deleted": {
      const subscriptionId = event.data.object.id;
      return async (tx) => {
        const updated = await tx.donationSubscription.updateMany({
          where: { stripeSubscriptionId: subscriptionId },
          data: { status: "CANCELED", canceledAt: new Date(event.created * 1000) },
        });
        if (updated.count === 0) throw new RetryLater();
      };
    }
    case "charge.refunded": {
      const charge = event.data.object;
      const paymentIntentId = id(charge.payment_intent);
      if (!paymentIntentId || !charge.refunded) return null;
      return async (tx) => {
        const donation = await tx.donation.findUnique({ where: { stripePaymentIntentId: paymentIntentId }, select: { id: true } });
        if (!donation) throw new RetryLater();
        await tx.donation.updateMany({ where: { id: donation.id, status: "PAID" }, data: { status: "REFUNDED", refundedAt: new Date(event.created * 1000) } });
      };
    }
    default:
      return null;
  }
}

async function upsertDonor(tx: Tx, { email, lang, identity, customerId }: { email: string; lang: Lang; identity: string | null; customerId: string | null }) {
  const emailIndex = donorIndexFor(email);
  const update = { ...(identity ? { receiptIdentity: identity } : {}), ...(customerId ? { stripeCustomerId: customerId } : {}) };
  return tx.donor.upsert({
    where: { emailIndex },
    create: { email: encrypt(email), emailIndex, lang, receiptIdentity: identity, stripeCustomerId: customerId },
    update,
    select: { id: true },
  });
}

async function loadCheckout(tx: Tx, checkoutId: string) {
  const checkout = await tx.donationCheckout.findUnique({ where: { id: checkoutId } });
  if (!checkout) throw new RetryLater();
  await tx.donationCheckout.updateMany({ where: { id: checkoutId, completedAt: null }, data: { completedAt: new Date() } });
  return { ...checkout, lang: isLang(checkout.lang) ? checkout.lang : ("fr" as const) };
}

async function ensureSubscription(
  tx: Tx,
  { subscriptionId, checkoutId, email, customerId }: { subscriptionId: string; checkoutId: string; email: string; customerId: string | null },
) {
  const checkout = await loadCheckout(tx, checkoutId);
  const donor = await upsertDonor(tx, { email, lang: checkout.lang, identity: checkout.receiptIdentity, customerId });
  await tx.donationSubscription.createMany({
    data: { stripeSubscriptionId: subscriptionId, donorId: donor.id, amount: checkout.amount },
    skipDuplicates: true,
  });
  const subscription = await tx.donationSubscription.findUniqueOrThrow({ where: { stripeSubscriptionId: subscriptionId }, select: { id: true } });
  return { subscription, donor };
}

/** Moves only forward: PENDING → PAID or FAILED. The thank-you email goes with the move to PAID. */
async function recordOneOff(
  tx: Tx,
  input: { sessionId: string; checkoutId: string; email: string; status: DonationStatus; paymentIntentId: string | null; customerId: string | null },
) {
  const checkout = await loadCheckout(tx, input.checkoutId);
  const donor = await upsertDonor(tx, { email: input.email, lang: checkout.lang, identity: checkout.receiptIdentity, customerId: null });
  const paidAt = input.status === "PAID" ? new Date() : null;
  await tx.donation.createMany({
    data: {
      kind: "ONE_OFF",
      status: "PENDING",
      amount: checkout.amount,
      donorId: donor.id,
      stripeCheckoutSessionId: input.sessionId,
      stripePaymentIntentId: input.paymentIntentId,
    },
    skipDuplicates: true,
  });
  const [row] = await tx.$queryRaw<{ id: string; status: DonationStatus }[]>`
    SELECT id::text, status FROM donation WHERE stripe_checkout_session_id = ${input.sessionId} FOR UPDATE`;
  if (row.status !== "PENDING" || input.status === "PENDING") return;
  await tx.donation.update({ where: { id: row.id }, data: { status: input.status, paidAt } });
  if (input.status === "PAID") await queueThanks(tx, row.id);
}

async function queueThanks(tx: Tx, donationId: string) {
  const donation = await tx.donation.findUniqueOrThrow({
    where: { id: donationId },
    select: { id: true, kind: true, amount: true, donor: { select: { id: true, email: true, lang: true, receiptIdentity: true, stripeCustomerId: true } } },
  });
  const { donor } = donation;
  await queueEmail(tx, {
    key: `donation-thanks/${donation.id}`,
    template: "donation-thanks",
    to: decrypt(donor.email),
    lang: donor.lang,
    props: {
      amount: donation.amount,
      monthly: donation.kind === "MONTHLY",
      portalUrl: donation.kind === "MONTHLY" && donor.stripeCustomerId ? portalUrl(donor.id) : null,
      receipt: env().RECEIPTS_ENABLED && donor.receiptIdentity !== null,
    },
  });
}
