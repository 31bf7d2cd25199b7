// Seats and the waiting list (issue 25). Every change of an event's seats runs in a transaction
// that first locks the event's row (SELECT … FOR UPDATE): confirmations, cancellations and a
// capacity raised are then applied one after the other, so the number of CONFIRMED never exceeds
// the capacity and the waiting list moves in its order (waitingSince, then id), nobody skipped.
import { queueEmail } from "~/models/email-message.server";
import { decrypt } from "~/utils/crypto.server";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import type { Tx } from "~/utils/jobs.server";

export const eventUrl = (slug: string) => `${env().PUBLIC_URL}/agenda/${slug}`;
export const icsUrl = (slug: string) => `${env().PUBLIC_URL}/agenda/${slug}.ics`;
export const personalUrl = (token: string) => `${env().PUBLIC_URL}/inscription/${token}`;

/** Locks the event row for the rest of the transaction; null if it does not exist. */
export async function lockEvent(tx: Tx, eventId: string) {
  const [row] = await tx.$queryRaw<
    { id: string; capacity: number | null; status: string; starts_at: Date; registration: boolean; published_at: Date | null }[]
  >`
    SELECT id::text, capacity, status::text, starts_at, registration, published_at FROM event WHERE id = ${eventId}::uuid FOR UPDATE`;
  return row ?? null;
}

/** The facts every event email carries. */
export async function emailFacts(tx: Pick<Tx, "event">, eventId: string) {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { slug: true, title: true, startsAt: true, endsAt: true, address: true, commune: { select: { name: true } } },
  });
  return {
    eventTitle: event.title,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    place: event.address ? [event.address, event.commune?.name].filter(Boolean).join(", ") : null,
    eventUrl: eventUrl(event.slug),
    icsUrl: icsUrl(event.slug),
  };
}

/** Seats taken (CONFIRMED) and people waiting, under the caller's lock. */
export async function seatCounts(tx: Tx, eventId: string) {
  const [row] = await tx.$queryRaw<{ confirmed: number; waiting: number }[]>`
    SELECT count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed, count(*) FILTER (WHERE status = 'WAITING')::int AS waiting
    FROM event_registration WHERE event_id = ${eventId}::uuid`;
  return row;
}

/**
 * Gives the free seats to the first people waiting, in order, and tells each one ("a seat freed:
 * you are registered", outbox key event-promoted/<registration>/<promotion time>). The caller
 * holds the event's lock. Returns how many moved up.
 */
export async function promoteWaiting(tx: Tx, eventId: string, now = new Date()) {
  const event = await lockEvent(tx, eventId);
  if (!event || event.status !== "SCHEDULED" || event.starts_at <= now) return 0;
  const { confirmed } = await seatCounts(tx, eventId);
  const free = event.capacity === null ? Number.MAX_SAFE_INTEGER : event.capacity - confirmed;
  if (free <= 0) return 0;
  const next = await tx.eventRegistration.findMany({
    where: { eventId, status: "WAITING" },
    orderBy: [{ waitingSince: "asc" }, { id: "asc" }],
    take: Math.min(free, 10_000),
    select: { id: true, email: true, lang: true, tokenSealed: true },
  });
  if (!next.length) return 0;
  await tx.eventRegistration.updateMany({ where: { id: { in: next.map((row) => row.id) } }, data: { status: "CONFIRMED", promotedAt: now } });
  const facts = await emailFacts(tx, eventId);
  for (const row of next) {
    if (!row.email || !row.tokenSealed) continue;
    await queueEmail(tx, {
      key: `event-promoted/${row.id}/${now.getTime()}`,
      template: "event-registration",
      to: decrypt(row.email),
      lang: row.lang as Lang,
      props: { variant: "moved-up", url: personalUrl(decrypt(row.tokenSealed)), ...facts },
    });
  }
  return next.length;
}
