import { expect, test } from "./fixtures";
import { expectErrorSummary, followSummaryLink } from "./error-summary";

// Issue 17: every public form that fails shows the error summary, JavaScript on and off (the
// petition, report, volunteer and petition-request journeys check theirs in their own specs).
const INVALID_EMAIL = "Cette adresse électronique n’est pas valide (exemple : nom@exemple.fr).";

for (const { path, button } of [
  { path: "/lettre", button: "S’abonner" },
  { path: "/don/gerer", button: "Recevoir le lien" },
  { path: "/mes-donnees", button: "Recevoir le lien" },
  { path: "/connexion", button: "Recevoir un lien de connexion" },
]) {
  test(`${path}: a malformed address gets the error summary, focused, linking to the field`, async ({ page, javaScriptEnabled, expectAccessible }) => {
    await page.goto(path);
    const main = page.getByRole("main");
    const email = main.getByLabel("Adresse électronique", { exact: true });
    await email.fill("pas une adresse");
    await main.getByRole("button", { name: button }).click();
    const summary = await expectErrorSummary(page, [INVALID_EMAIL]);
    await expect(summary).toContainText("Il y a un problème");
    await expect(email).toHaveValue("pas une adresse");
    await expectAccessible(page);
    const id = await email.getAttribute("id");
    await followSummaryLink(page, INVALID_EMAIL, id!, javaScriptEnabled);
  });
}

test("/don: an amount that is not possible gets the error summary, focused, linking to the amount", async ({ page, javaScriptEnabled, expectAccessible }) => {
  await page.goto("/don");
  await page.getByLabel("Autre montant").check();
  const custom = page.getByLabel("Montant libre en euros");
  await custom.fill("dix");
  await page.getByRole("button", { name: "Continuer vers le paiement sécurisé" }).click();
  await expectErrorSummary(page, ["Indiquez un montant en chiffres, par exemple 30 ou 12,50."]);
  await expectAccessible(page);
  await followSummaryLink(page, "Indiquez un montant en chiffres, par exemple 30 ou 12,50.", (await custom.getAttribute("id"))!, javaScriptEnabled);
  // Another mistake: the summary follows it.
  await custom.fill("0");
  await page.getByRole("button", { name: "Continuer vers le paiement sécurisé" }).click();
  await expectErrorSummary(page, ["Le montant minimum est de 1 €."]);
});
