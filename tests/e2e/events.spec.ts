// Events (issue 25), at 360 and 1280 px, with JavaScript and without: a Marseille resident opens
// a camera-spotting walk with one seat left, registers, confirms from the emailed link, gets the
// calendar file, cancels; the first person on the waiting list is moved up and told by email. A
// coordinator of the Marseille group creates and publishes an event and sees its attendee list.
// Each journey has its own walk (a copy of the demo's), so that parallel journeys do not share seats.
import ICAL from "ical.js";
import { addOrganizer } from "~/models/organizer.server";
import { createEvent, publishEvent } from "~/modules/events/event.server";
import { confirmRegistration, registerForEvent } from "~/modules/events/registration.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { parisWallClock } from "~/utils/paris-time";
import { ensureGroup } from "../factories/territory";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

const DAY = 24 * 3600_000;
const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);

/** A walk like the demo's, with one seat left: 11 people registered. */
async function walkWithOneSeat() {
  const group = await ensureGroup("marseille");
  const organizer = await addOrganizer({ email: `orga-${suffix()}@collectif.example`, role: "ORGANIZER", addedBy: null });
  const start = parisWallClock(new Date(Date.now() + 9 * DAY));
  const created = await createEvent({
    input: {
      kind: "CAMERA_WALK",
      title: `Cartopartie : les caméras du Panier ${suffix()}`,
      description: "Une balade pour repérer les caméras du quartier et les ajouter à la carte.",
      startDate: start.day,
      startTime: "14:30",
      endDate: start.day,
      endTime: "16:30",
      place: "address",
      address: "Départ place de Lenche",
      commune: "Marseille",
      inseeCode: "13055",
      onlineUrl: "",
      capacity: 12,
      registration: true,
      groupId: group.id,
    },
    inseeCode: "13055",
    organizerId: organizer.id,
  });
  await publishEvent({ id: created.id, organizerId: organizer.id });
  for (let i = 0; i < 11; i++) await join(created.id, `Inscrit ${i}`);
  return created;
}

/** Registers and confirms someone through the models; returns their address. */
async function join(eventId: string, name: string) {
  const email = `marcheur.${suffix()}@example.org`;
  await registerForEvent({ eventId, input: { name, email, showName: false, consent: true }, lang: "fr" });
  const registration = await db().eventRegistration.findFirstOrThrow({ where: { eventId }, orderBy: { createdAt: "desc" }, select: { tokenSealed: true } });
  await confirmRegistration({ token: decrypt(registration.tokenSealed!) });
  return email;
}

for (const width of [360, 1280]) {
  test(`at ${width} px, a Marseille resident finds the group from the city page and its walk there, registers, confirms, gets the calendar file, cancels; the first person waiting moves up and is told`, async ({
    page,
    expectAccessible,
  }) => {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    const walk = await walkWithOneSeat();
    const email = `habitante.${suffix()}@example.org`;

    // The resident starts from their city's page, finds the group there, and the walk on the
    // group's page (shared copies live a second: the new walk shows within two).
    await page.goto("/villes/marseille");
    await page.getByRole("region", { name: "Groupe local" }).locator('a[href="/groupes/marseille"]').click();
    await expect(page).toHaveURL(/\/groupes\/marseille$/);
    const walkLink = page.locator(`a[href="/agenda/${walk.slug}"]`);
    await expect(async () => {
      await page.reload();
      await expect(walkLink).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await walkLink.click();
    await expect(page).toHaveURL(new RegExp(`/agenda/${walk.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Cartopartie");
    await expect(page.getByTestId("event-facts")).toContainText("Cartopartie (repérage de caméras)");
    await expect(page.getByTestId("event-facts")).toContainText("14:30");
    await expect(page.getByTestId("event-seats")).toContainText("11 personnes inscrites · 1 place libre");
    await expectAccessible(page);

    // A mistake first: messages beside the fields, what was typed kept.
    await page.getByLabel("Nom ou prénom").fill("Nour");
    await page.getByLabel("Votre adresse électronique").fill("pas-une-adresse");
    await page.getByRole("button", { name: "M’inscrire" }).click();
    await expect(page.locator(".field-error").getByText("Cochez la case pour accepter.")).toBeVisible();
    await expect(page.getByLabel("Nom ou prénom")).toHaveValue("Nour");
    await page.getByLabel("Votre adresse électronique").fill(email);
    await page.getByLabel(/Afficher mon nom/).check();
    await page.getByLabel(/J’accepte que mon nom et mon adresse/).check();
    const sentAt = Date.now();
    await page.getByRole("button", { name: "M’inscrire" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte aux lettres");

    // The emailed link opens the personal page; its button confirms: the last seat.
    const message = await lastEmailTo(email, { after: sentAt });
    expect(message.subject).toContain("Confirmez votre inscription");
    const link = linkIn(message, "/inscription/");
    const personal = await page.goto(link);
    expect(personal?.headers()["cache-control"]).toBe("no-store");
    await expect(page.getByTestId("registration-status")).toHaveText("Votre inscription n’est pas encore confirmée.");
    await page.getByRole("button", { name: "Confirmer mon inscription" }).click();
    await expect(page.getByTestId("registration-status")).toHaveText("Vous êtes inscrit·e : une place vous est réservée.");
    await expect(page.getByRole("status").filter({ hasText: "C’est confirmé : vous êtes inscrit·e." })).toBeVisible();
    await expectAccessible(page);

    // The walk is full now, and shows the name she chose to show.
    await page.goto(`/agenda/${walk.slug}`);
    await expect(page.getByTestId("event-seats")).toContainText("12 personnes inscrites");
    await expect(page.getByText("Complet : vous pouvez vous inscrire sur la liste d’attente.")).toBeVisible();
    await expect(page.getByTestId("event-names")).toContainText("Nour");

    // Add to my calendar: a file that a real parser reads (the ICS writer is the calendar module's).
    const icsHref = await page.getByTestId("event-ics").getAttribute("href");
    expect(icsHref).toBe(`/agenda/${walk.slug}.ics`);
    const ics = await page.request.get(icsHref!);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(vevent.summary).toContain("Cartopartie");
    expect(vevent.startDate.toJSDate().getTime()).toBe((await db().event.findUniqueOrThrow({ where: { id: walk.id } })).startsAt.getTime());

    // Two people join the waiting list; she cancels (one click, then confirm): the first is moved up and told.
    const first = await join(walk.id, "Première en attente");
    const second = await join(walk.id, "Second en attente");
    await page.goto(link);
    await page.getByRole("button", { name: "Annuler mon inscription" }).click();
    await expect(page.getByRole("heading", { name: "Annuler votre inscription ?" })).toBeVisible();
    const cancelledAt = Date.now();
    await page.getByRole("button", { name: "Oui, annuler" }).click();
    await expect(page.getByTestId("registration-status")).toHaveText("Votre inscription est annulée.");
    const movedUp = await lastEmailTo(first, { after: cancelledAt, containing: "Une place s’est libérée" });
    expect(movedUp.subject).toContain("Une place s’est libérée");
    const statuses = await db().eventRegistration.findMany({ where: { eventId: walk.id, status: { in: ["CONFIRMED", "WAITING"] } }, select: { status: true } });
    expect(statuses.filter((row) => row.status === "CONFIRMED")).toHaveLength(12);
    expect(statuses.filter((row) => row.status === "WAITING")).toHaveLength(1);
    void second;
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}

test("a coordinator of the Marseille group publishes an event and sees its attendee list", async ({ page, javaScriptEnabled, expectAccessible }) => {
  // A coordinator of the Marseille group (the sign-in helper makes them one).
  const { group } = await signInAsOrganizer(page, { role: "COORDINATOR", groupSlug: "marseille" });
  if (!group) throw new Error("no group");
  await page.goto("/admin/evenements/nouveau");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouvel événement");
  const day = parisWallClock(new Date(Date.now() + 15 * DAY)).day;
  await page.getByLabel("Type").selectOption("WORKSHOP");
  await page.getByLabel("Titre").fill(`Atelier cartographie ${suffix()}`);
  await page.getByLabel("Description").fill("Apprendre à cartographier les caméras, ordinateur portable bienvenu.");
  await page.getByRole("group", { name: "Début (heure de Paris)" }).getByLabel("Jour").fill(day);
  await page.getByRole("group", { name: "Début (heure de Paris)" }).getByLabel("Heure").fill("18:00");
  await page.getByRole("group", { name: "Fin (heure de Paris)" }).getByLabel("Jour").fill(day);
  // A mistake: the end before the start.
  await page.getByRole("group", { name: "Fin (heure de Paris)" }).getByLabel("Heure").fill("17:00");
  await page.getByLabel("À une adresse").check();
  await page.getByLabel("Adresse", { exact: true }).fill("Local associatif, cours Julien");
  await page.getByLabel("Commune").fill("Marseille");
  if (javaScriptEnabled) await page.getByRole("option", { name: /^Marseille Bouches-du-Rhône/ }).click();
  await page.getByLabel("Nombre de places").fill("20");
  await page.getByRole("button", { name: "Créer l’événement (non publié)" }).click();
  await expect(page.locator(".field-error").getByText("La fin doit venir après le début.")).toBeVisible();
  await expect(page.getByLabel("Adresse", { exact: true })).toHaveValue("Local associatif, cours Julien");
  await page.getByRole("group", { name: "Fin (heure de Paris)" }).getByLabel("Heure").fill("20:00");
  await page.getByRole("button", { name: "Créer l’événement (non publié)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Événement créé." })).toBeVisible();
  await page.getByRole("button", { name: "Publier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Événement publié." })).toBeVisible();
  await expectAccessible(page);

  const event = await db().event.findFirstOrThrow({
    where: { groupId: group.id, kind: "WORKSHOP" },
    orderBy: { createdAt: "desc" },
    select: { id: true, slug: true },
  });
  await join(event.id, "Salomé");
  await page.reload();
  await expect(page.getByTestId("attendees")).toContainText("Salomé — inscrit·e");
  // Addresses only in the CSV export.
  await expect(page.getByTestId("attendees")).not.toContainText("@");
  const csv = await page.request.get(`/admin/evenements/${event.id}/inscrits.csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("@example.org");
});
