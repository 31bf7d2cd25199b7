import { addOrganizer } from "~/models/organizer.server";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";

function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@collectif.example`;
}

async function requestLink(page: import("@playwright/test").Page, email: string) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expect(page.getByRole("status")).toContainText("Si cette adresse est celle d’un compte organisateur");
}

test("an organizer signs in with a one-time link, which then stops working", async ({ page, expectAccessible }) => {
  const email = uniqueEmail("admin");
  await addOrganizer({ email, role: "ADMIN", addedBy: null });
  const before = Date.now();
  await requestLink(page, email);
  await expectAccessible(page);

  const message = await lastEmailTo(email, { after: before });
  expect(message.subject).toBe("Votre lien de connexion à Technopolice");
  const link = linkIn(message, "/connexion/");

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion à l’espace organisateurs");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText(`Connecté·e en tant que ${email}`)).toBeVisible();
  await expectAccessible(page);

  // The same link a second time.
  await page.goto(link);
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page.getByRole("alert")).toContainText("Ce lien de connexion n’est plus valable");

  await page.goto("/admin");
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nos villes ne sont pas des laboratoires de surveillance");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/connexion\?redirectTo=%2Fadmin/);
});

test("someone who is not an organizer is refused /admin and gets the same answer at sign-in", async ({ page }) => {
  const response = await page.goto("/admin/journal");
  await expect(page).toHaveURL(/\/connexion\?redirectTo=%2Fadmin%2Fjournal/);
  expect(response?.status()).toBe(200);
  await requestLink(page, uniqueEmail("stranger"));
});

test("an organizer who is not an admin cannot manage organizers", async ({ page }) => {
  const email = uniqueEmail("organizer");
  await addOrganizer({ email, role: "ORGANIZER", addedBy: null });
  const before = Date.now();
  await requestLink(page, email);
  await page.goto(linkIn(await lastEmailTo(email, { after: before }), "/connexion/"));
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("link", { name: "Organisateurs", exact: true })).toHaveCount(0);
  const response = await page.goto("/admin/organisateurs");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
});

test("an admin adds an organizer, and the audit log records it", async ({ page, expectAccessible }) => {
  const email = uniqueEmail("admin2");
  await addOrganizer({ email, role: "ADMIN", addedBy: null });
  const before = Date.now();
  await requestLink(page, email);
  await page.goto(linkIn(await lastEmailTo(email, { after: before }), "/connexion/"));
  await page.getByRole("button", { name: "Me connecter" }).click();

  await page.getByRole("link", { name: "Organisateurs", exact: true }).click();
  await page.getByLabel("Adresse électronique").fill("pas-une-adresse");
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  await expect(page.locator(".field-error", { hasText: "Cette adresse électronique n’est pas valide" })).toBeVisible();
  await expect(page.getByLabel("Adresse électronique")).toHaveValue("pas-une-adresse");

  const newcomer = uniqueEmail("newcomer");
  await page.getByLabel("Adresse électronique").fill(newcomer);
  await page.getByLabel("Rôle").selectOption("ORGANIZER");
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  await expect(page.getByRole("cell", { name: newcomer, exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Journal des actions" }).click();
  await expect(page.getByRole("row").filter({ hasText: "organizer.add" }).filter({ hasText: email }).first()).toBeVisible();
});
