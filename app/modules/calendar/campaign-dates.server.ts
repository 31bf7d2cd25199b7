// Dates that come from the campaign itself, so that nobody types them twice (issue 25): a
// petition's planned hand-in, a legal action update's hearing and a council session an organizer
// enters for a commune become public events, in the same transaction as what they come from.
// An event belongs to the group whose territory covers its commune (a commune of the group, or
// its whole department), else it is national (groupId null); its inseeCode puts it on the
// commune's page and in the commune's feed. The events module owns the rest of an event's life;
// this file writes only these three kinds, directly on the Event table.
import type { Prisma } from "~/generated/prisma/client";
import { audit } from "~/models/audit.server";
import { requireCommune, type Actor } from "~/modules/groups/territory.server";
import { fromParisLocal, toParisLocal } from "~/utils/paris-time";
import { db } from "~/utils/db.server";
import { parisDay } from "~/utils/dates";
import { translator } from "~/utils/i18n";
import type { Tx } from "~/utils/jobs.server";
import { fail, ok, type Result } from "~/utils/result";
import { searchKey, slugify } from "~/utils/text";
import type { CouncilSessionInput } from "./schema";

const HOUR_MS = 60 * 60_000;
/** Generated titles and descriptions are written in the campaign's language. */
const t = translator("fr");

/** The published group whose territory covers the commune, if any (a commune of its own first, then its department). */
export async function groupCovering(tx: Tx, inseeCode: string | null): Promise<string | null> {
  if (!inseeCode) return null;
  const commune = await tx.commune.findUnique({ where: { inseeCode }, select: { departmentCode: true } });
  if (!commune) return null;
  const rows = await tx.groupTerritory.findMany({
    where: { group: { publishedAt: { not: null } }, OR: [{ inseeCode }, { departmentCode: commune.departmentCode }] },
    orderBy: { group: { createdAt: "asc" } },
    select: { groupId: true, inseeCode: true },
  });
  return (rows.find((row) => row.inseeCode === inseeCode) ?? rows[0])?.groupId ?? null;
}

/** A readable slug, unique: "remise-petition-marseille-2027-01-15", then "-2", "-3"… */
export async function uniqueEventSlug(tx: Tx, parts: string[]): Promise<string> {
  const base = slugify(parts.filter(Boolean).join(" ")).slice(0, 90) || "date";
  // Two sessions entered at once for the same commune and day would both see the slug free: the
  // second waits here until the first's transaction ends, then sees it taken.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`event-slug:${base}`}))`;
  const taken = new Set((await tx.event.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

type Fields = Pick<Prisma.EventUncheckedCreateInput, "title" | "description" | "startsAt" | "endsAt" | "address" | "inseeCode">;

/** Whether an update changes what a calendar shows (then SEQUENCE goes up). */
function changes(before: Fields & { status: string }, after: Fields) {
  return (
    before.status !== "SCHEDULED" ||
    before.title !== after.title ||
    before.description !== after.description ||
    before.address !== after.address ||
    before.inseeCode !== after.inseeCode ||
    new Date(before.startsAt).getTime() !== new Date(after.startsAt).getTime() ||
    new Date(before.endsAt).getTime() !== new Date(after.endsAt).getTime()
  );
}

const eventState = {
  id: true,
  slug: true,
  status: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  address: true,
  inseeCode: true,
} as const;

// ---------------------------------------------------------------------------------------------
// (a) A petition's planned hand-in

/**
 * Sets, changes or clears a petition's planned hand-in, and its public event in the same
 * transaction: set → an event (kind PETITION_HAND_IN) is created or updated (SEQUENCE + 1 when
 * something changed); cleared → the event is cancelled. Audited.
 */
export async function setPetitionHandIn({
  petitionId,
  handInAt,
  handInPlace,
  organizerId,
  now = new Date(),
}: {
  petitionId: string;
  /** A Paris wall-clock minute ("2027-01-15T11:00"), or null to clear. */
  handInAt: string | null;
  handInPlace: string | null;
  /** Null for the demo seed. */
  organizerId: string | null;
  now?: Date;
}): Promise<Result<{ eventSlug: string | null; change: "created" | "updated" | "unchanged" | "cancelled" | "none" }, "unknown">> {
  return db().$transaction(async (tx) => {
    const petition = await tx.petition.findUnique({
      where: { id: petitionId },
      select: { id: true, title: true, inseeCode: true, commune: { select: { name: true, slug: true } }, handInEvent: { select: eventState } },
    });
    if (!petition) return fail("unknown");
    const startsAt = handInAt ? fromParisLocal(handInAt) : null;
    await tx.petition.update({ where: { id: petitionId }, data: { handInAt: startsAt, handInPlace: startsAt ? handInPlace : null } });
    const existing = petition.handInEvent;
    if (!startsAt) {
      if (!existing || existing.status === "CANCELLED") return ok({ eventSlug: existing?.slug ?? null, change: "none" as const });
      await tx.event.update({ where: { id: existing.id }, data: { status: "CANCELLED", cancelledAt: now, sequence: { increment: 1 } } });
      await audit(tx, { organizerId, action: "calendar.hand-in.cancel", subjectType: "petition", subjectId: petitionId, details: { eventId: existing.id } });
      return ok({ eventSlug: existing.slug, change: "cancelled" as const });
    }
    const fields: Fields = {
      title: t("calendar.handIn.title", { commune: petition.commune.name }),
      description: t("calendar.handIn.description", { petition: petition.title }),
      startsAt,
      endsAt: new Date(startsAt.getTime() + HOUR_MS),
      address: handInPlace,
      inseeCode: petition.inseeCode,
    };
    const result = await upsertCampaignEvent(tx, existing, fields, {
      kind: "PETITION_HAND_IN",
      link: { petitionId },
      slugParts: ["remise petition", petition.commune.slug, parisDay(startsAt)],
      registration: true,
      organizerId,
      now,
    });
    await audit(tx, {
      organizerId,
      action: "calendar.hand-in.set",
      subjectType: "petition",
      subjectId: petitionId,
      details: { eventId: result.id, startsAt: startsAt.toISOString(), change: result.change },
    });
    return ok({ eventSlug: result.slug, change: result.change });
  });
}

async function upsertCampaignEvent(
  tx: Tx,
  existing: (Fields & { id: string; slug: string; status: string }) | null,
  fields: Fields,
  {
    kind,
    link,
    slugParts,
    registration,
    organizerId,
    now,
  }: {
    kind: "PETITION_HAND_IN" | "COURT_HEARING" | "COUNCIL_SESSION";
    link: { petitionId?: string; legalActionUpdateId?: string };
    slugParts: string[];
    registration: boolean;
    organizerId: string | null;
    now: Date;
  },
): Promise<{ id: string; slug: string; change: "created" | "updated" | "unchanged" }> {
  const groupId = await groupCovering(tx, fields.inseeCode ?? null);
  if (existing) {
    if (!changes(existing, fields)) return { id: existing.id, slug: existing.slug, change: "unchanged" };
    await tx.event.update({
      where: { id: existing.id },
      data: { ...fields, groupId, status: "SCHEDULED", cancelledAt: null, sequence: { increment: 1 } },
    });
    return { id: existing.id, slug: existing.slug, change: "updated" };
  }
  const slug = await uniqueEventSlug(tx, slugParts);
  const created = await tx.event.create({
    data: { ...fields, ...link, slug, kind, groupId, registration, publishedAt: now, createdById: organizerId },
    select: { id: true, slug: true },
  });
  return { ...created, change: "created" };
}

// ---------------------------------------------------------------------------------------------
// (b) A legal action update's hearing

/**
 * Within the transaction that adds or publishes legal action updates: each published update of
 * the action with a hearing gets its COURT_HEARING event (created, or updated when its date or
 * place changed), in the action's first commune or national.
 */
export async function syncHearingEvents(
  tx: Tx,
  { legalActionId, organizerId, now = new Date() }: { legalActionId: string; organizerId: string | null; now?: Date },
) {
  const action = await tx.legalAction.findUnique({
    where: { id: legalActionId },
    select: {
      title: true,
      court: true,
      inseeCodes: true,
      updates: {
        where: { publishedAt: { not: null }, hearingAt: { not: null } },
        select: { id: true, text: true, hearingAt: true, hearingPlace: true, hearingEvent: { select: eventState } },
      },
    },
  });
  if (!action) return [];
  const inseeCode = action.inseeCodes[0] ?? null;
  const commune = inseeCode ? await tx.commune.findUnique({ where: { inseeCode }, select: { slug: true } }) : null;
  const results = [];
  for (const update of action.updates) {
    const startsAt = update.hearingAt!;
    const fields: Fields = {
      title: t("calendar.hearing.title", { action: action.title }).slice(0, 200),
      description: `${update.text}\n\n${action.court}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR_MS),
      address: update.hearingPlace || action.court,
      inseeCode: commune ? inseeCode : null,
    };
    const result = await upsertCampaignEvent(tx, update.hearingEvent, fields, {
      kind: "COURT_HEARING",
      link: { legalActionUpdateId: update.id },
      slugParts: ["audience", commune?.slug ?? "", parisDay(startsAt)],
      registration: false,
      organizerId,
      now,
    });
    if (result.change !== "unchanged") {
      await audit(tx, {
        organizerId,
        action: "calendar.hearing.set",
        subjectType: "legal_action",
        subjectId: legalActionId,
        details: { updateId: update.id, eventId: result.id, change: result.change },
      });
    }
    results.push(result);
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// (c) A council session

type CommuneRef = { inseeCode: string; name: string; slug: string };

/** A commune typed as its INSEE code, its name or its slug. */
export async function resolveCommune(value: string): Promise<Result<CommuneRef, "calendar.errors.commune" | "calendar.errors.communeAmbiguous">> {
  const select = { inseeCode: true, name: true, slug: true } as const;
  const trimmed = value.trim();
  if (/^(\d{5}|2[AB]\d{3})$/i.test(trimmed)) {
    const byCode = await db().commune.findUnique({ where: { inseeCode: trimmed.toUpperCase() }, select });
    return byCode ? ok(byCode) : fail("calendar.errors.commune");
  }
  const bySlug = await db().commune.findUnique({ where: { slug: slugify(trimmed) }, select });
  const byName = await db().commune.findMany({ where: { searchName: searchKey(trimmed) }, select, take: 2 });
  if (byName.length > 1) return fail("calendar.errors.communeAmbiguous");
  const found = byName[0] ?? bySlug;
  return found ? ok(found) : fail("calendar.errors.commune");
}

/**
 * A council session entered by an organizer: a public COUNCIL_SESSION event without
 * registration. A coordinator may enter one only in their territory (403, audited, nothing
 * written otherwise).
 */
export async function createCouncilSession({
  actor,
  commune,
  input,
  now = new Date(),
}: {
  actor: Actor;
  commune: CommuneRef;
  input: CouncilSessionInput;
  now?: Date;
}) {
  await requireCommune(actor, commune.inseeCode, { type: "commune", id: commune.inseeCode, action: "calendar.council-session.create" });
  return publishCouncilSession({ organizerId: actor.id, commune, input, now });
}

/** The session's event, once the caller has checked who may enter it (the demo seed calls it directly). */
export async function publishCouncilSession({
  organizerId,
  commune,
  input,
  now = new Date(),
}: {
  organizerId: string | null;
  commune: CommuneRef;
  input: CouncilSessionInput;
  now?: Date;
}) {
  const startsAt = fromParisLocal(input.startsAt);
  const endsAt = input.endsAt ? fromParisLocal(input.endsAt) : new Date(startsAt.getTime() + 3 * HOUR_MS);
  return db().$transaction(async (tx) => {
    const result = await upsertCampaignEvent(
      tx,
      null,
      {
        title: t("calendar.session.title", { commune: commune.name }),
        description: input.description,
        startsAt,
        endsAt,
        address: input.place,
        inseeCode: commune.inseeCode,
      },
      { kind: "COUNCIL_SESSION", link: {}, slugParts: ["conseil municipal", commune.slug, parisDay(startsAt)], registration: false, organizerId, now },
    );
    await audit(tx, {
      organizerId,
      action: "calendar.council-session.create",
      subjectType: "event",
      subjectId: result.id,
      details: { inseeCode: commune.inseeCode, startsAt: startsAt.toISOString() },
    });
    return result;
  });
}

/** The petition admin page's hand-in form: the saved values as its fields hold them, and the event's slug. */
export async function petitionHandIn(petitionId: string) {
  const row = await db().petition.findUnique({
    where: { id: petitionId },
    select: { handInAt: true, handInPlace: true, handInEvent: { select: { slug: true, status: true } } },
  });
  return {
    defaultValue: { handInAt: row?.handInAt ? toParisLocal(row.handInAt) : "", handInPlace: row?.handInPlace ?? "" },
    eventSlug: row?.handInEvent?.status === "SCHEDULED" ? row.handInEvent.slug : null,
  };
}
