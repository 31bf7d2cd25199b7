// Newsletter subscriptions: double opt-in, one-click unsubscribe, suppression on bounces and
// complaints. The address is encrypted; lookups use a blind index of the canonical address.
import type { SubscriberStatus } from "~/generated/prisma/client";
import { blindIndex, decrypt, encrypt, keyedIndex } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { canonicalEmail } from "~/utils/email-address";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import type { Tx } from "~/utils/jobs.server";
import type { SubscriptionSource } from "./schema";
import { queueEmail } from "~/models/email-message.server";
import { fail, ok, type Ok, type Result } from "~/utils/result";
import { isUuid } from "~/utils/uuid";
import { newToken, hashToken, safeEqual } from "~/utils/tokens.server";
import { subscriberIs, subscriberStates } from "./states";

/** Who receives digests. */
/** At most this many confirmation emails while a subscription is pending. */
export const MAX_CONFIRMATION_EMAILS = 3;

export const subscriberIndexFor = (email: string) => keyedIndex("subscriber-email", canonicalEmail(email));

/**
 * The token in every newsletter email's unsubscribe link: the subscriber's id and a keyed
 * hash of it. Nothing to store, and it keeps working for every email ever sent.
 */
export function unsubscribeToken(subscriberId: string) {
  return `${subscriberId}.${blindIndex(`unsubscribe:${subscriberId}`).slice(0, 32)}`;
}

function subscriberIdFromToken(token: string) {
  const [id, mac] = token.split(".");
  if (!id || !mac || !isUuid(id)) return null;
  return safeEqual(token, unsubscribeToken(id)) ? id : null;
}

export function unsubscribeUrl(token: string) {
  return `${env().PUBLIC_URL}/lettre/desabonnement/${token}`;
}

/** The List-Unsubscribe header's URL: RFC 8058's one-click POST, a resource route. */
export function oneClickUnsubscribeUrl(token: string) {
  return `${env().PUBLIC_URL}/lettre/desabonnement/un-clic/${token}`;
}

/**
 * Records a subscription request in the caller's transaction. A new or unsubscribed address
 * becomes pending and (unless `sendConfirmation` is false) gets a confirmation link; a pending
 * one gets a fresh link, within the cap; a confirmed, bounced or complaining address is left as
 * it is. The caller answers the same in every case: always ok, with the pending subscription's
 * `id` (absent when the address is left as it is).
 */
export async function requestSubscription(
  tx: Tx,
  { email, lang, source, sendConfirmation = true }: { email: string; lang: Lang; source: SubscriptionSource; sendConfirmation?: boolean },
): Promise<Ok<{ id?: string }>> {
  const token = newToken();
  const emailIndex = subscriberIndexFor(email);
  // One email per (subscriber, token): the key tells the pending periods and reminders apart.
  const confirmation = (id: string) =>
    queueEmail(tx, {
      key: `newsletter-confirm/${id}/${hashToken(token).slice(0, 16)}`,
      template: "newsletter-confirm",
      to: email,
      lang,
      props: { url: `${env().PUBLIC_URL}/lettre/confirmation/${token}` },
    });
  const inserted = await tx.subscriber.createManyAndReturn({
    data: { email: encrypt(email), emailIndex, lang, source, tokenHash: hashToken(token), emailsSent: sendConfirmation ? 1 : 0 },
    skipDuplicates: true,
    select: { id: true },
  });
  if (inserted.length === 1) {
    if (sendConfirmation) await confirmation(inserted[0].id);
    return ok({ id: inserted[0].id });
  }
  // Known address: the row is locked so that concurrent requests count right.
  const [existing] = await tx.$queryRaw<{ id: string; status: SubscriberStatus; emails_sent: number }[]>`
    SELECT id::text, status, emails_sent FROM subscriber WHERE email_index = ${emailIndex} FOR UPDATE`;
  if (!existing) return ok();
  if (subscriberIs(existing.status, "restartable")) {
    const restart = existing.status === "UNSUBSCRIBED";
    const sent = restart ? 0 : existing.emails_sent;
    if (sendConfirmation && sent >= MAX_CONFIRMATION_EMAILS) return ok({ id: existing.id });
    const next = sendConfirmation ? sent + 1 : sent;
    await tx.subscriber.update({
      where: { id: existing.id },
      data: {
        status: "PENDING",
        lang,
        tokenHash: hashToken(token),
        emailsSent: next,
        // A fresh pending period: the 7-day clock starts again.
        ...(restart ? { createdAt: new Date(), unsubscribedAt: null, source, email: encrypt(email) } : {}),
      },
    });
    if (sendConfirmation) await confirmation(existing.id);
    return ok({ id: existing.id });
  }
  return ok();
}

export async function subscribe(input: { email: string; lang: Lang; source: SubscriptionSource }): Promise<Ok<{ id?: string }>> {
  return db().$transaction((tx) => requestSubscription(tx, input));
}

/** The POST behind the emailed link. Confirming twice is harmless. */
export async function confirmSubscription({ token }: { token: string }): Promise<Result<{ unsubscribeToken: string }, "unknown" | "inactive">> {
  const subscriber = await db().subscriber.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, status: true } });
  if (!subscriber) return fail("unknown");
  if (subscriber.status === "PENDING") {
    await db().subscriber.updateMany({ where: { id: subscriber.id, status: "PENDING" }, data: { status: "CONFIRMED", confirmedAt: new Date() } });
  } else if (subscriber.status !== "CONFIRMED") {
    return fail("inactive");
  }
  return ok({ unsubscribeToken: unsubscribeToken(subscriber.id) });
}

/**
 * A signer who ticked "receive the newsletter" and then confirmed their signature with the
 * emailed link has proved the address: their pending subscription is confirmed at once.
 */
export async function confirmSubscriptionFromSignature(tx: Tx, { email }: { email: string }) {
  await tx.subscriber.updateMany({
    where: { emailIndex: subscriberIndexFor(email), status: "PENDING" },
    data: { status: "CONFIRMED", confirmedAt: new Date() },
  });
}

/**
 * Addresses already proved by their own double opt-in elsewhere (a confirmed mandate whose text
 * says its mandators receive the legal action's news), subscribed in the caller's transaction
 * without a confirmation email: a new address is confirmed at once, a pending one is confirmed,
 * and an address that left (unsubscribed, bounced, complained) is left alone. Returns, per
 * address as given, the subscriber's id when the address now receives the digests, else null.
 */
export async function subscribeProvenAddresses(
  tx: Tx,
  people: { email: string; lang: Lang }[],
  { source }: { source: SubscriptionSource },
): Promise<(string | null)[]> {
  if (people.length === 0) return [];
  const indexes = people.map((person) => subscriberIndexFor(person.email));
  const now = new Date();
  await tx.subscriber.createMany({
    data: people.map((person, at) => ({
      email: encrypt(person.email),
      emailIndex: indexes[at],
      lang: person.lang,
      source,
      status: "CONFIRMED" as const,
      confirmedAt: now,
    })),
    skipDuplicates: true,
  });
  await tx.subscriber.updateMany({ where: { emailIndex: { in: indexes }, status: "PENDING" }, data: { status: "CONFIRMED", confirmedAt: now } });
  const rows = await tx.subscriber.findMany({ where: { emailIndex: { in: indexes } }, select: { id: true, emailIndex: true, status: true } });
  const byIndex = new Map(rows.map((row) => [row.emailIndex, row]));
  return indexes.map((index) => {
    const row = byIndex.get(index);
    return row?.status === "CONFIRMED" ? row.id : null;
  });
}

/** What the unsubscribe page shows: the state and language, never the address. */
export async function getSubscriptionByToken({ token }: { token: string }) {
  const id = subscriberIdFromToken(token);
  if (!id) return null;
  return db().subscriber.findUnique({ where: { id }, select: { id: true, status: true, lang: true } });
}

/** One-click unsubscribe (RFC 8058) and the page's button. Doing it twice is harmless. */
export async function unsubscribe({ token }: { token: string }): Promise<Result<object, "unknown">> {
  const id = subscriberIdFromToken(token);
  if (!id) return fail("unknown");
  await db().subscriber.updateMany({
    where: { id, status: { in: subscriberStates("active") } },
    data: { status: "UNSUBSCRIBED", unsubscribedAt: new Date() },
  });
  return ok();
}

export async function changeSubscriptionLang({ token, lang }: { token: string; lang: Lang }): Promise<Result<object, "unknown">> {
  const id = subscriberIdFromToken(token);
  if (!id) return fail("unknown");
  await db().subscriber.updateMany({ where: { id }, data: { lang } });
  return ok();
}

/** A hard bounce or a complaint: this address never receives another digest. */
export async function suppressAddress(tx: Tx, { email, reason }: { email: string; reason: "BOUNCED" | "COMPLAINED" }) {
  const { count } = await tx.subscriber.updateMany({
    where: { emailIndex: subscriberIndexFor(email), status: { not: "COMPLAINED" } },
    data: { status: reason, suppressedAt: new Date() },
  });
  return count;
}

/** Counts per state, for /admin. */
export async function subscriberCounts() {
  const rows = await db().subscriber.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all])) as Partial<Record<SubscriberStatus, number>>;
}

/** Decrypts the addresses of a batch of subscribers (digest sending). */
export function subscriberAddress(sealed: string) {
  return decrypt(sealed);
}
