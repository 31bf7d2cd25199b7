// What event registrations promise about personal data, and do (issue 25): the retention rules
// (run by the nightly job, app/jobs/retention.server.ts), the privacy policy's entry (which prints
// the same constants) and their part of "my data" (/mes-donnees).
import type { Prisma } from "~/generated/prisma/client";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import type { PersonalDataPart, PrivacyEntry } from "~/utils/privacy";
import { daysBefore, type RetentionRule } from "~/utils/retention-periods";
import { cancelLocked, registrationIndexFor } from "./registration.server";
import { lockEvent } from "./seats.server";

/** An unconfirmed registration holds no seat, and goes after this many days (or when the event starts). */
export const REGISTRATION_UNCONFIRMED_DAYS = 2;
/**
 * Names and addresses of the people registered are erased this many days after the event ends:
 * long enough for the organizers to send a follow-up (the minutes, the next date) through the
 * site and to answer a complaint about the event (an incident, a person who was refused), short
 * enough that no list of who went to which meeting outlives its use. Only counts remain.
 */
export const REGISTRATION_IDENTITY_DAYS = 30;

export const eventRetentionRules = [
  {
    name: `event registrations left unconfirmed for ${REGISTRATION_UNCONFIRMED_DAYS} days or past the event's start`,
    models: ["EventRegistration"],
    run: async (now: Date) =>
      (
        await db().eventRegistration.deleteMany({
          where: { status: "PENDING", OR: [{ createdAt: { lt: daysBefore(now, REGISTRATION_UNCONFIRMED_DAYS) } }, { event: { startsAt: { lte: now } } }] },
        })
      ).count,
  },
  {
    name: `identities of event registrations ${REGISTRATION_IDENTITY_DAYS} days after the event`,
    models: ["EventRegistration"],
    run: async (now: Date) =>
      (
        await db().eventRegistration.updateMany({
          where: { erasedAt: null, event: { endsAt: { lt: daysBefore(now, REGISTRATION_IDENTITY_DAYS) } } },
          data: { name: null, email: null, emailIndex: null, tokenSealed: null, showName: false, erasedAt: now },
        })
      ).count,
  },
] satisfies RetentionRule[];

export const eventPrivacyEntries = [
  {
    id: "eventRegistrations",
    basis: "consent",
    models: ["EventRegistration", "Event"],
    values: { unconfirmedDays: REGISTRATION_UNCONFIRMED_DAYS, identityDays: REGISTRATION_IDENTITY_DAYS },
    recipients: ["resend"],
  },
] satisfies PrivacyEntry[];

async function registrationsOf(email: string) {
  const rows = await db().eventRegistration.findMany({
    where: { emailIndex: registrationIndexFor(email) },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      showName: true,
      status: true,
      createdAt: true,
      confirmedAt: true,
      cancelledAt: true,
      event: { select: { slug: true, title: true, startsAt: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    event: row.event.title,
    slug: row.event.slug,
    startsAt: row.event.startsAt.toISOString(),
    name: row.name ? decrypt(row.name) : null,
    showName: row.showName,
    status: row.status,
    registeredAt: row.createdAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
  }));
}

/** Deleting a registration from "my data" cancels it first (a seat goes to the next person waiting). */
export const eventPersonalData = {
  kind: "eventRegistration" as const,
  collect: (email: string) => registrationsOf(email),
  erase: async (tx: Prisma.TransactionClient, email: string, id: string | null) => {
    const rows = await tx.eventRegistration.findMany({
      where: { emailIndex: registrationIndexFor(email), ...(id ? { id } : {}) },
      select: { id: true, eventId: true },
    });
    const now = new Date();
    for (const row of rows) {
      await lockEvent(tx, row.eventId);
      await cancelLocked(tx, row.id, now);
      await tx.eventRegistration.delete({ where: { id: row.id } });
    }
    return [];
  },
} satisfies PersonalDataPart;
