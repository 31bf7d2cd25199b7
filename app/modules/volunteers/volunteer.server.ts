import type { Prisma, VolunteerAvailability, VolunteerSkill } from "~/generated/prisma/client";
import type { VolunteerInput, VolunteerProfile } from "~/modules/volunteers/schema";
import { decrypt, encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import type { Tx } from "~/utils/jobs.server";
import { audit } from "~/models/audit.server";
import { queueEmail } from "~/models/email-message.server";
import { volunteerIndexFor } from "~/modules/petitions/signature-index.server";
import { UNCONFIRMED_DAYS as UNCONFIRMED_PERIOD_DAYS } from "~/utils/retention-periods";
import { VOLUNTEER_INACTIVE_DAYS, VOLUNTEER_STAY_ANSWER_DAYS } from "./periods";
import { fail, ok, type Ok, type Result } from "~/utils/result";
import { newToken, hashToken } from "~/utils/tokens.server";
import { inTerritory, type Territory } from "~/modules/groups/territory.server";

const DAY = 24 * 3600_000;
/** Confirmed volunteers with no activity for this long are asked whether to stay… */
export const STAY_QUESTION_AFTER_DAYS = VOLUNTEER_INACTIVE_DAYS;
/** …and deleted this long after the question without an answer. */
export const STAY_ANSWER_DAYS = VOLUNTEER_STAY_ANSWER_DAYS;
export const UNCONFIRMED_DAYS = UNCONFIRMED_PERIOD_DAYS;

/** A volunteer's profile as they gave it (name, languages and message sealed): the fields every reading of it selects. */
export const VOLUNTEER_PROFILE_SELECT = {
  id: true,
  name: true,
  skills: true,
  availability: true,
  languages: true,
  message: true,
  confirmedAt: true,
} as const satisfies Prisma.VolunteerSelect;

/** What an email to a volunteer needs. */
const EMAIL_SELECT = { id: true, email: true, lang: true, tokenSealed: true, commune: { select: { name: true } } } as const satisfies Prisma.VolunteerSelect;

const linkFor = (sealedToken: string) => `${env().PUBLIC_URL}/benevole/${decrypt(sealedToken)}`;

function profileData(profile: VolunteerProfile) {
  return {
    name: encrypt(profile.name),
    skills: profile.skills,
    availability: profile.availability,
    languages: encrypt(profile.languages ?? ""),
    message: encrypt(profile.message ?? ""),
  };
}

async function emailVolunteer(
  tx: Tx,
  volunteer: { id: string; email: string; lang: Lang; tokenSealed: string; commune: { name: string } },
  variant: "confirm" | "already" | "stay",
  keySuffix: string,
) {
  await queueEmail(tx, {
    key: `volunteer-${variant}/${volunteer.id}/${keySuffix}`,
    template: "volunteer",
    to: decrypt(volunteer.email),
    lang: volunteer.lang,
    props: { variant, url: linkFor(volunteer.tokenSealed), communeName: volunteer.commune.name, stayDays: STAY_ANSWER_DAYS },
  });
}

/**
 * Signs a volunteer up, or, for an address already signed up, sends them their link instead:
 * the caller answers the same either way (no way to learn who volunteered): `already` is for tests.
 */
export async function signUpVolunteer({
  inseeCode,
  input,
  lang,
  consentedAt = new Date(),
}: {
  inseeCode: string;
  input: VolunteerInput;
  lang: Lang;
  /** When the form was sent (the job runs a moment later). */
  consentedAt?: Date;
}): Promise<Ok<{ already: boolean }>> {
  const token = newToken();
  const emailIndex = volunteerIndexFor(input.email);
  return db().$transaction(async (tx) => {
    const inserted = await tx.volunteer.createManyAndReturn({
      data: {
        inseeCode,
        ...profileData(input),
        email: encrypt(input.email),
        emailIndex,
        consentedAt,
        lang,
        tokenHash: hashToken(token),
        tokenSealed: encrypt(token),
      },
      skipDuplicates: true,
      select: EMAIL_SELECT,
    });
    if (inserted.length === 1) {
      await emailVolunteer(tx, inserted[0], "confirm", "1");
      return ok({ already: false });
    }
    const existing = await tx.volunteer.findUnique({
      where: { emailIndex },
      select: EMAIL_SELECT,
    });
    // One reminder per day at most, whatever the number of attempts.
    if (existing) await emailVolunteer(tx, existing, "already", new Date().toISOString().slice(0, 10));
    return ok({ already: true });
  });
}

/** What the volunteer sees through their link. */
export async function getVolunteerByToken({ token }: { token: string }) {
  const volunteer = await db().volunteer.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { ...VOLUNTEER_PROFILE_SELECT, stayAskedAt: true, commune: { select: { inseeCode: true, name: true, departmentCode: true } } },
  });
  if (!volunteer) return null;
  return {
    ...volunteer,
    name: decrypt(volunteer.name),
    languages: decrypt(volunteer.languages),
    message: decrypt(volunteer.message),
  };
}

export async function confirmVolunteer({ token }: { token: string }): Promise<Result<object, "unknown">> {
  const { count } = await db().volunteer.updateMany({
    where: { tokenHash: hashToken(token), confirmedAt: null },
    data: { confirmedAt: new Date(), lastActiveAt: new Date() },
  });
  return count > 0 || (await db().volunteer.count({ where: { tokenHash: hashToken(token) } })) > 0 ? ok() : fail("unknown");
}

export async function updateVolunteer({
  token,
  inseeCode,
  profile,
}: {
  token: string;
  inseeCode: string;
  profile: VolunteerProfile;
}): Promise<Result<object, "unknown">> {
  const { count } = await db().volunteer.updateMany({
    where: { tokenHash: hashToken(token) },
    data: { ...profileData(profile), inseeCode, lastActiveAt: new Date(), stayAskedAt: null },
  });
  return count > 0 ? ok() : fail("unknown");
}

/** "Yes, keep me on the list": the retention clock starts again. */
export async function keepVolunteer({ token }: { token: string }): Promise<Result<object, "unknown">> {
  const { count } = await db().volunteer.updateMany({ where: { tokenHash: hashToken(token) }, data: { lastActiveAt: new Date(), stayAskedAt: null } });
  return count > 0 ? ok() : fail("unknown");
}

/** Withdrawing deletes everything about the volunteer. */
export async function withdrawVolunteer({ token }: { token: string }): Promise<Result<object, "unknown">> {
  const { count } = await db().volunteer.deleteMany({ where: { tokenHash: hashToken(token) } });
  return count > 0 ? ok() : fail("unknown");
}

export type VolunteerFilter = { departement?: string; commune?: string; competence?: VolunteerSkill };

function filterWhere(filter: VolunteerFilter, territory: Territory): Prisma.VolunteerWhereInput {
  const commune: Prisma.CommuneWhereInput = {};
  if (filter.departement) commune.departmentCode = filter.departement.toUpperCase();
  if (filter.commune) commune.OR = [{ name: { contains: filter.commune, mode: "insensitive" } }, { postcodes: { has: filter.commune } }];
  return {
    confirmedAt: { not: null },
    ...(filter.competence ? { skills: { has: filter.competence } } : {}),
    ...(Object.keys(commune).length > 0 ? { commune } : {}),
    // A coordinator sees their territory's volunteers only (issue 25).
    AND: [inTerritory(territory)],
  };
}

export type VolunteerRow = {
  id: string;
  name: string;
  email: string;
  commune: string;
  departmentCode: string;
  skills: VolunteerSkill[];
  availability: VolunteerAvailability;
  languages: string;
  message: string;
  confirmedAt: Date | null;
  contactedAt: Date | null;
  contactNote: string | null;
};

/** How many volunteers the admin page lists; the CSV export has them all. */
export const VOLUNTEERS_PAGE = 500;

/** How many confirmed volunteers match the filter. */
export function countVolunteers(filter: VolunteerFilter = {}, territory: Territory = null) {
  return db().volunteer.count({ where: filterWhere(filter, territory) });
}

/** Confirmed volunteers for organizers, decrypted, most recent first; all of them unless a limit is given. */
export async function listVolunteers(
  filter: VolunteerFilter = {},
  { limit, territory = null }: { limit?: number; territory?: Territory } = {},
): Promise<VolunteerRow[]> {
  const rows = await db().volunteer.findMany({
    where: filterWhere(filter, territory),
    orderBy: { confirmedAt: "desc" },
    take: limit,
    select: { ...VOLUNTEER_PROFILE_SELECT, email: true, contactedAt: true, contactNote: true, commune: { select: { name: true, departmentCode: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: decrypt(row.name),
    email: decrypt(row.email),
    commune: row.commune.name,
    departmentCode: row.commune.departmentCode,
    skills: row.skills,
    availability: row.availability,
    languages: decrypt(row.languages),
    message: decrypt(row.message),
    confirmedAt: row.confirmedAt,
    contactedAt: row.contactedAt,
    contactNote: row.contactNote ? decrypt(row.contactNote) : null,
  }));
}

export async function markVolunteerContacted({
  volunteerId,
  note,
  organizerId,
}: {
  volunteerId: string;
  note?: string;
  organizerId: string;
}): Promise<Result<object, "unknown">> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.volunteer.updateMany({
      where: { id: volunteerId, confirmedAt: { not: null } },
      data: { contactedAt: new Date(), contactNote: note ? encrypt(note) : null, lastActiveAt: new Date(), stayAskedAt: null },
    });
    if (count === 0) return fail("unknown");
    await audit(tx, { organizerId, action: "volunteer.contact", subjectType: "volunteer", subjectId: volunteerId, details: { note: Boolean(note) } });
    return ok();
  });
}

/** Records who exported which volunteers (the filter, the count), never the data. */
/**
 * Asks the volunteers inactive for STAY_QUESTION_AFTER_DAYS whether to stay (at most 1,000 a run;
 * each asked once), which starts the STAY_ANSWER_DAYS after which they are deleted without an
 * answer. Deletes nothing itself; returns how many were asked.
 */
export async function askVolunteersToStay(now: Date) {
  const due = await db().volunteer.findMany({
    where: { confirmedAt: { not: null }, stayAskedAt: null, lastActiveAt: { lt: new Date(now.getTime() - STAY_QUESTION_AFTER_DAYS * DAY) } },
    select: { id: true },
    take: 1_000,
  });
  let asked = 0;
  for (const { id } of due) {
    await db().$transaction(async (tx) => {
      const { count } = await tx.volunteer.updateMany({ where: { id, stayAskedAt: null }, data: { stayAskedAt: now } });
      if (count === 0) return;
      const volunteer = await tx.volunteer.findUniqueOrThrow({ where: { id }, select: EMAIL_SELECT });
      await emailVolunteer(tx, volunteer, "stay", now.toISOString().slice(0, 10));
      asked++;
    });
  }
  return asked;
}
