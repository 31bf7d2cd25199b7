// What volunteers' profiles promise about personal data, and do: their retention rules (run by
// the nightly job, app/jobs/retention.server.ts), their entry of the privacy policy (which prints
// the same constants) and their part of "my data" (/mes-donnees). A new rule of this feature is
// written here only.
import type { Prisma } from "~/generated/prisma/client";
import { volunteerIndexFor } from "~/modules/petitions/signature-index.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import type { PrivacyEntry } from "~/utils/privacy";
import { daysBefore, UNCONFIRMED_DAYS, type RetentionRule } from "~/utils/retention-periods";
import { VOLUNTEER_INACTIVE_DAYS, VOLUNTEER_STAY_ANSWER_DAYS } from "./periods";
import { askVolunteersToStay, VOLUNTEER_PROFILE_SELECT } from "./volunteer.server";

export const volunteerRetentionRules = [
  {
    name: `volunteers left unconfirmed for ${UNCONFIRMED_DAYS} days`,
    models: ["Volunteer"],
    run: async (now: Date) => (await db().volunteer.deleteMany({ where: { confirmedAt: null, createdAt: { lt: daysBefore(now, UNCONFIRMED_DAYS) } } })).count,
  },
  {
    name: `volunteers who did not answer within ${VOLUNTEER_STAY_ANSWER_DAYS} days whether to stay`,
    models: ["Volunteer"],
    run: async (now: Date) => (await db().volunteer.deleteMany({ where: { stayAskedAt: { lt: daysBefore(now, VOLUNTEER_STAY_ANSWER_DAYS) } } })).count,
  },
  {
    // Deletes nothing itself: asks, and starts the days of the rule above. Counts the emails.
    name: `volunteers asked whether to stay after ${(VOLUNTEER_INACTIVE_DAYS / 365) * 12} months without contact or update (emails queued)`,
    models: ["Volunteer"],
    run: askVolunteersToStay,
  },
] satisfies RetentionRule[];

export const volunteerPrivacyEntries = [
  {
    id: "volunteers",
    basis: "consentArt9",
    models: ["Volunteer"],
    values: { unconfirmedDays: UNCONFIRMED_DAYS, inactiveMonths: (VOLUNTEER_INACTIVE_DAYS / 365) * 12, answerDays: VOLUNTEER_STAY_ANSWER_DAYS },
    recipients: ["resend"],
  },
] satisfies PrivacyEntry[];

/** A person's volunteer profile in "my data" (one per address), decrypted; null when none. */
export async function volunteerOf(email: string) {
  const volunteer = await db().volunteer.findUnique({
    where: { emailIndex: volunteerIndexFor(email) },
    select: { ...VOLUNTEER_PROFILE_SELECT, createdAt: true, commune: { select: { name: true } } },
  });
  if (!volunteer) return null;
  return {
    id: volunteer.id,
    name: decrypt(volunteer.name),
    commune: volunteer.commune.name,
    skills: volunteer.skills,
    availability: volunteer.availability,
    languages: decrypt(volunteer.languages),
    message: decrypt(volunteer.message),
    createdAt: volunteer.createdAt.toISOString(),
    confirmedAt: volunteer.confirmedAt?.toISOString() ?? null,
  };
}

/** Deletes a person's volunteer profile, in the caller's transaction. */
export async function eraseVolunteer(tx: Prisma.TransactionClient, email: string) {
  await tx.volunteer.deleteMany({ where: { emailIndex: volunteerIndexFor(email) } });
}
