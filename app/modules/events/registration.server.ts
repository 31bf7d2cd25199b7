// Registering for an event without an account (issue 25): the form records a PENDING
// registration and emails the personal link; the button of the personal page confirms it (a
// seat if one is free, else the waiting list); the same page changes the name shown or cancels,
// and a seat given back goes to the first person waiting, in the same transaction. Identities
// are sealed (AES-256-GCM); the address's keyed index ("event-registration") allows one
// registration per person and event.
import { randomUUID } from "node:crypto";
import { queueEmail } from "~/models/email-message.server";
import { decrypt, encrypt, keyedIndex } from "~/utils/crypto.server";
import { parisDay } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { canonicalEmail } from "~/utils/email-address";
import type { Lang } from "~/utils/i18n";
import { fail, ok, type Result } from "~/utils/result";
import { hashToken, newToken } from "~/utils/tokens.server";
import type { RegistrationInput } from "./schema";
import { emailFacts, lockEvent, personalUrl, promoteWaiting } from "./seats.server";
import { EVENT_FACTS_SELECT } from "./select.server";
import { registrationIs, registrationStates } from "./states";

export const registrationIndexFor = (email: string) => keyedIndex("event-registration", canonicalEmail(email));

/** Whether an event takes registrations at an instant. */
export function isOpenForRegistration(event: { registration: boolean; status: string; publishedAt: Date | null; startsAt: Date }, now = new Date()) {
  return event.registration && event.status === "SCHEDULED" && event.publishedAt !== null && event.startsAt > now;
}

const PUBLIC_SELECT = {
  ...EVENT_FACTS_SELECT,
  onlineUrl: true,
  cancelledAt: true,
  commune: { select: { name: true, slug: true } },
  group: { select: { name: true, slug: true, publishedAt: true } },
} as const;

/** A published event as its public page shows it: counts, and only the names people chose to show. */
export async function publicEvent(slug: string, now = new Date()) {
  if (slug.length > 120) return null;
  const event = await db().event.findUnique({ where: { slug }, select: PUBLIC_SELECT });
  if (!event || !event.publishedAt) return null;
  const [counts, shown] = await Promise.all([
    db().eventRegistration.groupBy({ by: ["status"], where: { eventId: event.id, status: { in: registrationStates("active") } }, _count: true }),
    db().eventRegistration.findMany({
      where: { eventId: event.id, status: "CONFIRMED", showName: true, name: { not: null } },
      orderBy: [{ confirmedAt: "asc" }, { id: "asc" }],
      take: 200,
      select: { name: true },
    }),
  ]);
  const confirmed = counts.find((row) => row.status === "CONFIRMED")?._count ?? 0;
  const waiting = counts.find((row) => row.status === "WAITING")?._count ?? 0;
  const { onlineUrl, ...rest } = event;
  return {
    ...rest,
    online: onlineUrl !== null,
    group: event.group?.publishedAt ? { name: event.group.name, slug: event.group.slug } : null,
    confirmed,
    waiting,
    free: event.capacity === null ? null : Math.max(0, event.capacity - confirmed),
    names: shown.map((row) => decrypt(row.name!)),
    open: isOpenForRegistration(event, now),
  };
}

/** What the registration form's action needs of a published event (no counts, no names). */
export async function eventForRegistration(slug: string, now = new Date()) {
  if (slug.length > 120) return null;
  const event = await db().event.findUnique({
    where: { slug },
    select: { id: true, slug: true, registration: true, status: true, publishedAt: true, startsAt: true },
  });
  if (!event || !event.publishedAt) return null;
  return { id: event.id, slug: event.slug, open: isOpenForRegistration(event, now) };
}

export type RegisterError = "closed";

/**
 * Records a registration (PENDING) and its confirmation email in one transaction. The same
 * address again changes nothing but sends the personal link again (at most once a day); a
 * cancelled registration is opened again. The caller answers the same in every case.
 */
export async function registerForEvent({
  eventId,
  input,
  lang,
  now = new Date(),
}: {
  eventId: string;
  input: RegistrationInput;
  lang: Lang;
  now?: Date;
}): Promise<Result<{ repeat: boolean }, RegisterError>> {
  const event = await db().event.findUnique({ where: { id: eventId }, select: { registration: true, status: true, publishedAt: true, startsAt: true } });
  if (!event || !isOpenForRegistration(event, now)) return fail("closed");
  const emailIndex = registrationIndexFor(input.email);
  const token = newToken();
  const facts = await emailFacts(db(), eventId);
  return db().$transaction(async (tx) => {
    const id = randomUUID();
    const inserted = await tx.eventRegistration.createMany({
      data: {
        id,
        eventId,
        name: encrypt(input.name),
        email: encrypt(input.email),
        emailIndex,
        showName: input.showName,
        lang,
        tokenHash: hashToken(token),
        tokenSealed: encrypt(token),
        createdAt: now,
      },
      skipDuplicates: true,
    });
    if (inserted.count === 1) {
      await queueEmail(tx, {
        key: `event-registration/${id}/confirm`,
        template: "event-registration",
        to: input.email,
        lang,
        props: { variant: "confirm", url: personalUrl(token), ...facts },
      });
      return ok({ repeat: false });
    }
    const existing = await tx.eventRegistration.findUnique({
      where: { eventId_emailIndex: { eventId, emailIndex } },
      select: { id: true, status: true, tokenSealed: true },
    });
    if (!existing) return ok({ repeat: true });
    let personal = existing.tokenSealed ? decrypt(existing.tokenSealed) : token;
    if (existing.status === "CANCELLED" || !existing.tokenSealed) {
      // Registering again after cancelling: a new start, with a new link.
      personal = token;
      await tx.eventRegistration.update({
        where: { id: existing.id },
        data: {
          status: "PENDING",
          name: encrypt(input.name),
          email: encrypt(input.email),
          showName: input.showName,
          lang,
          tokenHash: hashToken(token),
          tokenSealed: encrypt(token),
          confirmedAt: null,
          waitingSince: null,
          promotedAt: null,
          cancelledAt: null,
          remindedAt: null,
          createdAt: now,
        },
      });
    }
    await queueEmail(tx, {
      key: `event-registration/${existing.id}/again/${parisDay(now)}`,
      template: "event-registration",
      to: input.email,
      lang,
      props: { variant: registrationIs(existing.status, "inactive") ? "confirm" : "again", url: personalUrl(personal), ...facts },
    });
    return ok({ repeat: true });
  });
}

/** A token as a URL gives it: anything longer or odder than ours designates nothing. */
const plausibleToken = (token: string) => token.length > 0 && token.length <= 100 && /^[A-Za-z0-9_-]+$/.test(token);

/** What the personal page shows; null for an unknown link. */
export async function registrationForToken(token: string, now = new Date()) {
  if (!plausibleToken(token)) return null;
  const row = await db().eventRegistration.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      name: true,
      showName: true,
      status: true,
      waitingSince: true,
      confirmedAt: true,
      eventId: true,
      event: { select: PUBLIC_SELECT },
    },
  });
  if (!row || row.name === null) return null;
  let position: number | null = null;
  if (row.status === "WAITING" && row.waitingSince) {
    position =
      (await db().eventRegistration.count({
        where: {
          eventId: row.eventId,
          status: "WAITING",
          OR: [{ waitingSince: { lt: row.waitingSince } }, { waitingSince: row.waitingSince, id: { lt: row.id } }],
        },
      })) + 1;
  }
  const { onlineUrl, ...event } = row.event;
  return {
    id: row.id,
    name: decrypt(row.name),
    showName: row.showName,
    status: row.status,
    position,
    event: {
      ...event,
      // The online link: only to a person holding a seat.
      onlineUrl: row.status === "CONFIRMED" ? onlineUrl : null,
      online: onlineUrl !== null,
      upcoming: event.status === "SCHEDULED" && event.startsAt > now,
    },
  };
}

export type ConfirmOutcome = "CONFIRMED" | "WAITING";

/**
 * The button of the emailed link. Under the event's lock: a seat if one is free (and nobody
 * waits for it), else the waiting list from now. Confirming twice is harmless.
 */
export async function confirmRegistration({
  token,
  now: given,
}: {
  token: string;
  now?: Date;
}): Promise<Result<{ status: ConfirmOutcome | "CANCELLED" | "PENDING" }, "unknown" | "closed">> {
  if (!plausibleToken(token)) return fail("unknown");
  const found = await db().eventRegistration.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, eventId: true, status: true, email: true, lang: true, tokenSealed: true },
  });
  if (!found || !found.email || !found.tokenSealed) return fail("unknown");
  if (found.status !== "PENDING") return ok({ status: found.status });
  // What the email needs, read before taking the lock: the lock is held for as short as possible.
  const facts = await emailFacts(db(), found.eventId);
  const to = decrypt(found.email);
  const url = personalUrl(decrypt(found.tokenSealed));
  return db().$transaction(async (tx) => {
    const event = await lockEvent(tx, found.eventId);
    // The confirmation time is read once the lock is held: the waiting list's order (waitingSince)
    // is then the order in which seats were handed out, whatever the order requests arrived in.
    const now = given ?? new Date();
    if (!event) return fail("unknown");
    if (!isOpenForRegistration({ registration: event.registration, status: event.status, publishedAt: event.published_at, startsAt: event.starts_at }, now)) {
      const row = await tx.eventRegistration.findUnique({ where: { id: found.id }, select: { status: true } });
      return row && row.status !== "PENDING" ? ok({ status: row.status }) : fail("closed");
    }
    // One statement under the lock (it reads the seats after the lock was granted): a seat if one
    // is free and nobody waits for it, else the waiting list; only a PENDING row changes.
    const [updated] = await tx.$queryRaw<{ status: ConfirmOutcome }[]>`
      UPDATE event_registration r
      SET status = s.status::"RegistrationStatus", confirmed_at = ${now}, waiting_since = CASE WHEN s.status = 'WAITING' THEN ${now}::timestamp END
      FROM (
        SELECT CASE WHEN ${event.capacity}::int IS NULL
                     OR (count(*) FILTER (WHERE status = 'CONFIRMED') < ${event.capacity}::int AND count(*) FILTER (WHERE status = 'WAITING') = 0)
                    THEN 'CONFIRMED' ELSE 'WAITING' END AS status
        FROM event_registration WHERE event_id = ${found.eventId}::uuid
      ) s
      WHERE r.id = ${found.id}::uuid AND r.status = 'PENDING'
      RETURNING r.status::text AS status`;
    if (!updated) {
      const row = await tx.eventRegistration.findUnique({ where: { id: found.id }, select: { status: true } });
      return row ? ok({ status: row.status }) : fail("unknown");
    }
    const seat = updated.status === "CONFIRMED";
    const row = { id: found.id };
    const status = updated.status;
    await queueEmail(tx, {
      key: `event-registration/${row.id}/${seat ? "registered" : "waiting"}/${now.getTime()}`,
      template: "event-registration",
      to,
      lang: found.lang as Lang,
      props: { variant: seat ? "registered" : "waiting", url, ...facts },
    });
    return ok({ status });
  });
}

/** Changes the name and whether it is shown. */
export async function updateRegistration({ token, name, showName }: { token: string; name: string; showName: boolean }) {
  if (!plausibleToken(token)) return false;
  const updated = await db().eventRegistration.updateMany({
    where: { tokenHash: hashToken(token), status: { not: "CANCELLED" }, name: { not: null } },
    data: { name: encrypt(name), showName },
  });
  return updated.count === 1;
}

/**
 * Cancels a registration. A seat given back goes to the first person waiting, in the same
 * transaction (they are told). Cancelling twice is harmless.
 */
export async function cancelRegistration({ token, now = new Date() }: { token: string; now?: Date }): Promise<Result<{ promoted: number }, "unknown">> {
  if (!plausibleToken(token)) return fail("unknown");
  const found = await db().eventRegistration.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, eventId: true } });
  if (!found) return fail("unknown");
  return db().$transaction(async (tx) => {
    await lockEvent(tx, found.eventId);
    const promoted = await cancelLocked(tx, found.id, now);
    return ok({ promoted });
  });
}

/** Cancels one registration under the event's lock (held by the caller); returns how many moved up. */
export async function cancelLocked(tx: Parameters<typeof lockEvent>[0], registrationId: string, now: Date) {
  const row = await tx.eventRegistration.findUnique({ where: { id: registrationId }, select: { status: true, eventId: true } });
  if (!row || row.status === "CANCELLED") return 0;
  await tx.eventRegistration.update({ where: { id: registrationId }, data: { status: "CANCELLED", cancelledAt: now, waitingSince: null } });
  return row.status === "CONFIRMED" ? promoteWaiting(tx, row.eventId, now) : 0;
}
