// The campaign calendar (issue 25), with JavaScript and without, at 360 and 1280 px: a national
// organizer enters a council session for Marseille, which appears on the commune's page and in
// its ICS feed (read with a real iCalendar parser, ical.js); /agenda filters by department with
// a plain GET form.
import ICAL from "ical.js";
import { toParisLocal } from "~/utils/paris-time";
import { db } from "~/utils/db.server";
import { expect, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

const unique = () => Math.random().toString(36).slice(2, 10);

for (const width of [360, 1280]) {
  test(`a national organizer's council session shows on the commune's page and in its ICS feed (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await signInAsOrganizer(page);
    // Soon, so that it is among the commune's next dates; a minute of its own.
    const startsAt = toParisLocal(new Date(Date.now() + 2 * 60 * 60_000 + Math.floor(Math.random() * 600) * 60_000));
    const description = `Vote du contrat de vidéosurveillance algorithmique ${unique()}.`;

    await page.goto("/admin/agenda/seance");
    await page.getByLabel("Commune (nom ou code INSEE)").fill("Marseille");
    await page.getByLabel("Début (heure de Paris)").fill(startsAt);
    await page.getByLabel("Ce qui sera débattu").fill(description);
    await page.getByRole("button", { name: "Publier la séance" }).click();
    await expect(page).toHaveURL(/\/villes\/marseille/);

    const event = await db().event.findFirstOrThrow({
      where: { description, kind: "COUNCIL_SESSION", inseeCode: "13055" },
      select: { id: true, slug: true, startsAt: true, createdById: true, registration: true },
    });
    expect(event.createdById).not.toBeNull();
    expect(event.registration).toBe(false);

    const dates = page.getByRole("region", { name: "Prochaines dates" });
    await expect(async () => {
      await page.reload();
      await expect(dates.locator(`a[href="/agenda/${event.slug}"]`)).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(dates.getByRole("link", { name: /S’abonner au calendrier de Marseille/ })).toHaveAttribute("href", "/villes/marseille/agenda.ics");

    const response = await page.request.get("/villes/marseille/agenda.ics");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const vevent = calendar.getAllSubcomponents("vevent").find((component) => component.getFirstPropertyValue("uid") === `${event.id}@technopolice`);
    expect(vevent).toBeTruthy();
    const parsed = new ICAL.Event(vevent!);
    expect(parsed.startDate.toJSDate().getTime()).toBe(event.startsAt.getTime());
    expect(parsed.summary).toBe("Conseil municipal — Marseille");
    expect(parsed.location).toContain("Marseille");
    expect(parsed.description).toContain(description);
  });
}

test("/agenda filters by department with a plain GET form, and names a wrong date next to its field", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const soon = new Date(Math.floor((Date.now() + 3 * 24 * 60 * 60_000) / 60_000) * 60_000);
  const make = (inseeCode: string, title: string) =>
    db().event.create({
      data: {
        slug: `agenda-e2e-${unique()}`,
        kind: "CAMERA_WALK",
        title,
        description: "Repérer les caméras du quartier.",
        startsAt: soon,
        endsAt: new Date(soon.getTime() + 2 * 60 * 60_000),
        address: "Place de la mairie",
        inseeCode,
        registration: false,
        publishedAt: new Date(Date.now() - 60_000),
      },
    });
  const marseille = await make("13055", `Balade à Marseille ${unique()}`);
  const nice = await make("06088", `Balade à Nice ${unique()}`);

  await page.goto("/agenda");
  await expect(page.getByRole("heading", { level: 1, name: "Agenda de la campagne" })).toBeVisible();
  await page.getByLabel("Département (numéro)").fill("13");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/departement=13/);
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("link", { name: marseille.title, exact: true })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("link", { name: nice.title, exact: true })).toHaveCount(0);
  await expect(page.getByLabel("Département (numéro)")).toHaveValue("13");
  // "Add to my calendar" is a plain link to the event's ICS file.
  await expect(page.locator(`a[href="/agenda/${marseille.slug}.ics"]`)).toContainText("Ajouter à mon agenda");

  await page.goto("/agenda?departement=13&du=2027-02-31");
  await expect(page.locator("#agenda-du-error")).toHaveText("Indiquez une date réelle, au format jj/mm/aaaa, entre 2000 et 2100.");
  await expect(page.getByLabel("À partir du")).toHaveAttribute("aria-describedby", "agenda-du-error");
  await expect(page.getByLabel("Département (numéro)")).toHaveValue("13");
});
