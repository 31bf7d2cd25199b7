// Mandates (issue 26), on a phone: a resident of Villefranche-sur-Mer gives a mandate for the
// demo's Nice complaint, confirms it by email, sees the count go up, revokes it, gives it again;
// an admin without the legal flag is refused the list. Villefranche-sur-Mer is no other journey's.
import { addOrganizer, setOrganizerLegal } from "~/models/organizer.server";
import { signIn } from "~/models/session.server";
import { db } from "~/utils/db.server";
import { e2ePorts } from "../support/e2e-ports";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

test.use({ viewport: { width: 360, height: 740 } });

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);

const CAMPAIGN = "/mandats/nice-vsa";

async function confirmedCount(page: import("@playwright/test").Page) {
  const text = (await page.getByTestId("mandate-count").locator("strong").textContent()) ?? "";
  return Number(text.replace(/\D/g, ""));
}

test("at 1280 px, an empty mandate form answers beside each field and keeps what was typed; nothing scrolls sideways", async ({ page, expectAccessible }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(CAMPAIGN);
  await expect(page.getByTestId("mandate-text")).toBeVisible();
  await page.getByLabel("Prénom").fill("Maëlle");
  await page.getByRole("button", { name: "Donner mon mandat" }).click();
  await expect(page.getByLabel("Nom", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Votre adresse électronique")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Prénom")).toHaveValue("Maëlle");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await expectAccessible(page);
});

test("a resident gives a mandate, confirms it by email, revokes it and gives it again", async ({ page, javaScriptEnabled, expectAccessible }) => {
  const email = `mandant.${suffix()}@example.org`;
  await page.goto(CAMPAIGN);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("plainte collective contre la vidéosurveillance algorithmique");
  await expect(page.getByTestId("mandate-text")).toContainText("article 80 du règlement général sur la protection des données");
  const before = await confirmedCount(page);
  await expectAccessible(page);

  async function fillForm({ lastName }: { lastName: string }) {
    await page.getByLabel("Prénom").fill("Maëlle");
    await page.getByLabel("Nom", { exact: true }).fill(lastName);
    await page.getByLabel("Votre adresse électronique").fill(email);
    await page.getByLabel("Commune où vous habitez ou travaillez").fill("Villefranche-sur-Mer");
    if (javaScriptEnabled) await page.getByRole("option", { name: /^Villefranche-sur-Mer/ }).click();
    await page.getByLabel("j’y habite").check();
    await page.getByLabel(/Je donne mandat à l’association/).check();
    await page.getByLabel(/J’accepte que l’association traite ces données/).check();
  }

  // A link in the name: a message beside the field, everything typed kept.
  await fillForm({ lastName: "Dupont https://spam.example" });
  await page.getByRole("button", { name: "Donner mon mandat" }).click();
  await expect(page.locator(".field-error").getByText("Un nom ne peut pas contenir de lien ni d’adresse électronique.")).toBeVisible();
  await expect(page.getByLabel("Prénom")).toHaveValue("Maëlle");
  await expect(page.getByLabel("Votre adresse électronique")).toHaveValue(email);
  await expectAccessible(page);

  await page.getByLabel("Nom", { exact: true }).fill("Dupont");
  if (!(await page.getByLabel(/Je donne mandat à l’association/).isChecked())) {
    await page.getByLabel(/Je donne mandat à l’association/).check();
    await page.getByLabel(/J’accepte que l’association traite ces données/).check();
  }
  if (!(await page.getByLabel("j’y habite").isChecked())) await page.getByLabel("j’y habite").check();
  let sentAt = Date.now();
  await page.getByRole("button", { name: "Donner mon mandat" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre messagerie");

  let message = await lastEmailTo(email, { after: sentAt });
  expect(message.subject).toBe("Confirmez votre mandat");
  const link = linkIn(message, "/mandat/");
  await page.goto(link);
  await expect(page.getByTestId("mandate-status")).toContainText("pas encore confirmé");
  await page.getByRole("button", { name: "Confirmer mon mandat" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Votre mandat est confirmé. Merci !" })).toBeVisible();
  // The exact text signed, its version and hash.
  await expect(page.getByTestId("signed-text")).toContainText("article 80 du règlement général");
  await expect(page.getByText(/Empreinte SHA-256 de ce texte\s*:\s*[0-9a-f]{64}/)).toBeVisible();
  // The 64-character fingerprint breaks: the page does not scroll sideways at 360 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectAccessible(page);

  // The public count went up (another journey on the same campaign may revoke meanwhile: it gives again in the end).
  await expect
    .poll(async () => {
      await page.goto(CAMPAIGN);
      return confirmedCount(page);
    })
    .toBeGreaterThan(before);

  // Revocation, through its confirmation step: before the filing date, the mandate is deleted.
  await page.goto(link);
  await page.getByRole("button", { name: "Révoquer mon mandat" }).click();
  await expect(page.getByRole("heading", { name: "Révoquer ce mandat ?" })).toBeVisible();
  await page.getByRole("button", { name: "Oui, révoquer" }).click();
  await expect(page).toHaveURL(new RegExp(`${CAMPAIGN}$`));
  await expect(page.getByRole("status").filter({ hasText: "Votre mandat est révoqué et supprimé." })).toBeVisible();

  // The revoked link now designates nothing: a clear page, a 404.
  const replay = await page.goto(link);
  expect(replay?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lien inconnu");

  // Given again with the same address: a new mandate, a new email, confirmed.
  await page.goto(CAMPAIGN);
  await fillForm({ lastName: "Dupont" });
  sentAt = Date.now();
  await page.getByRole("button", { name: "Donner mon mandat" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre messagerie");
  message = await lastEmailTo(email, { after: sentAt });
  expect(message.subject).toBe("Confirmez votre mandat");
  const again = linkIn(message, "/mandat/");
  expect(again).not.toBe(link);
  await page.goto(again);
  await page.getByRole("button", { name: "Confirmer mon mandat" }).click();
  await expect(page.getByTestId("mandate-status")).toHaveText("Votre mandat est confirmé. Merci !");
});

test("an admin without the legal flag is refused the mandates", async ({ page }) => {
  await signInAsOrganizer(page, { role: "ADMIN" });
  await expect(page.getByRole("navigation", { name: "Navigation de l’espace organisateurs" }).getByRole("link", { name: "Mandats" })).toHaveCount(0);
  const response = await page.goto("/admin/mandats");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
});

test("a legal organizer reads the campaign, its text versions and its audited list of mandates", async ({ page, expectAccessible }) => {
  const organizer = await addOrganizer({ email: `juriste-${suffix()}@collectif.example`, role: "ORGANIZER", addedBy: null });
  await setOrganizerLegal({ organizerId: organizer.id, legal: true, by: null });
  const signedIn = await signIn(organizer.id, "/admin");
  const entry = `http://localhost:${e2ePorts().site}/__test-sign-in`;
  await page.route(entry, (route) => route.fulfill({ status: 302, headers: { "Set-Cookie": signedIn.headers.get("Set-Cookie")!, Location: "/admin" } }));
  await page.goto(entry);
  await page.unroute(entry);

  await page.getByRole("navigation", { name: "Navigation de l’espace organisateurs" }).getByRole("link", { name: "Mandats" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mandats");
  await expectAccessible(page);
  const row = page.getByRole("row").filter({ hasText: "Nice : plainte collective" });
  await row.getByRole("link", { name: /Nice : plainte collective/ }).click();
  await expect(page.getByRole("heading", { name: "Versions du texte" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "fr v1" })).toBeVisible();
  await expectAccessible(page);

  const campaign = await db().mandateCampaign.findUniqueOrThrow({ where: { slug: "nice-vsa" }, select: { id: true } });
  const before = await db().auditEntry.count({ where: { action: "mandate.list", subjectId: campaign.id, organizerId: organizer.id } });
  await page.getByRole("link", { name: "Liste des mandats" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Mandats\s*:/);
  await expect(page.getByTestId("mandate-list")).toBeVisible();
  // The table scrolls in its own region; the page does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectAccessible(page);
  expect(await db().auditEntry.count({ where: { action: "mandate.list", subjectId: campaign.id, organizerId: organizer.id } })).toBe(before + 1);
});
