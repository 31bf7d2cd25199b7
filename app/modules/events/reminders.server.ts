// The day-before reminder of an event (issue 25): from REMINDER_HOUR (Paris time) on the day
// before an event, each CONFIRMED person gets one email with the calendar (ICS) link and their
// personal link. Exactly once: in one transaction per event (under the event's lock), the emails
// are queued with a key per registration and event day (event-reminder/<registration>/<day>)
// and the registrations marked (remindedAt). Two runs at once wait on the lock and the second
// finds them marked; a run killed before its commit left nothing; an email queued by a run that
// died before marking (the key is taken) is not queued twice: ON CONFLICT DO NOTHING.
import { queueEmails, type EmailToQueue } from "~/models/email-message.server";
import { decrypt } from "~/utils/crypto.server";
import { parisDay } from "~/utils/dates";
import { db } from "~/utils/db.server";
import type { Lang } from "~/utils/i18n";
import { nextDay, parisInstant, parisWallClock } from "~/utils/paris-time";
import { emailFacts, lockEvent, personalUrl } from "./seats.server";

/** The hour (Paris) from which the reminders of tomorrow's events go out. */
export const REMINDER_HOUR = 10;

/** The outbox key of a registration's reminder for an event on `day`. */
export const reminderKey = (registrationId: string, day: string) => `event-reminder/${registrationId}/${day}`;

/** Queues the reminders due at `now`; returns how many emails were queued. */
export async function sendEventReminders({ now = new Date() }: { now?: Date } = {}) {
  const clock = parisWallClock(now);
  if (Number(clock.time.slice(0, 2)) < REMINDER_HOUR) return 0;
  const tomorrow = nextDay(clock.day);
  const from = parisInstant(tomorrow, "00:00")!;
  const to = parisInstant(nextDay(tomorrow), "00:00")!;
  const events = await db().event.findMany({
    where: {
      status: "SCHEDULED",
      publishedAt: { not: null },
      startsAt: { gte: from, lt: to },
      registrations: { some: { status: "CONFIRMED", remindedAt: null, email: { not: null } } },
    },
    select: { id: true },
  });
  let queued = 0;
  for (const { id } of events) queued += await remindEvent(id, now);
  return queued;
}

async function remindEvent(eventId: string, now: Date) {
  return db().$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event || event.status !== "SCHEDULED") return 0;
    const day = parisDay(event.starts_at);
    const rows = await tx.eventRegistration.findMany({
      where: { eventId, status: "CONFIRMED", remindedAt: null, email: { not: null }, tokenSealed: { not: null } },
      select: { id: true, email: true, lang: true, tokenSealed: true },
    });
    if (!rows.length) return 0;
    const facts = await emailFacts(tx, eventId);
    const emails: EmailToQueue[] = rows.map((row) => ({
      key: reminderKey(row.id, day),
      template: "event-registration",
      to: decrypt(row.email!),
      lang: row.lang as Lang,
      props: { variant: "reminder", url: personalUrl(decrypt(row.tokenSealed!)), ...facts },
    }));
    const queued = (await queueEmails(tx, emails)).filter(Boolean).length;
    await tx.eventRegistration.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { remindedAt: now } });
    await tx.event.update({ where: { id: eventId }, data: { remindersQueuedAt: now } });
    return queued;
  });
}
