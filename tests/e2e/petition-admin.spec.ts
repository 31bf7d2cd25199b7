import type { Page } from "@playwright/test";
import { db } from "~/utils/db.server";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";
import { emailKey } from "~/models/email-message.server";

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);

/** A resident signs the city's petition and confirms from the emailed link. */
async function signAndConfirm(page: Page, slug: string, signer: { firstName: string; lastName: string; email: string; postcode: string; showName: boolean }) {
  await page.goto(`/villes/${slug}`);
  const form = page.getByRole("region", { name: "Signer la pétition" });
  await form.getByLabel("Prénom", { exact: true }).fill(signer.firstName);
  await form.getByLabel("Nom", { exact: true }).fill(signer.lastName);
  await form.getByLabel("Adresse électronique", { exact: true }).fill(signer.email);
  await form.getByLabel("Code postal", { exact: true }).fill(signer.postcode);
  await form.getByLabel(/J’accepte que Technopolice traite mes données/).check();
  if (signer.showName) await form.getByLabel(/J’accepte que mon prénom/).check();
  const sentAfter = Date.now();
  await form.getByRole("button", { name: "Signer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  await page.goto(linkIn(await lastEmailTo(signer.email, { after: sentAfter }), "/signature/"));
  await page.getByRole("button", { name: "Confirmer ma signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci, votre signature est comptée");
}

test("an organizer opens a petition, invalidates by domain, exports, writes the letter and delivers it", async ({
  page,
  browser,
  javaScriptEnabled,
  expectAccessible,
}) => {
  // Each project has its own commune (one open petition per commune); neither is used by petition.spec.ts.
  const city = javaScriptEnabled
    ? { name: "Menton", de: "de Menton", slug: "menton", search: "Menton", postcode: "06500", link: /^Menton \(06/ }
    : { name: "Antibes", de: "d’Antibes", slug: "antibes", search: "06600", postcode: "06600", link: /^Antibes \(06/ };
  await signInAsOrganizer(page);

  // Open the petition.
  await page.getByRole("navigation", { name: "Navigation de l’espace organisateurs" }).getByRole("link", { name: "Pétitions" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pétitions");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ouvrir une pétition" }).click();
  await page.getByLabel("Commune (nom ou code postal)").fill(city.search);
  await page.getByRole("button", { name: "Chercher" }).click();
  await page.getByRole("link", { name: city.link }).click();
  await expect(page.getByText(`Commune : ${city.name} (06).`)).toBeVisible();
  await expectAccessible(page);
  const title = `Non à la vidéosurveillance algorithmique à ${city.name} ${suffix()}`;
  await page.getByLabel("Titre").fill(title);
  await page.getByLabel("Texte de la pétition").fill("Madame la Maire, nous vous demandons de renoncer au projet.\n\nÀ bientôt.");
  await page.getByLabel("Objectif de signatures").fill("300");
  await page.getByLabel("Adresser à").selectOption({ label: "Madame la Maire" });
  await page.getByLabel("Nom du maire ou de la maire").fill("Élise Martin");
  await page.getByRole("button", { name: "Ouvrir la pétition" }).click();
  await expect(page.getByRole("status")).toHaveText("La pétition est ouverte.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectAccessible(page);
  const adminUrl = page.url();

  // Residents sign and confirm; one of them from a throwaway domain.
  const named = { firstName: "Hélène", lastName: "Lefèvre", email: `helene.${suffix()}@example.org`, postcode: city.postcode, showName: true };
  const anonymous = { firstName: "Paul", lastName: "Discret", email: `paul.${suffix()}@example.org`, postcode: "75011", showName: false };
  const spam = { firstName: "Bot", lastName: "Robot", email: `bot.${suffix()}@jetable.example`, postcode: city.postcode, showName: true };
  const signers = await browser.newContext({ locale: "fr-FR", javaScriptEnabled });
  const signerPage = await signers.newPage();
  for (const signer of [named, anonymous, spam]) await signAndConfirm(signerPage, city.slug, signer);

  const count = page.getByTestId("admin-count");
  await expect.poll(async () => (await page.goto(adminUrl), count.textContent()), { timeout: 60_000 }).toContain("3 sur un objectif de 300");

  // Invalidate by domain: preview first, then confirm.
  await page.getByLabel("Domaine de l’adresse électronique").check();
  await page.getByLabel("Domaine (par exemple jetable.example)").fill("jetable.example");
  await page.getByRole("button", { name: "Voir combien de signatures seraient invalidées" }).click();
  await expect(page.getByRole("status")).toContainText("1 signature serait invalidée, dont 1 confirmée et comptée.");
  await expectAccessible(page);
  expect(await db().signature.count({ where: { petition: { title }, invalidatedAt: { not: null } } })).toBe(0);
  await page.getByRole("button", { name: "Invalider cette signature" }).click();
  await expect(page.getByRole("status")).toContainText("1 signature invalidée");
  await expect(count).toContainText("2 sur un objectif de 300 (1 habitant, 1 soutien)");

  // CSV: only consented fields.
  const csvHref = await page.getByRole("link", { name: "Signatures confirmées (CSV)" }).getAttribute("href");
  const csv = await page.request.get(csvHref ?? "");
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const csvText = await csv.text();
  expect(csvText).toContain("Hélène,Lefèvre");
  expect(csvText).not.toMatch(/Paul|Discret|Robot|@/);
  expect(csvText.trim().split("\r\n")).toHaveLength(3);

  // The letter to the mayor.
  const pdfHref = await page.getByRole("link", { name: "Lettre au maire (PDF)" }).getAttribute("href");
  const pdf = await page.request.get(pdfHref ?? "");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // Delivered: each valid, confirmed signer gets one email.
  const deliveredAt = Date.now();
  await page.getByRole("button", { name: "Marquer comme remise au maire" }).click();
  // First, a confirmation stating the consequence; nothing has changed yet.
  const confirmation = page.getByTestId("confirm-step");
  await expect(confirmation).toContainText("Ceci enverra un courriel aux 2 signataires");
  await expect(page.getByTestId("petition-status")).toHaveText("Ouverte");
  await expectAccessible(page);
  await confirmation.getByRole("button", { name: "Confirmer la remise" }).click();
  await expect(page.getByRole("status")).toContainText("La pétition est marquée comme remise");
  await expect(page.getByTestId("petition-status")).toHaveText("Remise au maire");
  await expectAccessible(page);
  for (const signer of [named, anonymous]) {
    const email = await lastEmailTo(signer.email, { after: deliveredAt });
    expect(email.subject).toBe(`Votre pétition a été remise à la mairie ${city.de}`);
  }
  const petition = await db().petition.findFirstOrThrow({ where: { title } });
  expect(await db().emailMessage.count({ where: { idempotencyKey: { startsWith: emailKey(`petition-delivered/${petition.id}/`) } } })).toBe(2);

  // The mayor's response, on the city page and by email.
  const answeredAt = Date.now();
  await page.getByLabel("Réponse de la mairie").fill("La commune renonce au projet.");
  await page.getByRole("button", { name: "Publier la réponse" }).click();
  await expect(page.getByRole("status")).toContainText("La réponse est publiée");
  expect((await lastEmailTo(named.email, { after: answeredAt })).subject).toBe(`La mairie ${city.de} a répondu à votre pétition`);
  await signerPage.goto(`/villes/${city.slug}`);
  await expect(signerPage.getByText("La commune renonce au projet.")).toBeVisible();
  await signers.close();
});

test("a second petition cannot be opened where one is open", async ({ page, expectAccessible }) => {
  await signInAsOrganizer(page);
  await page.goto("/admin/petitions/nouvelle?commune=06088");
  await expect(page.getByText("Une pétition est déjà ouverte dans cette commune")).toBeVisible();
  await page.getByLabel("Titre").fill("Doublon");
  await page.getByLabel("Texte de la pétition").fill("Texte.");
  await page.getByLabel("Nom du maire ou de la maire").fill("Quelqu'un");
  await page.getByLabel("Adresser à").selectOption({ label: "Monsieur le Maire" });
  await page.getByRole("button", { name: "Ouvrir la pétition" }).click();
  await expect(page.getByRole("alert")).toContainText("Une pétition est déjà ouverte dans cette commune");
  await expect(page.getByLabel("Titre")).toHaveValue("Doublon");
  await expectAccessible(page);
});
