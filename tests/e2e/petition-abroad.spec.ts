// Issue 28, items 5 and 6, as visitors and organizers see them: a supporter from Belgium signs
// (a country, no postcode), confirms through the emailed link, and the count and the figure by
// country show it; an organizer filters the petition list by department and downloads its CSV.
// Each project uses its own commune in the Var (one open petition per commune), none used by the
// other journeys.
import { readFile } from "node:fs/promises";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";
import { petitionIn } from "./petitions";

test("a supporter from Belgium signs with a country and no postcode, confirms, and is counted by country", async ({
  page,
  javaScriptEnabled,
  expectAccessible,
}) => {
  const city = javaScriptEnabled ? { slug: "hyeres", name: "Hyères" } : { slug: "la-seyne-sur-mer", name: "La Seyne-sur-Mer" };
  const petition = await petitionIn(city.slug);
  const email = `belgique.${Math.random().toString(36).slice(2, 10)}@example.be`;

  await page.goto(`/villes/${city.slug}`);
  const form = page.getByRole("region", { name: "Signer la pétition" });
  await form.getByLabel("Prénom", { exact: true }).fill("Lotte");
  await form.getByLabel("Nom", { exact: true }).fill("Peeters");
  await form.getByLabel("Adresse électronique", { exact: true }).fill(email);
  await form.getByLabel("Dans un autre pays").check();
  await form.getByLabel(/J’accepte que Technopolice traite mes données/).check();

  // No country chosen: the message is beside the field, and nothing typed is lost.
  await form.getByRole("button", { name: "Signer" }).click();
  await expect(form.getByText("Choisissez votre pays dans la liste.").last()).toBeVisible();
  await expect(form.getByLabel("Prénom", { exact: true })).toHaveValue("Lotte");
  await expect(form.getByLabel("Adresse électronique", { exact: true })).toHaveValue(email);
  await expect(form.getByLabel("Dans un autre pays")).toBeChecked();
  await expect(form.getByLabel("Code postal", { exact: true })).toBeHidden();
  await expectAccessible(page);

  await form.getByLabel("Pays", { exact: true }).selectOption({ label: "Belgique" });
  if (!(await form.getByLabel(/J’accepte que Technopolice traite mes données/).isChecked())) {
    await form.getByLabel(/J’accepte que Technopolice traite mes données/).check();
  }
  const sentAt = Date.now();
  await form.getByRole("button", { name: "Signer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");

  await page.goto(linkIn(await lastEmailTo(email, { after: sentAt }), "/signature/"));
  await page.getByRole("button", { name: "Confirmer ma signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci, votre signature est comptée");

  // The tally job counts it within seconds: a supporter, from abroad.
  await expect
    .poll(async () => (await page.goto(`/villes/${city.slug}`), page.getByTestId("petition-abroad").count()), { timeout: 60_000, intervals: [1_000] })
    .toBe(1);
  await expect(page.getByTestId("petition-abroad")).toHaveText("(dont 1 de l’étranger)");
  await expect(page.getByText(/0 habitante ou habitant de la commune et 1 soutien d’ailleurs/)).toBeVisible();

  const json = await (await page.request.get(`/villes/${city.slug}/petition.json`)).json();
  expect(json).toMatchObject({ id: petition.id, count: 1, residents: 0, supporters: 1, supportersAbroad: 1, supportersByCountry: { BE: 1 } });
});

test("an organizer filters the petition list by department and downloads it as CSV", async ({ page, javaScriptEnabled, expectAccessible }) => {
  const city = javaScriptEnabled ? { slug: "six-fours-les-plages", name: "Six-Fours-les-Plages" } : { slug: "toulon", name: "Toulon" };
  const petition = await petitionIn(city.slug);
  await signInAsOrganizer(page);
  await page.goto("/admin/petitions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pétitions");

  await page.getByLabel("Département").selectOption({ value: "83" });
  await page.getByLabel("État").selectOption({ label: "Ouverte" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/department=83/);
  await expect(page.getByRole("row", { name: new RegExp(`${city.name} \\(83\\)`) })).toBeVisible();
  await expect(page.getByRole("cell", { name: /\(06\)$/ })).toHaveCount(0);
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporter cette liste (CSV)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^petitions-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^Identifiant,Commune,Code INSEE,Département,/);
  expect(lines.find((line) => line.startsWith(petition.id))).toContain(`,${city.name},`);
  expect(lines.slice(1).every((line) => line.includes(",83,") && line.includes(",Ouverte,"))).toBe(true);
});
