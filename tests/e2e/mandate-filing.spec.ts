// Issue 26, item 4: the legal organizer exports the mandate list and records the filing, and the
// mandator receives the email; an admin without the legal flag is refused the list. At 360 px,
// JavaScript on and off (one campaign per project, made in the database).
import { randomUUID } from "node:crypto";
import { db } from "~/utils/db.server";
import { aCampaign, mandates } from "../factories/mandate";
import { expect, lastEmailTo, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

const PHONE = { width: 360, height: 800 };

test("the legal organizer exports the list and records the filing; the mandator is told by email; an admin without the legal flag is refused", async ({
  browser,
  javaScriptEnabled,
  expectAccessible,
}) => {
  // A campaign whose filing date has passed, with two confirmed mandates and one unconfirmed.
  const action = await db().legalAction.create({
    data: { title: `Plainte collective ${randomUUID().slice(0, 8)}`, inseeCodes: ["06088"], court: "CNIL", filedOn: new Date(), summary: "Démo de parcours." },
    select: { id: true },
  });
  const campaign = await aCampaign({ legalActionId: action.id, fileByDaysAgo: 1 });
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const mandator = `mandante.${stamp}@example.org`;
  await mandates(campaign, [
    { firstName: "Hélène", lastName: `Lefèvre${stamp}`, email: mandator },
    { firstName: "Jules", lastName: "Ardoin", inseeCode: "42218", communeLink: "work" },
    { firstName: "Pas", lastName: "Confirmé", confirmed: false },
  ]);
  const depot = `/admin/mandats/${campaign.id}/depot`;

  // An admin without the legal flag: refused the page and the list.
  const adminPage = await (await browser.newContext({ locale: "fr-FR", javaScriptEnabled, viewport: PHONE })).newPage();
  await signInAsOrganizer(adminPage, { role: "ADMIN" });
  expect((await adminPage.request.get(`/admin/mandats/${campaign.id}/liste.csv`)).status()).toBe(403);
  expect((await adminPage.request.get(`/admin/mandats/${campaign.id}/annexe.pdf`)).status()).toBe(403);
  expect((await adminPage.goto(depot))?.status()).toBe(403);

  // The legal organizer: the page, the count, the list.
  const page = await (await browser.newContext({ locale: "fr-FR", javaScriptEnabled, viewport: PHONE })).newPage();
  await signInAsOrganizer(page, { legal: true });
  await page.goto(depot);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dépôt de la plainte");
  await expect(page.getByTestId("filing-count")).toHaveText("2 mandats confirmés");
  await expect(page.getByTestId("filing-stage")).toContainText("La liste est figée depuis le");
  await expectAccessible(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger la liste (CSV)" }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  expect(csv).toContain("nom,prénom,commune,code INSEE");
  expect(csv).toContain(`Lefèvre${stamp},Hélène,Nice,06088,résidence,`);
  expect(csv).toContain("Ardoin,Jules,Saint-Étienne,42218,travail,");
  expect(csv).not.toContain("Confirmé");
  const pdf = await page.request.get(`/admin/mandats/${campaign.id}/annexe.pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // Bad input: told beside the field, nothing typed lost.
  const authority = page.getByLabel("Autorité ou juridiction", { exact: true });
  const reference = page.getByLabel("Référence du dépôt", { exact: true });
  await expect(authority).toHaveValue("CNIL");
  await authority.fill("Commission nationale de l’informatique et des libertés");
  await reference.fill("");
  await page.getByRole("button", { name: "Enregistrer le dépôt" }).click();
  await expect(page.locator(".field", { has: reference }).locator(".field-error")).toHaveText("Indiquez la référence du dépôt (200 caractères au plus).");
  await expect(authority).toHaveValue("Commission nationale de l’informatique et des libertés");

  // The filing, after the confirmation step.
  const ref = `PLAINTE-${stamp}`;
  await reference.fill(ref);
  await page.getByRole("button", { name: "Enregistrer le dépôt" }).click();
  await expect(page.getByTestId("confirm-step")).toContainText("2 personnes seront prévenues par courriel");
  const filedAt = Date.now();
  await page.getByRole("button", { name: "Confirmer le dépôt" }).click();
  await expect(page.getByRole("status")).toHaveText("Dépôt enregistré : les courriels partent.");
  await expect(page.getByTestId("filing-stage")).toContainText(ref);

  // The mandator's email: once, with the newsletter's way out.
  const email = await lastEmailTo(mandator, { after: filedAt, containing: ref });
  expect(email.subject.replace(/\s/g, " ")).toBe("Votre mandat a été déposé : Plainte collective contre la VSA à Nice");
  expect(email.text).toContain("lettre des recours");
  expect(email.text).toContain("/lettre/desabonnement/");
  await expect.poll(async () => db().mandate.count({ where: { campaignId: campaign.id, filedNoticeAt: { not: null } } })).toBe(2);
});
