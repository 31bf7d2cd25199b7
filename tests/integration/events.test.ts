// Events (issue 25) on real PostgreSQL: the waiting list under concurrent confirmations and
// cancellations (capacity never exceeded, nobody skipped, order kept), day-before reminders
// exactly once (job run twice, a crash between queueing and marking), change and cancellation
// emails exactly once, Paris times across daylight-saving changes, a coordinator of another
// territory refused everywhere (loader, actions, CSV: 403, nothing changed), and bad input.
import { describe, expect, test } from "vitest";
import { emailKey, queueEmail, recipientIndexFor } from "~/models/email-message.server";
import { addOrganizer } from "~/models/organizer.server";
import { signIn } from "~/models/session.server";
import { collectData, deleteData } from "~/modules/my-data/data.server";
import { cancelEvent, createEvent, publishEvent, updateEvent } from "~/modules/events/event.server";
import { eventRetentionRules } from "~/modules/events/privacy.server";
import { cancelRegistration, confirmRegistration, publicEvent, registerForEvent, registrationForToken } from "~/modules/events/registration.server";
import { reminderKey, sendEventReminders } from "~/modules/events/reminders.server";
import type { EventInput } from "~/modules/events/schema";
import { action as adminEventAction, loader as adminEventLoader } from "~/routes/admin.evenements.$id";
import { loader as adminCsvLoader } from "~/routes/admin.evenements.$id.inscrits[.]csv";
import { loader as adminListLoader } from "~/routes/admin.evenements._index";
import { action as newEventAction } from "~/routes/admin.evenements.nouveau";
import { action as publicAction } from "~/routes/agenda.$slug";
import { loader as personalLoader } from "~/routes/inscription.$token";
import { decrypt } from "~/utils/crypto.server";
import { parisDay } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { FORM_GUARD_FIELDS } from "~/utils/form-guard-fields";
import { issueFormGuardToken } from "~/utils/form-guard.server";
import { nextDay, parisInstant, parisWallClock } from "~/utils/paris-time";

const DAY = 24 * 3600_000;
const unique = () => Math.random().toString(36).slice(2, 10);
const MARSEILLE = "13055";
const NICE = "06088";

async function organizer(role: "ORGANIZER" | "ADMIN" | "COORDINATOR" = "ORGANIZER") {
  const { id } = await addOrganizer({ email: `orga-${unique()}@collectif.example`, role, addedBy: null });
  const cookie = (await signIn(id, "/admin")).headers.get("Set-Cookie")?.split(";")[0] ?? "";
  return { id, role, cookie };
}

async function group(inseeCode: string) {
  return db().localGroup.create({
    data: { slug: `g-${unique()}`, name: `Groupe ${unique()}`, presentation: "Un groupe.", publishedAt: new Date(), territories: { create: { inseeCode } } },
    select: { id: true },
  });
}

function input(overrides: Partial<EventInput> = {}, startsIn = 10 * DAY): EventInput {
  const start = parisWallClock(new Date(Date.now() + startsIn));
  const end = parisWallClock(new Date(Date.now() + startsIn + 2 * 3600_000));
  return {
    kind: "CAMERA_WALK",
    title: "Cartopartie du centre-ville",
    description: "Repérons ensemble les caméras du centre.",
    startDate: start.day,
    startTime: start.time,
    endDate: end.day,
    endTime: end.time,
    place: "address",
    address: "Place de la Mairie",
    commune: "Marseille",
    inseeCode: MARSEILLE,
    onlineUrl: "",
    capacity: undefined,
    registration: true,
    groupId: undefined,
    ...overrides,
  };
}

async function publishedEvent(overrides: Partial<EventInput> = {}, startsIn?: number) {
  const orga = await organizer();
  const value = input(overrides, startsIn);
  const created = await createEvent({ input: value, inseeCode: value.place === "online" ? null : (value.inseeCode ?? MARSEILLE), organizerId: orga.id });
  await publishEvent({ id: created.id, organizerId: orga.id });
  return { ...created, organizerId: orga.id, input: value };
}

/** The personal link's token in the last event email queued for an address. */
async function lastToken(email: string) {
  const message = await db().emailMessage.findFirstOrThrow({
    where: { template: "event-registration", recipientIndex: recipientIndexFor(email) },
    orderBy: { createdAt: "desc" },
    select: { payload: true },
  });
  return /\/inscription\/([A-Za-z0-9_-]+)/.exec(decrypt(message.payload))![1];
}

async function register(eventId: string, name = `Personne ${unique()}`, showName = false) {
  const email = `p.${unique()}@example.org`;
  const registered = await registerForEvent({ eventId, input: { name, email, showName, consent: true }, lang: "fr" });
  expect(registered.ok).toBe(true);
  return { email, name, token: await lastToken(email) };
}

async function variantsTo(email: string) {
  const rows = await db().emailMessage.findMany({
    where: { template: "event-registration", recipientIndex: recipientIndexFor(email) },
    select: { payload: true },
  });
  return rows.map((row) => (JSON.parse(decrypt(row.payload)) as { variant: string }).variant).sort();
}

async function statuses(eventId: string) {
  return db().eventRegistration.findMany({
    where: { eventId },
    orderBy: [{ waitingSince: "asc" }, { id: "asc" }],
    select: { id: true, status: true, waitingSince: true, confirmedAt: true, promotedAt: true },
  });
}

describe("registration and the waiting list", () => {
  test("double opt-in: nothing counts until confirmed; a seat if free, else the waiting list", async () => {
    const event = await publishedEvent({ capacity: 2 });
    const [a, b, c] = [await register(event.id, "Alix", true), await register(event.id, "Bao"), await register(event.id, "Cyd")];
    expect((await publicEvent(event.slug))?.confirmed).toBe(0);
    expect(await confirmRegistration({ token: a.token })).toEqual({ ok: true, status: "CONFIRMED" });
    expect(await confirmRegistration({ token: a.token })).toEqual({ ok: true, status: "CONFIRMED" });
    expect(await confirmRegistration({ token: b.token })).toEqual({ ok: true, status: "CONFIRMED" });
    const at = new Date(Math.floor(Date.now() / 1000) * 1000 + 123);
    expect(await confirmRegistration({ token: c.token, now: at })).toEqual({ ok: true, status: "WAITING" });
    const waitingRow = await db().eventRegistration.findFirstOrThrow({ where: { eventId: event.id, status: "WAITING" } });
    expect([waitingRow.confirmedAt?.toISOString(), waitingRow.waitingSince?.toISOString()]).toEqual([at.toISOString(), at.toISOString()]);
    const page = await publicEvent(event.slug);
    // Only the name of the person who opted in; counts for the rest.
    expect(page).toMatchObject({ confirmed: 2, waiting: 1, free: 0, names: ["Alix"] });
    expect(await registrationForToken(c.token)).toMatchObject({ status: "WAITING", position: 1 });
    expect(await variantsTo(a.email)).toEqual(["confirm", "registered"]);
    expect(await variantsTo(c.email)).toEqual(["confirm", "waiting"]);

    // Cancelling a seat moves the first person waiting up, and tells them once.
    expect(await cancelRegistration({ token: a.token })).toEqual({ ok: true, promoted: 1 });
    expect(await cancelRegistration({ token: a.token })).toEqual({ ok: true, promoted: 0 });
    expect(await registrationForToken(c.token)).toMatchObject({ status: "CONFIRMED" });
    expect(await variantsTo(c.email)).toEqual(["confirm", "moved-up", "waiting"]);
    expect((await publicEvent(event.slug))?.names).toEqual([]);
  });

  test("the same address twice: one registration, the link sent again", async () => {
    const event = await publishedEvent();
    const email = `same.${unique()}@example.org`;
    await registerForEvent({ eventId: event.id, input: { name: "Dom", email, showName: false, consent: true }, lang: "fr" });
    const again = await registerForEvent({ eventId: event.id, input: { name: "Dom", email: email.toUpperCase(), showName: false, consent: true }, lang: "fr" });
    expect(again).toEqual({ ok: true, repeat: true });
    expect(await db().eventRegistration.count({ where: { eventId: event.id } })).toBe(1);
  });

  test("concurrent confirmations and cancellations: capacity never exceeded, nobody skipped, order kept", async () => {
    const CAPACITY = 5;
    const event = await publishedEvent({ capacity: CAPACITY });
    const people = [];
    for (let i = 0; i < 24; i++) people.push(await register(event.id, `Personne ${i}`));
    // 16 confirm at once.
    const first = await Promise.all(people.slice(0, 16).map((person) => confirmRegistration({ token: person.token })));
    expect(first.filter((result) => result.ok && result.status === "CONFIRMED")).toHaveLength(CAPACITY);
    expect(first.filter((result) => result.ok && result.status === "WAITING")).toHaveLength(16 - CAPACITY);

    // Then, all at once: 4 seats given back, 8 newcomers confirm, 2 people waiting leave.
    const rows = await statuses(event.id);
    const confirmedIds = new Set(rows.filter((row) => row.status === "CONFIRMED").map((row) => row.id));
    const tokensById = new Map<string, string>();
    for (const person of people) {
      const found = await registrationForToken(person.token);
      tokensById.set(found!.id, person.token);
    }
    const waitingBefore = rows.filter((row) => row.status === "WAITING").map((row) => row.id);
    const leaving = [...confirmedIds].slice(0, 4);
    // The two last people waiting leave (earlier ones might be moved up before their cancellation lands).
    const waitingLeaving = waitingBefore.slice(-2);
    await Promise.all([
      ...leaving.map((id) => cancelRegistration({ token: tokensById.get(id)! })),
      ...waitingLeaving.map((id) => cancelRegistration({ token: tokensById.get(id)! })),
      ...people.slice(16).map((person) => confirmRegistration({ token: person.token })),
    ]);

    const after = await statuses(event.id);
    const confirmed = after.filter((row) => row.status === "CONFIRMED");
    const waiting = after.filter((row) => row.status === "WAITING");
    expect(confirmed).toHaveLength(CAPACITY);
    // Nobody skipped: the 4 seats went to the first 4 still waiting, in order (waitingSince, id).
    const stillWaiting = waitingBefore.filter((id) => !waitingLeaving.includes(id));
    const promoted = after.filter((row) => row.promotedAt).map((row) => row.id);
    expect(new Set(promoted)).toEqual(new Set(stillWaiting.slice(0, 4)));
    // Newcomers confirmed after the list started waiting queue behind it.
    expect(waiting.map((row) => row.id).slice(0, stillWaiting.length - 4)).toEqual(stillWaiting.slice(4));
    expect(waiting).toHaveLength(16 - CAPACITY - 2 - 4 + 8);
    // Each promoted person told once.
    for (const id of promoted) {
      const token = tokensById.get(id)!;
      const person = people.find((p) => p.token === token)!;
      expect((await variantsTo(person.email)).filter((variant) => variant === "moved-up")).toHaveLength(1);
    }
  });

  test("many rounds of random concurrent operations keep the invariants", async () => {
    const CAPACITY = 3;
    const event = await publishedEvent({ capacity: CAPACITY });
    const people = [];
    for (let i = 0; i < 20; i++) people.push(await register(event.id));
    let next = 0;
    for (let round = 0; round < 5; round++) {
      const active = await db().eventRegistration.findMany({
        where: { eventId: event.id, status: { in: ["CONFIRMED", "WAITING"] } },
        select: { tokenHash: true },
      });
      const cancels = people.filter(() => active.length > 0 && Math.random() < 0.3).slice(0, 3);
      const confirms = people.slice(next, next + 4);
      next += 4;
      await Promise.all([...confirms.map((p) => confirmRegistration({ token: p.token })), ...cancels.map((p) => cancelRegistration({ token: p.token }))]);
      const rows = await statuses(event.id);
      const confirmed = rows.filter((row) => row.status === "CONFIRMED").length;
      const waiting = rows.filter((row) => row.status === "WAITING").length;
      expect(confirmed).toBeLessThanOrEqual(CAPACITY);
      // A free seat never stays free while someone waits.
      if (waiting > 0) expect(confirmed).toBe(CAPACITY);
    }
  });
});

describe("reminders", () => {
  /** An instant tomorrow-minus-a-day at 10:30 Paris for an event starting at 18:00 the day after. */
  function times() {
    const today = parisWallClock(new Date(Date.now() + 3 * DAY)).day;
    const tomorrow = nextDay(today);
    return { now: parisInstant(today, "10:30")!, early: parisInstant(today, "09:45")!, startDay: tomorrow };
  }

  test("exactly once: the job run twice at once and again, and after a crash between queueing and marking", async () => {
    const { now, early, startDay } = times();
    const orga = await organizer();
    const value = input({ startDate: startDay, startTime: "18:00", endDate: startDay, endTime: "20:00" });
    const created = await createEvent({ input: value, inseeCode: MARSEILLE, organizerId: orga.id });
    await publishEvent({ id: created.id, organizerId: orga.id });
    const people = [await register(created.id), await register(created.id), await register(created.id)];
    for (const person of people) await confirmRegistration({ token: person.token });
    const pending = await register(created.id);

    expect(await sendEventReminders({ now: early })).toBe(0);

    // The crash: a run queued the first person's reminder, then died before marking it.
    const crashed = await db().eventRegistration.findFirstOrThrow({ where: { eventId: created.id, status: "CONFIRMED" }, orderBy: { id: "asc" } });
    await db().$transaction((tx) =>
      queueEmail(tx, {
        key: reminderKey(crashed.id, startDay),
        template: "event-registration",
        to: decrypt(crashed.email!),
        lang: "fr",
        props: {
          variant: "reminder",
          url: "https://technopolice.example/inscription/x",
          eventTitle: "x",
          startsAt: new Date().toISOString(),
          endsAt: new Date().toISOString(),
          place: null,
          eventUrl: "https://technopolice.example/agenda/x",
          icsUrl: "https://technopolice.example/agenda/x.ics",
        },
      }),
    );

    const [one, two] = await Promise.all([sendEventReminders({ now }), sendEventReminders({ now })]);
    expect(one + two).toBe(2);
    expect(await sendEventReminders({ now: new Date(now.getTime() + 15 * 60_000) })).toBe(0);
    const rows = await db().eventRegistration.findMany({ where: { eventId: created.id, status: "CONFIRMED" } });
    expect(rows.every((row) => row.remindedAt)).toBe(true);
    for (const row of rows) expect(await db().emailMessage.count({ where: { idempotencyKey: emailKey(reminderKey(row.id, startDay)) } })).toBe(1);
    // Unconfirmed people get none; the reminder carries the calendar and personal links.
    expect(await variantsTo(pending.email)).toEqual(["confirm"]);
    const reminder = await db().emailMessage.findFirstOrThrow({
      where: { idempotencyKey: emailKey(reminderKey(rows.find((row) => row.id !== crashed.id)!.id, startDay)) },
    });
    const payload = JSON.parse(decrypt(reminder.payload)) as { icsUrl: string; url: string };
    expect(payload.icsUrl).toMatch(new RegExp(`/agenda/${created.slug}\\.ics$`));
    expect(payload.url).toMatch(/\/inscription\//);
  });

  test("not for events later than tomorrow, nor cancelled ones", async () => {
    const { now } = times();
    const later = await publishedEvent({}, 6 * DAY);
    await confirmRegistration({ token: (await register(later.id)).token });
    expect(await sendEventReminders({ now })).toBe(0);
  });
});

describe("changes and cancellation", () => {
  test("a change is emailed once to each person confirmed or waiting; a cancellation once", async () => {
    const event = await publishedEvent({ capacity: 1 });
    const [a, b, c] = [await register(event.id), await register(event.id), await register(event.id)];
    await confirmRegistration({ token: a.token });
    await confirmRegistration({ token: b.token });
    await cancelRegistration({ token: c.token });

    // Saving the same values again tells nobody.
    expect((await updateEvent({ id: event.id, input: event.input, inseeCode: MARSEILLE, organizerId: event.organizerId })).told).toBe(0);
    const moved = input({ startTime: "09:00", endTime: "23:00", capacity: 1 });
    const [first, second] = await Promise.all([
      updateEvent({ id: event.id, input: moved, inseeCode: MARSEILLE, organizerId: event.organizerId }),
      updateEvent({ id: event.id, input: moved, inseeCode: MARSEILLE, organizerId: event.organizerId }),
    ]);
    // Two saves of the same change at once: the second finds nothing changed.
    expect(first.told + second.told).toBe(2);
    expect((await db().event.findUniqueOrThrow({ where: { id: event.id } })).sequence).toBe(1);
    expect(await variantsTo(a.email)).toEqual(["changed", "confirm", "registered"]);
    expect(await variantsTo(b.email)).toEqual(["changed", "confirm", "waiting"]);
    expect(await variantsTo(c.email)).toEqual(["confirm"]);

    const [x, y] = await Promise.all([
      cancelEvent({ id: event.id, organizerId: event.organizerId }),
      cancelEvent({ id: event.id, organizerId: event.organizerId }),
    ]);
    expect(x.told + y.told).toBe(2);
    expect((await variantsTo(a.email)).filter((variant) => variant === "cancelled")).toHaveLength(1);
    expect((await variantsTo(b.email)).filter((variant) => variant === "cancelled")).toHaveLength(1);
    expect(
      await db().auditEntry.count({ where: { subjectId: event.id, action: { in: ["event.create", "event.publish", "event.update", "event.cancel"] } } }),
    ).toBe(1 + 1 + 3 + 1);
  });

  test("a capacity raised moves people up", async () => {
    const event = await publishedEvent({ capacity: 1 });
    const [a, b] = [await register(event.id), await register(event.id)];
    await confirmRegistration({ token: a.token });
    await confirmRegistration({ token: b.token });
    await updateEvent({ id: event.id, input: { ...event.input, capacity: 2 }, inseeCode: MARSEILLE, organizerId: event.organizerId });
    expect(await registrationForToken(b.token)).toMatchObject({ status: "CONFIRMED" });
  });
});

describe("Paris times", () => {
  test("the form's wall-clock times are stored as the right instants across both changes of 2026", async () => {
    const spring = await publishedEvent({ startDate: "2026-03-29", startTime: "02:30", endDate: "2026-03-29", endTime: "04:00" }, -DAY);
    const autumn = await publishedEvent({ startDate: "2026-10-25", startTime: "02:30", endDate: "2026-10-25", endTime: "03:30" }, -DAY);
    expect((await db().event.findUniqueOrThrow({ where: { id: spring.id } })).startsAt.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    const stored = await db().event.findUniqueOrThrow({ where: { id: autumn.id } });
    expect(stored.startsAt.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(stored.endsAt.toISOString()).toBe("2026-10-25T02:30:00.000Z");
    expect(parisDay(stored.startsAt)).toBe("2026-10-25");
  });
});

describe("territorial rights", () => {
  const get = (path: string, cookie: string) => new Request(`http://localhost${path}`, { headers: { Cookie: cookie } });
  const post = (path: string, cookie: string, fields: Record<string, string>) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    return new Request(`http://localhost${path}`, { method: "POST", body, headers: { Cookie: cookie } });
  };
  async function status(promise: Promise<unknown>) {
    try {
      const result = await promise;
      return result instanceof Response ? result.status : ((result as { init?: { status?: number } | null })?.init?.status ?? 200);
    } catch (thrown) {
      return thrown instanceof Response ? thrown.status : 500;
    }
  }

  test("a coordinator of Nice is refused on a Marseille event: loader, actions, CSV answer 403, nothing changes, each refusal audited", async () => {
    const marseille = await group(MARSEILLE);
    const nice = await group(NICE);
    const niceCoordinator = await organizer("COORDINATOR");
    await db().groupCoordinator.create({ data: { groupId: nice.id, organizerId: niceCoordinator.id } });
    const marseilleCoordinator = await organizer("COORDINATOR");
    await db().groupCoordinator.create({ data: { groupId: marseille.id, organizerId: marseilleCoordinator.id } });
    const event = await publishedEvent({ groupId: marseille.id });
    const person = await register(event.id, "Éva");
    await confirmRegistration({ token: person.token });
    const before = await db().event.findUniqueOrThrow({ where: { id: event.id } });
    const context = {};
    const params = { id: event.id };
    const path = `/admin/evenements/${event.id}`;
    const fields = (intent: string) => ({
      ...Object.fromEntries(Object.entries(event.input).map(([k, v]) => [k, String(v ?? "")])),
      intent,
      confirm: "1",
      registration: "on",
    });

    expect(await status(adminEventLoader({ request: get(path, niceCoordinator.cookie), params, context }))).toBe(403);
    for (const intent of ["save", "publish", "cancel"]) {
      expect(await status(adminEventAction({ request: post(path, niceCoordinator.cookie, fields(intent)), params, context }))).toBe(403);
    }
    expect(await status(adminCsvLoader({ request: get(`${path}/inscrits.csv`, niceCoordinator.cookie), params, context }))).toBe(403);
    expect(await db().event.findUniqueOrThrow({ where: { id: event.id } })).toEqual(before);
    expect(await db().auditEntry.count({ where: { organizerId: niceCoordinator.id, action: "territory.refuse", subjectId: event.id } })).toBe(5);
    // The list does not show it either; creating an event for the Marseille group is a field error.
    const list = (await adminListLoader({ request: get("/admin/evenements", niceCoordinator.cookie), params: {}, context })) as { events: { id: string }[] };
    expect(list.events.map((row) => row.id)).not.toContain(event.id);
    let refused = 0;
    try {
      await newEventAction({
        request: post("/admin/evenements/nouveau", niceCoordinator.cookie, { ...fields("save"), groupId: marseille.id }),
        params: {},
        context,
      });
    } catch (thrown) {
      refused = thrown instanceof Response ? thrown.status : 500;
    }
    expect(refused).toBe(403);
    expect(await db().event.count({ where: { groupId: marseille.id } })).toBe(1);

    // The Marseille coordinator sees it, its list, and exports it (audited).
    expect(await status(adminEventLoader({ request: get(path, marseilleCoordinator.cookie), params, context }))).toBe(200);
    const csv = (await adminCsvLoader({ request: get(`${path}/inscrits.csv`, marseilleCoordinator.cookie), params, context })) as Response;
    expect(await csv.text()).toContain(person.email);
    expect(await db().auditEntry.count({ where: { organizerId: marseilleCoordinator.id, action: "event.attendees.csv", subjectId: event.id } })).toBe(1);
    // A national event is national organizers' only.
    const national = await publishedEvent();
    expect(
      await status(adminEventLoader({ request: get(`/admin/evenements/${national.id}`, marseilleCoordinator.cookie), params: { id: national.id }, context })),
    ).toBe(403);
  });
});

describe("bad input", () => {
  async function submit(fields: Record<string, string>) {
    const orga = await organizer();
    const body = new FormData();
    const base = input();
    const all: Record<string, string> = {
      intent: "save",
      kind: base.kind,
      title: base.title,
      description: base.description,
      startDate: base.startDate,
      startTime: base.startTime,
      endDate: base.endDate,
      endTime: base.endTime,
      place: "address",
      address: base.address,
      commune: "Marseille",
      inseeCode: MARSEILLE,
      onlineUrl: "",
      capacity: "",
      registration: "on",
      groupId: "",
      ...fields,
    };
    for (const [name, value] of Object.entries(all)) body.set(name, value);
    const request = new Request("http://localhost/admin/evenements/nouveau", { method: "POST", body, headers: { Cookie: orga.cookie } });
    return (await newEventAction({ request, params: {}, context: {} })) as unknown as {
      data: { result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } };
      init: { status: number };
    };
  }

  test.each([
    ["end before start", { endDate: "2026-01-01", startDate: "2026-01-02" }, "endDate", "events.errors.endBeforeStart"],
    ["capacity 0", { capacity: "0" }, "capacity", "events.errors.capacity"],
    ["capacity 10⁹", { capacity: "1000000000" }, "capacity", "events.errors.capacity"],
    ["year 1900", { startDate: "1900-05-01" }, "startDate", "events.errors.year"],
    ["year 3000", { endDate: "3000-05-01" }, "endDate", "events.errors.year"],
    ["unknown commune", { commune: "Zzyzxville", inseeCode: "" }, "commune", "reports.errors.communeUnknown"],
    ["10,000-character description", { description: "x".repeat(10_000) }, "description", "events.errors.descriptionTooLong"],
    ["javascript: URL", { place: "online", onlineUrl: "javascript:alert(1)" }, "onlineUrl", "events.errors.onlineUrl"],
    ["http: URL", { place: "online", onlineUrl: "http://example.org/reunion" }, "onlineUrl", "events.errors.onlineUrl"],
  ] as const)("%s: a message next to the field, everything typed kept", async (_label, fields: Record<string, string>, field, message) => {
    const before = await db().event.count();
    const answer = await submit(fields);
    expect(answer.init.status).toBe(400);
    expect(answer.data.result.error[field]).toContain(message);
    for (const [name, value] of Object.entries(fields)) if (name !== "inseeCode") expect(answer.data.result.initialValue[name]).toBe(value);
    expect(answer.data.result.initialValue.title).toBe("Cartopartie du centre-ville");
    expect(await db().event.count()).toBe(before);
  });

  test("the public form: errors next to the fields, a closed event refuses", async () => {
    const event = await publishedEvent();
    const body = new FormData();
    body.set("name", "http://spam.example");
    body.set("email", "not-an-address");
    body.set(FORM_GUARD_FIELDS.honeypot, "");
    body.set(FORM_GUARD_FIELDS.token, issueFormGuardToken(Date.now() - 60_000));
    const answer = (await publicAction({
      request: new Request(`http://localhost/agenda/${event.slug}`, { method: "POST", body }),
      params: { slug: event.slug },
      context: { socketAddress: "198.51.100.77" },
    })) as unknown as { data: { result: { error: Record<string, string[]> } }; init: { status: number } };
    expect(answer.init.status).toBe(400);
    expect(answer.data.result.error.name).toEqual(["events.errors.nameLink"]);
    expect(answer.data.result.error.email).toEqual(["errors.email.invalid"]);
    expect(answer.data.result.error.consent).toEqual(["events.errors.consent"]);
  });

  test("the personal page is private (no-store) and an unknown link is a 404", async () => {
    const event = await publishedEvent();
    const person = await register(event.id);
    const found = (await personalLoader({
      request: new Request("http://localhost/inscription/x"),
      params: { token: person.token },
      context: {},
    })) as unknown as {
      init: { headers: Headers };
    };
    expect(new Headers(found.init.headers).get("Cache-Control")).toBe("no-store");
    const unknown = (await personalLoader({ request: new Request("http://localhost/inscription/x"), params: { token: "nope" }, context: {} })) as unknown as {
      init: { status: number };
    };
    expect(unknown.init.status).toBe(404);
  });
});

describe("privacy", () => {
  test("unconfirmed registrations go after 2 days or at the start; identities are erased 30 days after the end; my data shows and deletes", async () => {
    const event = await publishedEvent({ capacity: 1 });
    const [a, b] = [await register(event.id), await register(event.id)];
    await confirmRegistration({ token: a.token });
    await confirmRegistration({ token: b.token });
    const stale = await register(event.id);
    const [unconfirmed, identities] = eventRetentionRules;
    expect(await unconfirmed.run(new Date(Date.now() + 3 * DAY))).toBeGreaterThanOrEqual(1);
    expect(await db().eventRegistration.count({ where: { eventId: event.id, emailIndex: { not: null }, status: "PENDING" } })).toBe(0);
    void stale;

    const data = await collectData(a.email);
    expect(data.eventRegistrations).toHaveLength(1);
    await deleteData(a.email, { kind: "eventRegistration", id: data.eventRegistrations[0].id });
    expect((await collectData(a.email)).eventRegistrations).toHaveLength(0);
    // Deleting a seat moved the person waiting up.
    expect(await registrationForToken(b.token)).toMatchObject({ status: "CONFIRMED" });

    await identities.run(new Date(Date.now() + 45 * DAY));
    const erased = await db().eventRegistration.findMany({ where: { eventId: event.id } });
    expect(erased.every((row) => row.name === null && row.email === null && row.emailIndex === null && row.erasedAt)).toBe(true);
    expect(await registrationForToken(b.token)).toBeNull();
  });
});
