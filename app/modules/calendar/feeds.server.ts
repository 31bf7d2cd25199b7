// The campaign calendar's public side: which events are public, the /agenda list, the ICS feeds
// (per event, group, commune, national), the Atom feed of new dates and the open data JSON.
// Public means published (publishedAt set, not in the future); the feeds carry the upcoming
// dates and those of the last 30 days (a date that just passed stays in calendars), cancelled
// ones included with STATUS:CANCELLED so that subscribed calendars strike them out. Nothing
// here reads registrations: no feed says who comes (only the event's own page counts them).
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { translator, type Lang } from "~/utils/i18n";
import { writeCalendar, type IcsEvent } from "~/utils/ics.server";
import { escapeXml } from "~/utils/text";
import { cached } from "~/utils/memo.server";
import { EVENT_FACTS_SELECT } from "~/modules/events/select.server";
import { fromParisLocal } from "~/utils/paris-time";
import { agendaFormValues, parseAgendaQuery, type AgendaQuery } from "./schema";

/** How long a past date stays in the feeds. */
export const PAST_DAYS = 30;
const DAY_MS = 24 * 60 * 60_000;
/** How many dates a feed carries at most (the national one, in a busy year). */
const FEED_LIMIT = 1_000;

const eventSelect = {
  ...EVENT_FACTS_SELECT,
  sequence: true,
  createdAt: true,
  updatedAt: true,
  commune: { select: { inseeCode: true, name: true, slug: true, departmentCode: true, postcodes: true } },
  group: { select: { slug: true, name: true } },
} satisfies Prisma.EventSelect;
export type PublicEvent = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

/** Published events (not drafts), ending no more than PAST_DAYS ago. */
export function publicWhere(now: Date): Prisma.EventWhereInput {
  return { publishedAt: { not: null, lte: now }, endsAt: { gte: new Date(now.getTime() - PAST_DAYS * DAY_MS) } };
}

export const eventUrl = (slug: string) => `${env().PUBLIC_URL}/agenda/${encodeURIComponent(slug)}`;

/** LOCATION: the address and the commune; for an online event, never its link (only registered people get it). */
export function eventLocation(event: Pick<PublicEvent, "address" | "commune" | "kind">, lang: Lang) {
  if (!event.address) return event.kind === "ONLINE_MEETING" || !event.commune ? translator(lang)("calendar.online") : event.commune.name;
  if (!event.commune) return event.address;
  return `${event.address}, ${event.commune.postcodes[0] ? `${event.commune.postcodes[0]} ` : ""}${event.commune.name}`;
}

export function toIcsEvent(event: PublicEvent, lang: Lang): IcsEvent {
  const t = translator(lang);
  const url = eventUrl(event.slug);
  return {
    uid: `${event.id}@technopolice`,
    sequence: event.sequence,
    start: event.startsAt,
    end: event.endsAt,
    summary: event.status === "CANCELLED" ? `${t("calendar.cancelled")} — ${event.title}` : event.title,
    description: `${event.description}\n\n${t("calendar.feed.more", { url })}`,
    location: eventLocation(event, lang),
    url,
    cancelled: event.status === "CANCELLED",
    categories: [t(`calendar.kind.${event.kind}`)],
    created: event.createdAt,
    lastModified: event.updatedAt,
  };
}

export type FeedScope = { kind: "national" } | { kind: "event"; slug: string } | { kind: "commune"; slug: string } | { kind: "group"; slug: string };

/** The events of a feed, oldest first; null when its commune, group or event does not exist. */
export async function feedEvents(scope: FeedScope, now = new Date()): Promise<{ name: string; events: PublicEvent[] } | null> {
  const base = publicWhere(now);
  const list = (where: Prisma.EventWhereInput) =>
    db().event.findMany({ where: { AND: [base, where] }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: FEED_LIMIT, select: eventSelect });
  switch (scope.kind) {
    case "national":
      return { name: "", events: await list({}) };
    case "event": {
      // One event's file: whatever its date, as long as it is published.
      const event = await db().event.findFirst({ where: { slug: scope.slug, publishedAt: { not: null, lte: now } }, select: eventSelect });
      return event ? { name: event.title, events: [event] } : null;
    }
    case "commune": {
      const commune = await db().commune.findUnique({ where: { slug: scope.slug }, select: { inseeCode: true, name: true } });
      return commune ? { name: commune.name, events: await list({ inseeCode: commune.inseeCode }) } : null;
    }
    case "group": {
      const group = await db().localGroup.findFirst({
        where: { slug: scope.slug, publishedAt: { not: null } },
        select: { id: true, name: true, territories: { select: { inseeCode: true, departmentCode: true } } },
      });
      if (!group) return null;
      const inseeCodes = group.territories.flatMap((row) => (row.inseeCode ? [row.inseeCode] : []));
      const departmentCodes = group.territories.flatMap((row) => (row.departmentCode ? [row.departmentCode] : []));
      // The group's own dates, and the campaign's dates in its territory (a council session there).
      return {
        name: group.name,
        events: await list({ OR: [{ groupId: group.id }, { inseeCode: { in: inseeCodes } }, { commune: { departmentCode: { in: departmentCodes } } }] }),
      };
    }
  }
}

/** A feed as an iCalendar file; null when its subject does not exist. */
export async function feedCalendar(scope: FeedScope, lang: Lang, now = new Date()): Promise<string | null> {
  const feed = await feedEvents(scope, now);
  if (!feed) return null;
  const t = translator(lang);
  const name =
    scope.kind === "national"
      ? t("calendar.feed.national")
      : scope.kind === "event"
        ? feed.name
        : t(scope.kind === "commune" ? "calendar.feed.commune" : "calendar.feed.group", { commune: feed.name, group: feed.name });
  return writeCalendar({ name, description: t("calendar.feed.description"), events: feed.events.map((event) => toIcsEvent(event, lang)), now });
}

/** The /agenda list: upcoming scheduled dates, filtered. The "to" day is included (until its midnight in Paris). */
export async function agendaEvents(filter: AgendaQuery, now = new Date()) {
  const from = filter.du ? fromParisLocal(`${filter.du}T00:00`) : now;
  const after = from > now ? from : now;
  const where: Prisma.EventWhereInput = {
    publishedAt: { not: null, lte: now },
    status: "SCHEDULED",
    endsAt: { gte: after },
    ...(filter.au ? { startsAt: { lt: new Date(fromParisLocal(`${filter.au}T00:00`).getTime() + DAY_MS) } } : {}),
    ...(filter.type ? { kind: filter.type } : {}),
    ...(filter.departement ? { commune: { departmentCode: filter.departement } } : {}),
  };
  return db().event.findMany({ where, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: 500, select: eventSelect });
}

/** A commune page's next dates (a short list). */
export async function communeEvents(inseeCode: string, now = new Date()) {
  return cached(`commune-events:${inseeCode}`, 1_000, () =>
    db().event.findMany({
      where: { inseeCode, publishedAt: { not: null, lte: now }, status: "SCHEDULED", endsAt: { gte: now } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 5,
      select: { slug: true, title: true, kind: true, startsAt: true, endsAt: true },
    }),
  );
}

/** The Atom feed of new dates: the latest published, newest first. */
export async function agendaAtom(lang: Lang, now = new Date()) {
  const t = translator(lang);
  const base = env().PUBLIC_URL;
  const events = await db().event.findMany({
    where: publicWhere(now),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 50,
    select: eventSelect,
  });
  const updated = events.reduce((latest, event) => (event.updatedAt > latest ? event.updatedAt : latest), new Date(0));
  const when = (event: PublicEvent) =>
    new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Paris" }).format(event.startsAt);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <title>${escapeXml(t("calendar.feed.national"))}</title>
  <id>${escapeXml(base)}/agenda</id>
  <link rel="alternate" href="${escapeXml(base)}/agenda"/>
  <link rel="self" href="${escapeXml(base)}/agenda.atom"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>Technopolice</name></author>
${events
  .map(
    (event) => `  <entry>
    <title>${escapeXml(event.status === "CANCELLED" ? `${t("calendar.cancelled")} — ${event.title}` : event.title)}</title>
    <id>urn:uuid:${event.id}</id>
    <link rel="alternate" href="${escapeXml(eventUrl(event.slug))}"/>
    <published>${(event.publishedAt ?? event.createdAt).toISOString()}</published>
    <updated>${event.updatedAt.toISOString()}</updated>
    <category term="${event.kind}" label="${escapeXml(t(`calendar.kind.${event.kind}`))}"/>
    <summary>${escapeXml(`${when(event)} — ${eventLocation(event, lang)}\n\n${event.description}`)}</summary>
  </entry>`,
  )
  .join("\n")}
</feed>
`;
}

/**
 * The open data: every public date (as the feeds), with what the public page shows and nothing
 * about people: no registrant, no name, no count of registrations, no online link.
 */
export async function agendaOpenData(now = new Date()) {
  const events = await db().event.findMany({ where: publicWhere(now), orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: FEED_LIMIT, select: eventSelect });
  return {
    license: "Licence Ouverte / Open Licence 2.0",
    generatedAt: now.toISOString(),
    fields: {
      id: "stable identifier (UUID)",
      url: "public page",
      ics: "iCalendar file of the event",
      kind: "WORKSHOP | CAMERA_WALK | PUBLIC_MEETING | SCREENING | PETITION_HAND_IN | COUNCIL_SESSION | COURT_HEARING | ONLINE_MEETING",
      title: "title",
      description: "description (plain text)",
      startsAt: "start (ISO 8601, UTC)",
      endsAt: "end (ISO 8601, UTC)",
      status: "SCHEDULED | CANCELLED",
      address: "street address, null for an online event",
      commune: "INSEE code, name and department of the commune, null for a national or online date",
      group: "the local group's slug and name, null for a national date",
      registration: "whether the page takes registrations",
      capacity: "places, null when unlimited",
      publishedAt: "when it was published",
      sequence: "revision number (RFC 5545 SEQUENCE)",
    },
    events: events.map((event) => ({
      id: event.id,
      url: eventUrl(event.slug),
      ics: `${eventUrl(event.slug)}.ics`,
      kind: event.kind,
      title: event.title,
      description: event.description,
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      status: event.status,
      address: event.address,
      commune: event.commune ? { inseeCode: event.commune.inseeCode, name: event.commune.name, departmentCode: event.commune.departmentCode } : null,
      group: event.group ? { slug: event.group.slug, name: event.group.name } : null,
      registration: event.registration,
      capacity: event.capacity,
      publishedAt: event.publishedAt?.toISOString() ?? null,
      sequence: event.sequence,
    })),
  };
}

/** What /agenda shows: the filters as typed, a message per invalid one, and the matching dates. */
export async function agendaList(params: URLSearchParams, lang: Lang, now = new Date()) {
  const { filter, errors } = parseAgendaQuery(params);
  const events = await agendaEvents(filter, now);
  return {
    values: agendaFormValues(params),
    errors,
    events: events.map((event) => ({
      slug: event.slug,
      kind: event.kind,
      title: event.title,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      place: eventLocation(event, lang),
      group: event.group,
    })),
  };
}
