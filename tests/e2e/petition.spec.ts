import type { Page } from "@playwright/test";
import { db } from "~/utils/db.server";
import { emailIndexFor } from "~/modules/petitions/signature-index.server";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);

async function displayedCount(page: Page) {
  const text = (await page.getByTestId("petition-count").textContent()) ?? "";
  return Number(text.replace(/\D/g, ""));
}

async function fillSignature(page: Page, values: { firstName?: string; lastName?: string; email?: string; postcode?: string; consent?: boolean }) {
  const form = page.getByRole("region", { name: "Signer la pétition" });
  if (values.firstName !== undefined) await form.getByLabel("Prénom", { exact: true }).fill(values.firstName);
  if (values.lastName !== undefined) await form.getByLabel("Nom", { exact: true }).fill(values.lastName);
  if (values.email !== undefined) await form.getByLabel("Adresse électronique", { exact: true }).fill(values.email);
  if (values.postcode !== undefined) await form.getByLabel("Code postal", { exact: true }).fill(values.postcode);
  if (values.consent) await form.getByLabel(/J’accepte que Technopolice traite mes données/).check();
  await form.getByRole("button", { name: "Signer" }).click();
}

test("sign Nice's petition, confirm from the email, and see the count grow", async ({ page, javaScriptEnabled, expectAccessible }) => {
  await page.goto("/villes/nice");
  await expect(page.getByText("Pétition adressée à Monsieur le Maire de Nice")).toBeVisible();
  await expectAccessible(page);
  const before = await displayedCount(page);

  const email = `camille.${suffix()}@example.org`;
  const sentAfter = Date.now();
  await fillSignature(page, { firstName: "Camille", lastName: "Roux", email, postcode: "06000", consent: true });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  await expectAccessible(page);

  const message = await lastEmailTo(email, { after: sentAfter });
  expect(message.subject).toBe("Confirmez votre signature\u00a0: pétition de Nice");
  await page.goto(linkIn(message, "/signature/"));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirmer ma signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci, votre signature est comptée");
  await expectAccessible(page);

  await page.goto("/villes/nice");
  if (javaScriptEnabled) {
    // The counter refreshes by itself.
    await expect.poll(() => displayedCount(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(before + 1);
  } else {
    await expect.poll(async () => (await page.reload(), displayedCount(page)), { timeout: 60_000, intervals: [500] }).toBeGreaterThanOrEqual(before + 1);
  }
  const stored = await db().signature.findMany({ where: { emailIndex: emailIndexFor(email) } });
  expect(stored).toHaveLength(1);
  expect(stored[0].confirmedAt).not.toBeNull();
});

test("the thank-you page anyone can open claims no signature; the confirmation link's page says it counts", async ({ page, expectAccessible }) => {
  // A shared copy of the address: no signature seen, nothing claimed.
  await page.goto("/villes/nice/merci");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci de votre soutien");
  await expect(page.getByText("Si vous venez de signer, vérifiez votre boîte de réception")).toBeVisible();
  await expect(page.getByText(/comptée/)).toHaveCount(0);
  await expectAccessible(page);

  const email = `merci.${suffix()}@example.org`;
  const sentAt = Date.now();
  await page.goto("/villes/nice");
  await fillSignature(page, { firstName: "Sacha", lastName: "Petit", email, postcode: "06000", consent: true });
  const link = linkIn(await lastEmailTo(email, { after: sentAt }), "/signature/");
  // Before the button: nothing is counted yet, and the page says so.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirmer votre signature");
  await page.getByRole("button", { name: "Confirmer ma signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci, votre signature est comptée");
  // Reloading says the same, since the database does; the newsletter link is offered.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci, votre signature est comptée");
  await expect(page.getByRole("link", { name: "Suivre les recours par courriel" })).toBeVisible();
});

test("signing with two forms of one Gmail address counts once", async ({ page }) => {
  const name = suffix();
  const first = `A.B${name}+x@gmail.com`;
  const second = `ab${name}@gmail.com`;
  await page.goto("/villes/nice");
  const startedAt = Date.now();
  await fillSignature(page, { firstName: "Alex", lastName: "Bernard", email: first, postcode: "06000", consent: true });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  await page.goto(linkIn(await lastEmailTo(first, { after: startedAt }), "/signature/"));
  await page.getByRole("button", { name: "Confirmer ma signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci, votre signature est comptée");

  const againAt = Date.now();
  await page.goto("/villes/nice");
  await fillSignature(page, { firstName: "Alex", lastName: "Bernard", email: second, postcode: "06000", consent: true });
  // The same answer as a first signature: no way to learn who signed.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  const reminder = await lastEmailTo(second, { after: againAt });
  expect(reminder.subject).toBe("Vous avez déjà signé la pétition de Nice");
  expect(await db().signature.count({ where: { emailIndex: emailIndexFor(second) } })).toBe(1);
});

test("each invalid field gets a clear message and the rest is kept", async ({ page, expectAccessible }) => {
  await page.goto("/villes/nice");
  await fillSignature(page, { firstName: "", lastName: "Durand", email: "pas-une-adresse", postcode: "6000" });
  const form = page.getByRole("region", { name: "Signer la pétition" });
  await expect(form.locator(".field-error").getByText("Indiquez votre prénom.")).toBeVisible();
  await expect(form.locator(".field-error").getByText("Cette adresse électronique n’est pas valide")).toBeVisible();
  await expect(form.locator(".field-error").getByText("Un code postal français a cinq chiffres")).toBeVisible();
  await expect(form.getByLabel("Nom", { exact: true })).toHaveValue("Durand");
  await expect(form.getByLabel("Adresse électronique", { exact: true })).toHaveValue("pas-une-adresse");
  await expectAccessible(page);

  // The consent box left unticked (an unticked box is not submitted, so with JavaScript its
  // message comes once the other fields are valid).
  await fillSignature(page, { firstName: "Lou", email: `lou.${suffix()}@example.org`, postcode: "06000" });
  await expect(form.locator(".field-error").getByText("Pour signer, vous devez accepter le traitement de vos données")).toBeVisible();
  await expect(form.getByLabel("Nom", { exact: true })).toHaveValue("Durand");

  await fillSignature(page, { postcode: "99999", consent: true });
  await expect(form.locator(".field-error").getByText("Ce code postal ne correspond à aucune commune française.")).toBeVisible();
  await expect(form.getByLabel("Prénom", { exact: true })).toHaveValue("Lou");
});

test("a name with a link or an address is refused next to the field, and the rest is kept", async ({ page, expectAccessible }) => {
  await page.goto("/villes/nice");
  const email = `lien.${suffix()}@example.org`;
  await fillSignature(page, { firstName: "http://petition.example", lastName: "Durand", email, postcode: "06000", consent: true });
  const form = page.getByRole("region", { name: "Signer la pétition" });
  await expect(form.locator(".field-error").getByText("Indiquez seulement votre nom\u00a0: ni lien, ni adresse électronique, ni balise.")).toBeVisible();
  await expect(form.getByLabel("Prénom", { exact: true })).toHaveValue("http://petition.example");
  await expect(form.getByLabel("Adresse électronique", { exact: true })).toHaveValue(email);
  await expectAccessible(page);
  await fillSignature(page, { firstName: "Lou", lastName: "spam@example.org" });
  await expect(form.locator(".field-error").getByText("Indiquez seulement votre nom\u00a0: ni lien, ni adresse électronique, ni balise.")).toBeVisible();
  expect(await db().signature.count({ where: { emailIndex: emailIndexFor(email) } })).toBe(0);
});

test("open data and the embeddable counter", { tag: "@once" }, async ({ request }) => {
  const json = await request.get("/villes/nice/petition.json");
  expect(json.ok()).toBe(true);
  expect(json.headers()["cache-control"]).toContain("max-age");
  expect(await json.json()).toMatchObject({ status: "open", commune: "Nice", goal: 5000 });
  const list = await (await request.get("/petitions.json")).json();
  expect(list.petitions.map((p: { commune: string }) => p.commune)).toContain("Nice");

  const embed = await request.get("/embed/nice");
  expect(embed.ok()).toBe(true);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect((await embed.body()).length).toBeLessThan(4096);
});

test("the list of open petitions sorts by count and by city", { tag: "@once" }, async ({ page, expectAccessible }) => {
  await page.goto("/petitions?tri=ville");
  const cities = (await page.getByTestId("petition-row").locator(".petition-row-commune").allTextContents()).map((text) => text.replace(/\s*\(.*$/, "").trim());
  expect(cities).toEqual([...cities].sort((a, b) => a.localeCompare(b, "fr")));
  expect(cities).toContain("Saint-Étienne");
  await expectAccessible(page);
});
