// The campaign calendar (issue 25) on real PostgreSQL: the feeds carry only published dates and
// parse with a real iCalendar parser (ical.js), across a daylight-saving change; the campaign's
// own dates (a petition's hand-in, a legal action's hearing, a council session) become exactly
// one event each; a coordinator cannot enter a council session outside their territory; /agenda
// filters; the open data names nobody.
import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { describe, expect, test } from "vitest";
import type { Prisma } from "~/generated/prisma/client";
import { signIn } from "~/models/session.server";
import { createCouncilSession, setPetitionHandIn } from "~/modules/calendar/campaign-dates.server";
import { agendaList, agendaOpenData, feedCalendar } from "~/modules/calendar/feeds.server";
import { addLegalActionUpdate, createLegalAction, publishLegalAction } from "~/modules/legal-actions/legal-action.server";
import { fromParisLocal } from "~/utils/paris-time";
import { action as councilSessionAction } from "~/routes/admin.agenda_.seance";
import { loader as communeIcsLoader } from "~/routes/villes.$slug_.agenda[.]ics";
import { loader as eventIcsLoader } from "~/routes/agenda.$slug[.]ics";
import { loader as jsonLoader } from "~/routes/agenda[.]json";
import { loader as atomLoader } from "~/routes/agenda[.]atom";
import { loader as groupIcsLoader } from "~/routes/groupes.$slug_.agenda[.]ics";
import { action as petitionAdminAction } from "~/routes/admin.petitions.$id";
import { db } from "~/utils/db.server";
import {
  confirmDocumentRequest,
  ensureDefaultTemplates,
  getActiveTemplate,
  recordStep,
  submitDocumentRequest,
} from "~/modules/document-requests/request.server";
import { loader as requesterFileLoader } from "~/routes/demande.$token_.$file";
import { openPetition } from "../factories/petition";
import { anOrganizer } from "../factories/mandate";

const LYON = "69123";
const RENNES = "35238";
const GRENOBLE = "38185";
const TOULOUSE = "31555";
// Pau: no other test file opens a petition there (files share a database per Vitest worker).
const PAU = "64445";
const MARSEILLE = "13055";
const NICE = "06088";
const DAY = 24 * 60 * 60_000;

const unique = () => randomUUID().slice(0, 8);

async function anEvent(overrides: Partial<Prisma.EventUncheckedCreateInput> = {}) {
  // Whole minutes, as organizers enter them (an iCalendar time has no milliseconds).
  const startsAt = overrides.startsAt ? new Date(overrides.startsAt) : new Date(Math.floor((Date.now() + 10 * DAY) / 60_000) * 60_000);
  return db().event.create({
    data: {
      slug: `test-${unique()}`,
      kind: "WORKSHOP",
      title: `Atelier ${unique()}`,
      description: "Apprendre à repérer les caméras ; et à documenter, ensemble.",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 60 * 60_000),
      address: "12 rue de la République",
      publishedAt: new Date(Date.now() - 60_000),
      ...overrides,
    },
  });
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

const slugOf = async (inseeCode: string) => (await db().commune.findUniqueOrThrow({ where: { inseeCode }, select: { slug: true } })).slug;

async function aGroup(territory: { inseeCode?: string; departmentCode?: string }) {
  return db().localGroup.create({
    data: {
      slug: `groupe-${unique()}`,
      name: `Technopolice ${unique()}`,
      presentation: "Un groupe local.",
      publishedAt: new Date(),
      territories: { create: [territory] },
    },
  });
}

const cookieFor = async (organizerId: string) => (await signIn(organizerId, "/admin")).headers.get("Set-Cookie")?.split(";")[0] ?? "";

describe("feeds", () => {
  test("a commune's feed carries its published dates only, and parses (ical.js)", async () => {
    const published = await anEvent({ inseeCode: LYON });
    const draft = await anEvent({ inseeCode: LYON, publishedAt: null });
    const scheduledLater = await anEvent({ inseeCode: LYON, publishedAt: new Date(Date.now() + DAY) });
    const cancelled = await anEvent({ inseeCode: LYON, status: "CANCELLED", cancelledAt: new Date(), sequence: 2 });
    const old = await anEvent({ inseeCode: LYON, startsAt: new Date(Date.now() - 60 * DAY) });
    const elsewhere = await anEvent({ inseeCode: RENNES });

    const response = await communeIcsLoader({
      request: new Request(`http://localhost/villes/${await slugOf(LYON)}/agenda.ics`),
      params: { slug: await slugOf(LYON) },
      context: {},
    });
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const ics = await response.text();
    expect(ics.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const events = parse(ics);
    const uids = events.map((event) => event.uid);
    expect(uids).toContain(`${published.id}@technopolice`);
    expect(uids).toContain(`${cancelled.id}@technopolice`);
    for (const hidden of [draft, scheduledLater, old, elsewhere]) expect(uids).not.toContain(`${hidden.id}@technopolice`);
    const struck = events.find((event) => event.uid === `${cancelled.id}@technopolice`)!;
    expect(struck.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(struck.sequence).toBe(2);
    const one = events.find((event) => event.uid === `${published.id}@technopolice`)!;
    expect(one.summary).toBe(published.title);
    expect(one.description).toContain("ensemble.");
    expect(one.location).toContain("12 rue de la République");
    expect(one.location).toContain("Lyon");
    expect(one.startDate.toJSDate().getTime()).toBe(published.startsAt.getTime());
  });

  test("an event across the daylight-saving change keeps its instants (Paris, 31 October 2027)", async () => {
    // Saturday 20:00 (UTC+2) to Sunday 03:30 (UTC+1): 8 h 30.
    const event = await anEvent({
      inseeCode: GRENOBLE,
      startsAt: fromParisLocal("2027-10-30T20:00"),
      endsAt: fromParisLocal("2027-10-31T03:30"),
      title: "Nuit de veille",
    });
    const response = await eventIcsLoader({ request: new Request(`http://localhost/agenda/${event.slug}.ics`), params: { slug: event.slug }, context: {} });
    expect(response.headers.get("Content-Disposition")).toContain("attachment");
    const [parsed] = parse(await response.text());
    expect(parsed.startDate.toJSDate().toISOString()).toBe("2027-10-30T18:00:00.000Z");
    expect(parsed.endDate.toJSDate().toISOString()).toBe("2027-10-31T02:30:00.000Z");
    expect(parsed.duration.toSeconds()).toBe(8.5 * 3600);
    // In the commune's feed too.
    const feed = parse((await feedCalendar({ kind: "commune", slug: await slugOf(GRENOBLE) }, "fr"))!);
    expect(
      feed
        .find((one) => one.uid === `${event.id}@technopolice`)
        ?.endDate.toJSDate()
        .toISOString(),
    ).toBe("2027-10-31T02:30:00.000Z");
  });

  test("an online event's location is never its link", async () => {
    const event = await anEvent({ kind: "ONLINE_MEETING", address: null, onlineUrl: "https://visio.example/secret-room" });
    const ics = (await feedCalendar({ kind: "event", slug: event.slug }, "fr"))!;
    expect(ics).not.toContain("secret-room");
    expect(parse(ics)[0].location).toBe("En ligne");
    expect(JSON.stringify(await agendaOpenData())).not.toContain("secret-room");
  });

  test("the open data names nobody: no registrant, no email, no online link", async () => {
    const event = await anEvent({ inseeCode: TOULOUSE, onlineUrl: "https://visio.example/hidden" });
    await db().eventRegistration.create({
      data: {
        eventId: event.id,
        name: "Dominique Secretname",
        email: "dominique.secret@example.org",
        emailIndex: unique(),
        lang: "fr",
        status: "CONFIRMED",
        tokenHash: unique(),
        showName: true,
      },
    });
    const response = await jsonLoader();
    const text = await response.text();
    const body = JSON.parse(text) as { fields: Record<string, string>; events: Record<string, unknown>[] };
    const entry = body.events.find((one) => one.id === event.id)!;
    expect(entry).toBeTruthy();
    expect(Object.keys(entry).sort()).toEqual(Object.keys(body.fields).sort());
    expect(text).not.toContain("Secretname");
    expect(text).not.toContain("dominique.secret");
    expect(text).not.toContain("visio.example");
    expect(text).not.toMatch(/"(registrations|email|emailIndex|showName|onlineUrl)"/);
  });
});

describe("group feed and Atom feed", () => {
  test("a group's feed: its own dates and the campaign's dates in its territory, nothing else", async () => {
    const group = await aGroup({ departmentCode: "44" });
    const own = await anEvent({ groupId: group.id, kind: "ONLINE_MEETING", address: null });
    const inTerritory = await anEvent({ inseeCode: "44109", kind: "COUNCIL_SESSION" });
    const outside = await anEvent({ inseeCode: RENNES });
    const response = await groupIcsLoader({
      request: new Request(`http://localhost/groupes/${group.slug}/agenda.ics`),
      params: { slug: group.slug },
      context: {},
    });
    const uids = parse(await response.text()).map((event) => event.uid);
    expect(uids).toEqual(expect.arrayContaining([`${own.id}@technopolice`, `${inTerritory.id}@technopolice`]));
    expect(uids).not.toContain(`${outside.id}@technopolice`);
    const missing = await groupIcsLoader({ request: new Request("http://localhost/groupes/nope/agenda.ics"), params: { slug: "nope" }, context: {} }).then(
      () => null,
      (thrown: unknown) => thrown as Response,
    );
    expect(missing?.status).toBe(404);
  });

  test("the Atom feed lists newly published dates, never drafts", async () => {
    const published = await anEvent({ title: "Projection & débat <Technopolice>" });
    const draft = await anEvent({ publishedAt: null });
    const response = await atomLoader({ request: new Request("http://localhost/agenda.atom"), params: {}, context: {} });
    expect(response.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await response.text();
    expect(xml).toContain(`<id>urn:uuid:${published.id}</id>`);
    expect(xml).toContain("Projection &amp; débat &lt;Technopolice&gt;");
    expect(xml).not.toContain(draft.id);
  });
});

describe("/agenda", () => {
  test("filters by department, kind and dates; a bad date is named, kept, and ignored", async () => {
    const inBouches = await anEvent({ inseeCode: MARSEILLE, kind: "CAMERA_WALK", startsAt: fromParisLocal("2027-03-10T14:00") });
    const inAlpes = await anEvent({ inseeCode: NICE, kind: "SCREENING", startsAt: fromParisLocal("2027-03-20T20:00") });
    const list = async (query: string) => agendaList(new URLSearchParams(query), "fr");
    const slugs = (result: Awaited<ReturnType<typeof list>>) => result.events.map((event) => event.slug);

    expect(slugs(await list("departement=13"))).toContain(inBouches.slug);
    expect(slugs(await list("departement=13"))).not.toContain(inAlpes.slug);
    expect(slugs(await list("type=SCREENING"))).toContain(inAlpes.slug);
    expect(slugs(await list("type=SCREENING"))).not.toContain(inBouches.slug);
    const march = await list("du=2027-03-15&au=2027-03-20");
    expect(slugs(march)).toContain(inAlpes.slug);
    expect(slugs(march)).not.toContain(inBouches.slug);

    const wrong = await list("departement=13&du=2027-02-31&au=abc");
    expect(wrong.errors).toEqual({ du: "calendar.errors.day", au: "calendar.errors.day" });
    expect(wrong.values).toMatchObject({ departement: "13", du: "2027-02-31", au: "abc" });
    expect(slugs(wrong)).toContain(inBouches.slug);
    expect(slugs(wrong)).not.toContain(inAlpes.slug);
    expect((await list("du=2027-03-20&au=2027-03-01")).errors).toEqual({ au: "calendar.errors.order" });
    expect((await list("departement=999999&type=NOPE")).errors).toEqual({ departement: "calendar.errors.department", type: "calendar.errors.kind" });
  });
});

describe("dates from the campaign", () => {
  test("a petition's hand-in: set, changed, cleared, set again — always exactly one event", async () => {
    const group = await aGroup({ departmentCode: "64" });
    const petition = await openPetition({ inseeCode: PAU });
    const { id: organizerId } = await anOrganizer();
    const events = () => db().event.findMany({ where: { petitionId: petition.id } });

    const set = await setPetitionHandIn({
      petitionId: petition.id,
      handInAt: "2027-01-15T11:00",
      handInPlace: "Hôtel de ville, place Pey-Berland",
      organizerId,
    });
    expect(set).toMatchObject({ ok: true, change: "created" });
    let [event] = await events();
    expect(event).toMatchObject({ kind: "PETITION_HAND_IN", status: "SCHEDULED", inseeCode: PAU, groupId: group.id, sequence: 0 });
    expect(event.slug).toBe("remise-petition-pau-2027-01-15");
    expect(event.startsAt.toISOString()).toBe("2027-01-15T10:00:00.000Z");
    expect(event.publishedAt).not.toBeNull();

    expect(
      await setPetitionHandIn({ petitionId: petition.id, handInAt: "2027-01-15T11:00", handInPlace: "Hôtel de ville, place Pey-Berland", organizerId }),
    ).toMatchObject({
      change: "unchanged",
    });
    expect(
      await setPetitionHandIn({ petitionId: petition.id, handInAt: "2027-01-16T15:30", handInPlace: "Hôtel de ville, place Pey-Berland", organizerId }),
    ).toMatchObject({
      change: "updated",
    });
    [event] = await events();
    expect(event.sequence).toBe(1);
    expect(event.startsAt.toISOString()).toBe("2027-01-16T14:30:00.000Z");
    expect((await db().petition.findUniqueOrThrow({ where: { id: petition.id } })).handInAt?.toISOString()).toBe("2027-01-16T14:30:00.000Z");

    expect(await setPetitionHandIn({ petitionId: petition.id, handInAt: null, handInPlace: null, organizerId })).toMatchObject({ change: "cancelled" });
    [event] = await events();
    expect(event).toMatchObject({ status: "CANCELLED", sequence: 2 });
    expect((await db().petition.findUniqueOrThrow({ where: { id: petition.id } })).handInAt).toBeNull();
    // The cancelled hand-in stays in the feed, struck out.
    const feed = parse((await feedCalendar({ kind: "commune", slug: "pau" }, "fr"))!);
    expect(feed.find((one) => one.uid === `${event.id}@technopolice`)?.component.getFirstPropertyValue("status")).toBe("CANCELLED");

    expect(await setPetitionHandIn({ petitionId: petition.id, handInAt: "2027-02-01T10:00", handInPlace: "Mairie", organizerId })).toMatchObject({
      change: "updated",
    });
    expect(await events()).toHaveLength(1);
    expect((await events())[0]).toMatchObject({ status: "SCHEDULED", cancelledAt: null, sequence: 3 });
    const audits = await db().auditEntry.findMany({ where: { subjectId: petition.id, action: { startsWith: "calendar.hand-in" } } });
    expect(audits.map((entry) => entry.action).sort()).toEqual(["calendar.hand-in.cancel", ...Array(4).fill("calendar.hand-in.set")]);
  });

  test("the petition admin page's hand-in form: a wrong date is named next to its field, what was typed stays", async () => {
    // Bayonne: no other test file uses it (files share a database per Vitest worker).
    const petition = await openPetition({ inseeCode: "64102" });
    const { id: organizerId } = await anOrganizer();
    const cookie = await cookieFor(organizerId);
    const post = (fields: Record<string, string>) =>
      petitionAdminAction({
        request: new Request(`http://localhost/admin/petitions/${petition.id}`, {
          method: "POST",
          headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(fields),
        }),
        params: { id: petition.id },
        context: {},
      });
    const wrong = (await post({ intent: "hand-in", handInAt: "3000-01-01T10:00", handInPlace: "Place Kléber" })) as unknown as {
      data: { form: string; result: { error: Record<string, string[]>; initialValue: Record<string, string> } };
      init: { status: number };
    };
    expect(wrong.init.status).toBe(400);
    expect(wrong.data.form).toBe("hand-in");
    expect(wrong.data.result.error.handInAt).toEqual(["calendar.errors.handInAt"]);
    expect(wrong.data.result.initialValue).toMatchObject({ handInAt: "3000-01-01T10:00", handInPlace: "Place Kléber" });
    const noPlace = (await post({ intent: "hand-in", handInAt: "2027-01-20T10:00", handInPlace: "" })) as unknown as {
      data: { result: { error: Record<string, string[]> } };
    };
    expect(noPlace.data.result.error.handInPlace).toEqual(["calendar.errors.handInPlace"]);
    expect(await db().event.count({ where: { petitionId: petition.id } })).toBe(0);

    const saved = (await post({ intent: "hand-in", handInAt: "2027-01-20T10:00", handInPlace: "Place Kléber" })) as Response;
    expect(saved.status).toBe(302);
    expect(await db().event.count({ where: { petitionId: petition.id, status: "SCHEDULED", inseeCode: "64102" } })).toBe(1);
  });

  test("a legal action update with a hearing: one court hearing event once published, national or in its first commune", async () => {
    const { id: organizerId } = await anOrganizer();
    const input = {
      title: `Recours ${unique()}`,
      communes: "Rennes",
      project: "",
      court: "Tribunal administratif de Rennes",
      filedOn: "2026-09-15",
      status: "FILED" as const,
      summary: "Le collectif demande l'annulation du marché.",
      documents: "",
    };
    const { id } = await createLegalAction({ input, inseeCodes: [RENNES], organizerId });
    const update = await addLegalActionUpdate({
      legalActionId: id,
      happenedOn: "2026-12-01",
      text: "Audience fixée.",
      hearingAt: "2027-02-03T14:00",
      hearingPlace: "Salle 2",
      organizerId,
    });
    expect(update.ok).toBe(true);
    const updateId = update.ok ? update.id : "";
    // Not published yet: no public date.
    expect(await db().event.count({ where: { legalActionUpdateId: updateId } })).toBe(0);
    await publishLegalAction({ id, organizerId });
    const events = await db().event.findMany({ where: { legalActionUpdateId: updateId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "COURT_HEARING", inseeCode: RENNES, registration: false, address: "Salle 2", status: "SCHEDULED" });
    expect(events[0].startsAt.toISOString()).toBe("2027-02-03T13:00:00.000Z");
    // A later update of the published action, with a hearing: its own event at once; the first is not duplicated.
    const national = await createLegalAction({ input: { ...input, title: `Recours national ${unique()}` }, inseeCodes: [], organizerId });
    await publishLegalAction({ id: national.id, organizerId });
    const second = await addLegalActionUpdate({
      legalActionId: national.id,
      happenedOn: "2026-12-02",
      text: "Audience au Conseil d'État.",
      hearingAt: "2027-03-04T09:30",
      hearingPlace: "Conseil d'État",
      organizerId,
    });
    const nationalEvents = await db().event.findMany({ where: { legalActionUpdateId: second.ok ? second.id : "" } });
    expect(nationalEvents).toHaveLength(1);
    expect(nationalEvents[0]).toMatchObject({ inseeCode: null, groupId: null });
    await publishLegalAction({ id, organizerId }); // already published: changes nothing
    expect(await db().event.count({ where: { legalActionUpdateId: updateId } })).toBe(1);
    // An update without a hearing makes no event.
    const plain = await addLegalActionUpdate({ legalActionId: id, happenedOn: "2026-12-03", text: "Mémoire en défense.", organizerId });
    expect(await db().event.count({ where: { legalActionUpdateId: plain.ok ? plain.id : "" } })).toBe(0);
  });

  test("a council session: a coordinator enters one in their territory; outside it, 403 and nothing changes", async () => {
    const group = await aGroup({ inseeCode: MARSEILLE });
    const coordinator = await anOrganizer();
    await db().organizer.update({ where: { id: coordinator.id }, data: { role: "COORDINATOR" } });
    await db().groupCoordinator.create({ data: { groupId: group.id, organizerId: coordinator.id } });
    const cookie = await cookieFor(coordinator.id);
    const post = (fields: Record<string, string>) =>
      councilSessionAction({
        request: new Request("http://localhost/admin/agenda/seance", {
          method: "POST",
          headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(fields),
        }),
        params: {},
        context: {},
      });
    const fields = { startsAt: "2027-04-08T18:00", place: "Hôtel de ville", description: "Vote du contrat de vidéosurveillance algorithmique." };

    const before = await db().event.count();
    const refused = await post({ ...fields, commune: "Nice" }).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(403);
    expect(await db().event.count()).toBe(before);
    expect(await db().auditEntry.count({ where: { organizerId: coordinator.id, action: "territory.refuse", subjectId: NICE } })).toBe(1);

    const bad = await post({ ...fields, commune: "Marseille", startsAt: "1900-01-01T10:00" });
    expect((bad as { init?: { status?: number } }).init?.status).toBe(400);
    expect(await db().event.count()).toBe(before);

    const created = (await post({ ...fields, commune: "Marseille" })) as Response;
    expect(created.status).toBe(302);
    expect(created.headers.get("Location")).toContain("/villes/marseille");
    const session = await db().event.findFirstOrThrow({ where: { kind: "COUNCIL_SESSION", inseeCode: MARSEILLE, createdById: coordinator.id } });
    // The group covering Marseille: the coordinator's, unless another test file of this worker's
    // database made an older Marseille group (the oldest commune group comes first).
    const covering = await db().groupTerritory.findFirstOrThrow({
      where: { inseeCode: MARSEILLE, group: { publishedAt: { not: null } } },
      orderBy: { group: { createdAt: "asc" } },
      select: { groupId: true },
    });
    expect(session.groupId).toBe(covering.groupId);
    expect(session).toMatchObject({ registration: false, status: "SCHEDULED", address: "Hôtel de ville" });
    expect(session.slug).toMatch(/^conseil-municipal-marseille-2027-04-08/);
    expect(session.startsAt.toISOString()).toBe("2027-04-08T16:00:00.000Z");
    expect(await db().auditEntry.count({ where: { action: "calendar.council-session.create", subjectId: session.id } })).toBe(1);
    const feed = parse((await feedCalendar({ kind: "commune", slug: "marseille" }, "fr"))!);
    expect(feed.some((one) => one.uid === `${session.id}@technopolice`)).toBe(true);
  });

  test("two sessions entered at once for one commune and day get two readable slugs", async () => {
    const national = await anOrganizer();
    const commune = { inseeCode: TOULOUSE, name: "Toulouse", slug: "toulouse" };
    const input = { commune: "Toulouse", startsAt: "2027-06-10T18:00", place: "Capitole", description: "Débat sur les caméras algorithmiques." };
    const actor = { id: national.id, role: "ORGANIZER" as const };
    const [a, b] = await Promise.all([createCouncilSession({ actor, commune, input }), createCouncilSession({ actor, commune, input })]);
    expect(new Set([a.slug, b.slug]).size).toBe(2);
    for (const slug of [a.slug, b.slug]) expect(slug).toMatch(/^conseil-municipal-toulouse-2027-06-10(-\d+)?$/);
  });
});

describe("a document request's private deadlines", () => {
  test("its requester's own ICS: whole days, never stored, never indexed; a wrong link is a 404", async () => {
    await ensureDefaultTemplates();
    const template = await getActiveTemplate({ slug: "videosurveillance-algorithmique" });
    if (!template) throw new Error("no template");
    const { token } = await submitDocumentRequest({
      inseeCode: "42218",
      templateId: template.id,
      reportId: null,
      projectLabel: "",
      documents: template.documents.slice(0, 2),
      input: { name: "Camille Martin", address: "3 rue de la République\n42000 Saint-Étienne", email: `habitante.${unique()}@example.org`, showName: false },
      lang: "fr",
    });
    await confirmDocumentRequest({ token });
    const sentOn = new Date(Date.now() - 5 * DAY).toISOString().slice(0, 10);
    expect(await recordStep({ token, step: { intent: "sent", day: sentOn } })).toEqual({ ok: true });

    const get = (value: string) =>
      requesterFileLoader({
        request: new Request(`http://localhost/demande/${value}/echeances.ics`),
        params: { token: value, file: "echeances.ics" },
        context: {},
      });
    const response = await get(token);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("X-Robots-Tag")).toBe("noindex");
    const ics = await response.text();
    expect(ics).not.toContain("Camille");
    const [answerDue] = parse(ics);
    expect(answerDue.startDate.isDate).toBe(true);
    expect(answerDue.summary).toContain("Saint-Étienne");
    expect(answerDue.component.getFirstPropertyValue("url")).toContain(`/demande/${token}`);

    const missing = await get("not-a-token").then(
      () => null,
      (thrown: unknown) => thrown as Response,
    );
    expect(missing?.status).toBe(404);
  });
});
