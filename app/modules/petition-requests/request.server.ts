// Requests for a petition (issue 17): on the page of a commune without an open petition, a
// resident leaves an address; the request counts once confirmed through the emailed link, and
// organizers see the counts per commune. One request per person and commune.
import type { PetitionRequestInput } from "./schema";
import { decrypt, encrypt, keyedIndex } from "~/utils/crypto.server";
import { canonicalEmail } from "~/utils/email-address";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { fail, ok, type Result } from "~/utils/result";
import { hashToken, newToken } from "~/utils/tokens.server";
import { queueEmail } from "~/models/email-message.server";
import { PUBLIC_STATUSES } from "~/modules/petitions/petition.server";

/** Its own key (issue 13): the same address indexes differently here and for signatures. */
export const petitionRequestIndexFor = (email: string) => keyedIndex("petition-request-email", canonicalEmail(email));

/** `already`: this address had asked for this commune before (the page answers the same; for tests). */
export type PetitionRequestResult = Result<{ already: boolean }, "has-petition">;

/**
 * Records a request and queues its confirmation email in the same transaction. An address that
 * already asked for this commune gets nothing new (at most one email a day): the page answers
 * the same either way.
 */
export async function requestPetition({
  inseeCode,
  input,
  lang,
  now = new Date(),
}: {
  inseeCode: string;
  input: PetitionRequestInput;
  lang: Lang;
  now?: Date;
}): Promise<PetitionRequestResult> {
  const token = newToken();
  const emailIndex = petitionRequestIndexFor(input.email);
  return db().$transaction(async (tx) => {
    const commune = await tx.commune.findUnique({
      where: { inseeCode },
      select: { name: true, petitions: { where: { status: "OPEN" }, select: { id: true }, take: 1 } },
    });
    if (!commune) throw new Error(`Unknown commune ${inseeCode}`);
    if (commune.petitions.length > 0) return fail("has-petition");
    const inserted = await tx.petitionRequest.createManyAndReturn({
      data: {
        inseeCode,
        email: encrypt(input.email),
        emailIndex,
        message: encrypt(input.message ?? ""),
        consentedAt: now,
        lang,
        tokenHash: hashToken(token),
      },
      skipDuplicates: true,
      select: { id: true },
    });
    const existing =
      inserted[0] ??
      (await tx.petitionRequest.findUnique({ where: { inseeCode_emailIndex: { inseeCode, emailIndex } }, select: { id: true, confirmedAt: true } }));
    if (!existing) return ok({ already: true });
    if (inserted.length === 0) {
      // Asked before: a new link replaces the old one (the old token is not kept in clear).
      await tx.petitionRequest.update({ where: { id: existing.id }, data: { tokenHash: hashToken(token) } });
    }
    await queueEmail(tx, {
      key: inserted.length === 1 ? `petition-request/${existing.id}/1` : `petition-request/${existing.id}/${now.toISOString().slice(0, 10)}`,
      template: "petition-request-confirm",
      to: input.email,
      lang,
      props: { url: `${env().PUBLIC_URL}/demande-petition/${token}`, communeName: commune.name },
    });
    return ok({ already: inserted.length !== 1 });
  });
}

/** What the confirmation page shows before its button is pressed; null for an unknown link. */
export async function getPetitionRequestByToken({ token }: { token: string }) {
  return db().petitionRequest.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { confirmedAt: true, commune: { select: { name: true, slug: true } } },
  });
}

/** The button of the emailed link: the request counts from now on. "unknown" for an unknown link. */
export async function confirmPetitionRequest({ token, now = new Date() }: { token: string; now?: Date }): Promise<Result<{ communeSlug: string }, "unknown">> {
  const row = await db().petitionRequest.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, confirmedAt: true, commune: { select: { slug: true } } },
  });
  if (!row) return fail("unknown");
  if (!row.confirmedAt) await db().petitionRequest.updateMany({ where: { id: row.id, confirmedAt: null }, data: { confirmedAt: now } });
  return ok({ communeSlug: row.commune.slug });
}

/** Confirmed requests for one commune (the commune page's "N people ask for a petition here"). */
export async function countPetitionRequests({ inseeCode }: { inseeCode: string }) {
  return db().petitionRequest.count({ where: { inseeCode, confirmedAt: { not: null } } });
}

export type PetitionRequestCount = {
  inseeCode: string;
  name: string;
  slug: string;
  departmentCode: string;
  /** Confirmed requests. */
  count: number;
  latestAt: Date;
  /** Whether the commune has had a public petition since (open, closed, delivered, answered). */
  hasPetition: boolean;
};

/**
 * For organizers: confirmed requests per commune, most requested first. What the admin home's
 * "requests for petitions" and /admin/demandes-petition show; no personal data.
 */
export async function listPetitionRequestCounts({ take = 200 }: { take?: number } = {}): Promise<PetitionRequestCount[]> {
  const groups = await db().petitionRequest.groupBy({
    by: ["inseeCode"],
    where: { confirmedAt: { not: null } },
    _count: { _all: true },
    _max: { confirmedAt: true },
    orderBy: [{ _count: { inseeCode: "desc" } }],
    take,
  });
  const communes = await db().commune.findMany({
    where: { inseeCode: { in: groups.map((group) => group.inseeCode) } },
    select: {
      inseeCode: true,
      name: true,
      slug: true,
      departmentCode: true,
      petitions: { where: { status: { in: PUBLIC_STATUSES } }, select: { id: true }, take: 1 },
    },
  });
  const byCode = new Map(communes.map((commune) => [commune.inseeCode, commune]));
  return groups.flatMap((group) => {
    const commune = byCode.get(group.inseeCode);
    if (!commune) return [];
    return [
      {
        inseeCode: commune.inseeCode,
        name: commune.name,
        slug: commune.slug,
        departmentCode: commune.departmentCode,
        count: group._count._all,
        latestAt: group._max.confirmedAt ?? new Date(0),
        hasPetition: commune.petitions.length > 0,
      },
    ];
  });
}

/** Confirmed requests waiting for a petition, in total (a number for the admin home). */
export async function countPendingPetitionRequests() {
  return db().petitionRequest.count({ where: { confirmedAt: { not: null }, commune: { petitions: { none: { status: "OPEN" } } } } });
}

/**
 * For organizers: one commune's confirmed requests, with their messages (what residents would
 * like the petition to say). Addresses stay encrypted: the count and the words are what they need.
 */
export async function listPetitionRequests({ inseeCode, take = 200 }: { inseeCode: string; take?: number }) {
  const rows = await db().petitionRequest.findMany({
    where: { inseeCode, confirmedAt: { not: null } },
    orderBy: { confirmedAt: "desc" },
    take,
    select: { id: true, message: true, lang: true, confirmedAt: true },
  });
  return rows.map((row) => ({ id: row.id, message: decrypt(row.message), lang: row.lang, confirmedAt: row.confirmedAt }));
}
