import { db } from "~/utils/db.server";
import { volunteerIndexFor as emailIndexFor } from "~/modules/petitions/signature-index.server";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);

test("sign up as a volunteer, confirm, the organizer finds them by skill, they withdraw: gone", async ({
  page,
  browser,
  javaScriptEnabled,
  expectAccessible,
}) => {
  const name = `Maïa ${suffix()}`;
  const email = `maia.${suffix()}@example.org`;
  await page.goto("/benevoles");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Devenir bénévole");
  await expectAccessible(page);

  // A first try without the consent and without a skill: clear messages, the rest kept.
  await page.getByLabel("Nom ou prénom").fill(name);
  await page.getByLabel("Commune", { exact: true }).fill("Rennes");
  if (javaScriptEnabled) await page.getByRole("option", { name: /^Rennes Ille-et-Vilaine/ }).click();
  await page.getByLabel("Quelques heures par semaine").check();
  await page.getByLabel("Langues parlées (facultatif)").fill("français, breton");
  await page.getByLabel("Votre adresse électronique").fill(email);
  await page.getByRole("button", { name: "M’inscrire" }).click();
  await expect(page.locator(".field-error").getByText("Cochez au moins une compétence.")).toBeVisible();
  await expect(page.locator(".field-error").getByText("Pour vous inscrire, acceptez que le collectif vous contacte.")).toBeVisible();
  // The error summary, focused, links to each field in error.
  await expect(page.getByRole("alert").filter({ hasText: "Il y a un problème" })).toBeFocused();
  await expect(page.getByRole("alert").getByRole("link", { name: "Cochez au moins une compétence." })).toBeVisible();
  await expect(page.getByLabel("Nom ou prénom")).toHaveValue(name);
  await expectAccessible(page);

  await page.getByLabel("Traduction").check();
  await page.getByLabel("Organisation locale").check();
  await page.getByLabel(/J’accepte que le collectif Technopolice me contacte/).check();
  const sentAt = Date.now();
  await page.getByRole("button", { name: "M’inscrire" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");

  const message = await lastEmailTo(email, { after: sentAt });
  expect(message.subject).toBe("Confirmez votre inscription de bénévole");
  const personalLink = linkIn(message, "/benevole/");
  await page.goto(personalLink);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirmer mon inscription" }).click();
  await expect(page.getByRole("status")).toHaveText("Merci, votre inscription est confirmée. Le collectif vous contactera.");
  await expectAccessible(page);

  // The organizer, in their own session.
  const organizerContext = await browser.newContext({ javaScriptEnabled, locale: "fr-FR" });
  const organizer = await organizerContext.newPage();
  await signInAsOrganizer(organizer);
  await organizer.getByRole("link", { name: "Bénévoles", exact: true }).click();
  await organizer.getByLabel("Département (numéro)").fill("35");
  await organizer.getByLabel("Compétence").selectOption({ label: "Traduction" });
  await organizer.getByRole("button", { name: "Filtrer" }).click();
  const row = organizer.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(email);
  await expect(row).toContainText("Traduction, Organisation locale");
  await expectAccessible(organizer);
  await row.getByLabel(`Note de contact pour ${name}`).fill("Appelée pour la réunion du 12");
  await row.getByRole("button", { name: "Marquer comme contacté·e" }).click();
  await expect(organizer.getByRole("row").filter({ hasText: name })).toContainText("Appelée pour la réunion du 12");
  await expect(organizer.getByLabel("Compétence")).toHaveValue("TRANSLATION");
  const csv = await organizer.request.get("/admin/benevoles.csv?competence=TRANSLATION&departement=35");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(email);
  await organizer.goto("/admin/benevoles?competence=LEGAL");
  await expect(organizer.getByRole("row").filter({ hasText: name })).toHaveCount(0);

  // The volunteer withdraws through the link in their email.
  await page.goto(personalLink);
  await page.getByRole("button", { name: "Me retirer et supprimer mes données" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous êtes retiré·e");
  await expectAccessible(page);

  await organizer.goto("/admin/benevoles?competence=TRANSLATION");
  await expect(organizer.getByRole("heading", { level: 1 })).toHaveText("Bénévoles");
  await expect(organizer.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  expect(await db().volunteer.count({ where: { emailIndex: emailIndexFor(email) } })).toBe(0);
  await page.goto(personalLink);
  await expect(page.getByRole("alert")).toContainText("Ce lien n’est pas valable");
  await organizerContext.close();
});

test("a volunteer updates their details through their link", async ({ page, javaScriptEnabled, expectAccessible }) => {
  const email = `noa.${suffix()}@example.org`;
  await page.goto("/benevoles");
  await page.getByLabel("Nom ou prénom").fill("Noa");
  await page.getByLabel("Commune", { exact: true }).fill("Lyon");
  if (javaScriptEnabled) await page.getByRole("option", { name: /^Lyon Rhône/ }).click();
  await page.getByLabel("Juridique").check();
  await page.getByLabel("Quelques heures par mois").check();
  await page.getByLabel("Votre adresse électronique").fill(email);
  await page.getByLabel(/J’accepte que le collectif Technopolice me contacte/).check();
  const sentAt = Date.now();
  await page.getByRole("button", { name: "M’inscrire" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  const link = linkIn(await lastEmailTo(email, { after: sentAt }), "/benevole/");
  await page.goto(link);
  await page.getByRole("button", { name: "Confirmer mon inscription" }).click();
  await expect(page.getByLabel("Commune", { exact: true })).toHaveValue("Lyon (69)");
  await page.getByLabel("Développement informatique").check();
  await page.getByLabel("Commune", { exact: true }).fill("Rennes");
  if (javaScriptEnabled) await page.getByRole("option", { name: /^Rennes Ille-et-Vilaine/ }).click();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toHaveText("Vos informations sont enregistrées.");
  await expectAccessible(page);
  const stored = await db().volunteer.findUniqueOrThrow({ where: { emailIndex: emailIndexFor(email) } });
  expect(stored.skills).toEqual(["LEGAL", "DEVELOPMENT"]);
  expect(stored.inseeCode).toBe("35238");
});
