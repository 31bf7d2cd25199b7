// Events as organizers write them (issue 25): created by national organizers anywhere and by a
// group's coordinators for their group (the one territorial rule, app/modules/groups/
// territory.server.ts), published, changed (people registered are told, once per change) and
// cancelled (told once). Every step is audited in the transaction that makes it. The event row is
// locked (SELECT … FOR UPDATE) by every change of it and of its registrations, so a change and a
// confirmation or a cancellation never cross.
import { randomBytes } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { audit } from "~/models/audit.server";
import { queueEmails, type EmailToQueue } from "~/models/email-message.server";
import { isNational, mayActOnCommune, requireCommune, requireGroup, type Actor } from "~/modules/groups/territory.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import type { Lang } from "~/utils/i18n";
import type { Tx } from "~/utils/jobs.server";
import { parisInstant, parisWallClock } from "~/utils/paris-time";
import { EVENT_FACTS_SELECT } from "./select.server";
import { registrationStates } from "./states";
import { slugify } from "~/utils/text";
import { isUuid } from "~/utils/uuid";
import type { EventInput } from "./schema";
import { emailFacts, lockEvent, personalUrl, promoteWaiting } from "./seats.server";

/** What no group has: a national event, which only national organizers touch. */
const NO_GROUP = "00000000-0000-0000-0000-000000000000";

/** The groups an organizer may attach an event to (all published groups for a national one). */
export async function groupChoices(actor: Actor) {
  return db().localGroup.findMany({
    where: isNational(actor) ? {} : { coordinators: { some: { organizerId: actor.id } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The events an organizer sees: every one for a national organizer, their groups' for a coordinator. */
export async function listEvents(actor: Actor) {
  const where: Prisma.EventWhereInput = isNational(actor) ? {} : { group: { coordinators: { some: { organizerId: actor.id } } } };
  const rows = await db().event.findMany({
    where,
    orderBy: { startsAt: "desc" },
    take: 500,
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      startsAt: true,
      status: true,
      publishedAt: true,
      capacity: true,
      group: { select: { name: true } },
      commune: { select: { name: true } },
      _count: { select: { registrations: { where: { status: { in: registrationStates("active") } } } } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, registered: _count.registrations }));
}

/**
 * The one gate of an event's admin pages: its group (a national event: national organizers only)
 * and, for a coordinator, its commune. Refusals are audited and answer 403.
 */
export async function requireEventRights(actor: Actor, event: { id: string; groupId: string | null; inseeCode: string | null }, action: string) {
  const subject = { type: "event", id: event.id, action };
  await requireGroup(actor, event.groupId ?? NO_GROUP, subject);
  if (!isNational(actor) && event.inseeCode) await requireCommune(actor, event.inseeCode, subject);
}

/** An event as its admin page shows it; 404 if unknown, 403 (audited) if not the organizer's. */
export async function eventForAdmin(actor: Actor, id: string, action: string) {
  if (!isUuid(id)) throw new Response("Not found", { status: 404 });
  const event = await db().event.findUnique({
    where: { id },
    select: {
      ...EVENT_FACTS_SELECT,
      groupId: true,
      inseeCode: true,
      onlineUrl: true,
      sequence: true,
      commune: { select: { name: true } },
      group: { select: { name: true, slug: true } },
    },
  });
  if (!event) throw new Response("Not found", { status: 404 });
  await requireEventRights(actor, event, action);
  return event;
}

/**
 * What the form's references designate, checked against the organizer's rights: the group (a
 * coordinator: one of theirs, never none) and the commune (a coordinator: in their territory).
 * Field errors, never a 403: the organizer typed them.
 */
export async function checkEventReferences(actor: Actor, input: EventInput, inseeCode: string | null) {
  const fieldErrors: Record<string, string[]> = {};
  if (input.groupId) {
    // The form offers a coordinator their groups only: another group's id is a request forged
    // around it, refused (403) and audited like any other reach outside their territory.
    if (!isNational(actor)) await requireGroup(actor, input.groupId, { type: "group", id: input.groupId, action: "event.create" });
    else if (!(await db().localGroup.count({ where: { id: input.groupId } }))) fieldErrors.groupId = ["events.errors.group"];
  } else if (!isNational(actor)) fieldErrors.groupId = ["events.errors.groupRequired"];
  if (inseeCode && !isNational(actor) && !fieldErrors.groupId) {
    if (!(await mayActOnCommune(actor, inseeCode))) fieldErrors.commune = ["events.errors.communeOutside"];
  }
  return fieldErrors;
}

function eventData(input: EventInput, inseeCode: string | null) {
  const online = input.place === "online";
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    // The schema checked both: real days and times, in the years allowed.
    startsAt: parisInstant(input.startDate, input.startTime)!,
    endsAt: parisInstant(input.endDate, input.endTime)!,
    address: online ? null : input.address,
    inseeCode: online ? null : inseeCode,
    onlineUrl: online ? input.onlineUrl : null,
    capacity: input.capacity ?? null,
    registration: input.registration,
    groupId: input.groupId ?? null,
  };
}

const newSlug = (title: string) => `${slugify(title).slice(0, 60).replace(/-+$/, "") || "evenement"}-${randomBytes(3).toString("hex")}`;

export async function createEvent({ input, inseeCode, organizerId }: { input: EventInput; inseeCode: string | null; organizerId: string }) {
  return db().$transaction(async (tx) => {
    const event = await tx.event.create({
      data: { ...eventData(input, inseeCode), slug: newSlug(input.title), createdById: organizerId },
      select: { id: true, slug: true },
    });
    await audit(tx, {
      organizerId,
      action: "event.create",
      subjectType: "event",
      subjectId: event.id,
      details: { kind: input.kind, groupId: input.groupId ?? null },
    });
    return event;
  });
}

/** The registrations told about a change or a cancellation: those who hold or wait for a seat. */
async function activeRegistrations(tx: Tx, eventId: string) {
  const rows = await tx.eventRegistration.findMany({
    where: { eventId, status: { in: registrationStates("active") }, email: { not: null }, tokenSealed: { not: null } },
    select: { id: true, email: true, lang: true, tokenSealed: true, status: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({ id: row.id, email: decrypt(row.email!), lang: row.lang as Lang, token: decrypt(row.tokenSealed!), status: row.status }));
}

/** The fields whose change people registered are told about (and that bump the ICS SEQUENCE). */
const TOLD = ["kind", "title", "startsAt", "endsAt", "address", "inseeCode", "onlineUrl"] as const;

/**
 * Saves the form. When a told field changed on a published event, `sequence` goes up and every
 * confirmed or waiting person gets one email for this change (outbox key
 * event-change/<event>/<sequence>/<registration>): a retry of the same change sends nothing more.
 * A capacity raised moves people up from the waiting list.
 */
export async function updateEvent({ id, input, inseeCode, organizerId }: { id: string; input: EventInput; inseeCode: string | null; organizerId: string }) {
  return db().$transaction(async (tx) => {
    await lockEvent(tx, id);
    const before = await tx.event.findUniqueOrThrow({ where: { id } });
    const data = eventData(input, inseeCode);
    const changed = TOLD.filter((field) => {
      const was = before[field];
      const now = data[field];
      return was instanceof Date && now instanceof Date ? was.getTime() !== now.getTime() : was !== now;
    });
    const tell = changed.length > 0 && before.publishedAt !== null && before.status === "SCHEDULED";
    const sequence = tell ? before.sequence + 1 : before.sequence;
    await tx.event.update({
      where: { id },
      // Moved to a later day: the day-before reminder is due again.
      data: { ...data, sequence, ...(changed.includes("startsAt") ? { remindersQueuedAt: null } : {}) },
    });
    if (changed.includes("startsAt")) await tx.eventRegistration.updateMany({ where: { eventId: id }, data: { remindedAt: null } });
    let told = 0;
    if (tell) {
      const facts = await emailFacts(tx, id);
      const emails: EmailToQueue[] = (await activeRegistrations(tx, id)).map((registration) => ({
        key: `event-change/${id}/${sequence}/${registration.id}`,
        template: "event-registration",
        to: registration.email,
        lang: registration.lang,
        props: { variant: "changed", url: personalUrl(registration.token), ...facts },
      }));
      told = (await queueEmails(tx, emails)).filter(Boolean).length;
    }
    const promoted = await promoteWaiting(tx, id);
    await audit(tx, { organizerId, action: "event.update", subjectType: "event", subjectId: id, details: { changed: [...changed], sequence, told, promoted } });
    return { changed, told, sequence };
  });
}

export async function publishEvent({ id, organizerId, now = new Date() }: { id: string; organizerId: string; now?: Date }) {
  return db().$transaction(async (tx) => {
    await lockEvent(tx, id);
    const published = await tx.event.updateMany({ where: { id, publishedAt: null, status: "SCHEDULED" }, data: { publishedAt: now } });
    if (published.count) await audit(tx, { organizerId, action: "event.publish", subjectType: "event", subjectId: id });
    return published.count === 1;
  });
}

/** Cancels the event and tells everyone registered, once (outbox key event-cancel/<event>/<registration>). */
export async function cancelEvent({ id, organizerId, now = new Date() }: { id: string; organizerId: string; now?: Date }) {
  return db().$transaction(async (tx) => {
    await lockEvent(tx, id);
    const cancelled = await tx.event.updateMany({
      where: { id, status: "SCHEDULED" },
      data: { status: "CANCELLED", cancelledAt: now, sequence: { increment: 1 } },
    });
    if (!cancelled.count) return { told: 0 };
    const facts = await emailFacts(tx, id);
    const emails: EmailToQueue[] = (await activeRegistrations(tx, id)).map((registration) => ({
      key: `event-cancel/${id}/${registration.id}`,
      template: "event-registration",
      to: registration.email,
      lang: registration.lang,
      props: { variant: "cancelled", url: personalUrl(registration.token), ...facts },
    }));
    const told = (await queueEmails(tx, emails)).filter(Boolean).length;
    await audit(tx, { organizerId, action: "event.cancel", subjectType: "event", subjectId: id, details: { told } });
    return { told };
  });
}

/** The attendee list of an event (names and statuses; addresses only in the CSV), in list order. */
export async function attendees(eventId: string, { withEmail = false }: { withEmail?: boolean } = {}) {
  const rows = await db().eventRegistration.findMany({
    where: { eventId, status: { in: registrationStates("active") } },
    orderBy: [{ status: "asc" }, { waitingSince: "asc" }, { confirmedAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true, status: true, confirmedAt: true, waitingSince: true, showName: true },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name ? decrypt(row.name) : null,
    email: withEmail && row.email ? decrypt(row.email) : null,
    status: row.status as "CONFIRMED" | "WAITING",
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    showName: row.showName,
  }));
}

/** The form's values of a saved event (Paris wall clock). */
export function eventDefaults(event: Awaited<ReturnType<typeof eventForAdmin>>) {
  const start = parisWallClock(event.startsAt);
  const end = parisWallClock(event.endsAt);
  return {
    kind: event.kind,
    title: event.title,
    description: event.description,
    startDate: start.day,
    startTime: start.time,
    endDate: end.day,
    endTime: end.time,
    place: event.onlineUrl ? "online" : "address",
    address: event.address ?? "",
    commune: event.commune?.name ?? "",
    inseeCode: event.inseeCode ?? "",
    onlineUrl: event.onlineUrl ?? "",
    capacity: event.capacity ? String(event.capacity) : "",
    ...(event.registration ? { registration: "on" as const } : {}),
    groupId: event.groupId ?? "",
  };
}
