// The demo's donations: the Stripe stand-in's Checkout page, labelled "mode test", is where the
// visitor pays or cancels; paying delivers the signed webhooks Stripe would send, then comes back
// to the thank-you page (the same set-up as `npm run demo`).
import { addOrganizer } from "~/models/organizer.server";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";

const unique = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@donateurs.example`;

test("a visitor gives 50 € on the test-mode Checkout page and the organizers see the donation", async ({ page, expectAccessible }) => {
  test.slow(); // a long journey: donation, emails, sign-in
  const email = unique("test-mode");
  await page.goto("/don");
  await page.getByLabel("Une fois").check();
  await page.getByLabel(/^50\s€/).check();
  await page.getByRole("button", { name: "Continuer vers le paiement sécurisé" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paiement en mode test");
  await expect(page.getByText("Mode test : aucun paiement réel.")).toBeVisible();
  await expectAccessible(page);
  // An address is needed, as on Stripe's page.
  await page.getByRole("button", { name: /^Payer 50,00\s€$/ }).click();
  await expect(page.getByText("Indiquez une adresse électronique.")).toBeVisible();
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByRole("button", { name: /^Payer 50,00\s€$/ }).click();

  await expect(page).toHaveURL(/\/don\/merci\?session_id=cs_test_/);
  await expect(page.getByText("Vous avez choisi de donner 50 €.")).toBeVisible();
  await expect(page.getByText("Stripe nous a confirmé le paiement")).toBeVisible();
  expect((await lastEmailTo(email)).subject).toBe("Merci pour votre don à Technopolice");

  const organizer = unique("organizer");
  await addOrganizer({ email: organizer, role: "ORGANIZER", addedBy: null });
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(organizer);
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await page.goto(linkIn(await lastEmailTo(organizer), "/connexion/"));
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/dons");
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Payé");
});

test("a visitor who cancels on the test-mode Checkout page is back on the site, not charged", async ({ page }) => {
  await page.goto("/don");
  await page.getByRole("button", { name: "Continuer vers le paiement sécurisé" }).click();
  await expect(page.getByText("Mode test : aucun paiement réel.")).toBeVisible();
  await page.getByRole("link", { name: "Annuler et revenir au site" }).click();
  await expect(page).toHaveURL(/\/don\/annule$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Don annulé");
});
