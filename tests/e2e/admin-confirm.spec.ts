// Issue 17 item 6: the admin prevents mistakes. Irreversible actions ask for a confirmation that
// states the consequence (JavaScript on and off: the confirmation is a server-rendered step), the
// server refuses them without it, and the admin home lists what waits, with links.
import { openPetition } from "../factories/petition";
import { encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { expect, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

// Communes no other spec uses, one per test (opening a petition closes the commune's other one,
// and the tests run in parallel): closing their petitions disturbs nobody.
const AMBERIEU = "01004";
const BOURG = "01053";
const OYONNAX = "01283";

test("closing a petition asks for a confirmation; cancelling changes nothing; confirming closes it", async ({ page, expectAccessible }) => {
  const petition = await openPetition({ inseeCode: AMBERIEU, goal: 50 });
  await signInAsOrganizer(page);
  await page.goto(`/admin/petitions/${petition.id}`);
  await expect(page).toHaveTitle(/^Pétition · Ambérieu-en-Bugey · Espace organisateurs — Technopolice$/);

  await page.getByRole("button", { name: "Clore la pétition" }).click();
  const confirmation = page.getByTestId("confirm-step");
  await expect(confirmation).toContainText("La pétition d’Ambérieu-en-Bugey n’acceptera plus de signatures.");
  await expectAccessible(page);
  await confirmation.getByRole("link", { name: "Annuler" }).click();
  await expect(page.getByTestId("confirm-step")).toHaveCount(0);
  expect((await db().petition.findUniqueOrThrow({ where: { id: petition.id } })).status).toBe("OPEN");

  await page.getByRole("button", { name: "Clore la pétition" }).click();
  await page.getByTestId("confirm-step").getByRole("button", { name: "Confirmer la clôture" }).click();
  await expect(page.getByRole("status")).toContainText("close");
  await expect(page.getByTestId("petition-status")).toHaveText("Close");
  expect((await db().petition.findUniqueOrThrow({ where: { id: petition.id } })).status).toBe("CLOSED");
});

test("the server refuses an irreversible action posted without confirm=1", { tag: "@once" }, async ({ page }) => {
  const petition = await openPetition({ inseeCode: BOURG, goal: 50 });
  await signInAsOrganizer(page);
  const post = (form: Record<string, string>) =>
    page.request.post(`/admin/petitions/${petition.id}`, { form, headers: { origin: new URL(page.url()).origin }, maxRedirects: 0 });
  expect((await post({ intent: "deliver" })).status()).toBe(200);
  expect((await post({ intent: "close" })).status()).toBe(200);
  expect((await post({ intent: "deliver", confirm: "yes" })).status()).toBe(400);
  expect((await db().petition.findUniqueOrThrow({ where: { id: petition.id } })).status).toBe("OPEN");
  expect(await db().auditEntry.count({ where: { subjectId: petition.id, action: { in: ["petition.close", "petition.deliver"] } } })).toBe(0);
  // With the confirmation, it happens.
  expect((await post({ intent: "close", confirm: "1" })).status()).toBe(302);
  expect((await db().petition.findUniqueOrThrow({ where: { id: petition.id } })).status).toBe("CLOSED");
});

test("the admin home lists pending work with counts and links", { tag: "@once" }, async ({ page, expectAccessible }) => {
  const petition = await openPetition({ inseeCode: OYONNAX, goal: 50 });
  await db().petition.update({ where: { id: petition.id }, data: { status: "CLOSED", closedAt: new Date() } });
  await db().report.create({
    data: {
      inseeCode: "35238",
      kind: "DRONES",
      title: `Drone en attente ${Date.now()}`,
      description: "À modérer.",
      sources: [],
      status: "PENDING",
      confirmedAt: new Date(),
      lang: "fr",
    },
  });
  // A confirmed request for a petition in a commune that has none (Lyon).
  await db().petitionRequest.create({
    data: {
      inseeCode: "69123",
      email: encrypt("habitante@example.org"),
      emailIndex: `admin-home-${Date.now()}-${Math.random()}`,
      message: encrypt(""),
      consentedAt: new Date(),
      lang: "fr",
      tokenHash: `admin-home-${Date.now()}-${Math.random()}`,
      confirmedAt: new Date(),
    },
  });
  await signInAsOrganizer(page);
  await expect(page).toHaveTitle("Accueil · Espace organisateurs — Technopolice");
  const pending = page.getByTestId("pending-work");
  await expect(pending.getByRole("link", { name: /^\d[\d\u202f]* signalements? à modérer$/ })).toBeVisible();
  await expect(pending.getByRole("link", { name: /^\d[\d\u202f]* pétitions? closes? ou à l’objectif, à remettre$/ })).toBeVisible();
  await expect(pending.getByRole("link", { name: /demandes? de documents restées? sans réponse/ })).toBeVisible();
  await expect(pending.getByRole("link", { name: /demandes? de pétition dans (une commune|des communes) sans pétition$/ })).toHaveAttribute(
    "href",
    "/admin/demandes-petition",
  );
  await expectAccessible(page);
  await pending.getByRole("link", { name: /signalements? à modérer/ }).click();
  await expect(page).toHaveURL(/\/admin\/signalements$/);
});
