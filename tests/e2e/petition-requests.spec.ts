import { signInAsOrganizer } from "./sign-in";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);

test("a visitor asks for a petition where there is none, confirms by email, and the organizer sees the request counted", async ({
  page,
  browser,
  javaScriptEnabled,
  expectAccessible,
}) => {
  // One commune per project: the two projects run side by side on the same database.
  const commune = javaScriptEnabled ? { slug: "besancon", name: "Besançon", code: "25056" } : { slug: "dijon", name: "Dijon", code: "21231" };
  const email = `demande.${suffix()}@example.org`;
  await page.goto(`/villes/${commune.slug}`);
  const section = page.getByRole("region", { name: "Demander une pétition ici" });
  await expect(section).toBeVisible();
  await expect(page.getByTestId("petition-request-count")).toHaveCount(0);
  // Not a dead end: volunteering with the commune filled in, and open petitions nearby.
  await expect(page.getByRole("link", { name: `Devenir bénévole à ${commune.name}` })).toHaveAttribute("href", new RegExp(`inseeCode=${commune.code}`));
  await expect(page.getByRole("region", { name: "Pétitions ouvertes près d’ici" }).getByRole("listitem").first()).toContainText(/\d+ signatures?/);
  await expectAccessible(page);

  // An empty submit: the error summary, focused, "Erreur : " in the title, a link to each field.
  await section.getByRole("button", { name: "Demander une pétition" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Il y a un problème" });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Erreur\s: /);
  await expect(summary.getByRole("link")).toHaveText(["Indiquez votre adresse électronique.", "Cochez cette case pour que votre demande soit comptée."]);
  await summary.getByRole("link", { name: "Indiquez votre adresse électronique." }).click();
  const emailField = page.getByLabel("Votre adresse électronique");
  if (javaScriptEnabled) await expect(emailField).toBeFocused();
  else await expect(page).toHaveURL(/#petition-request-email$/);
  await expectAccessible(page);

  await emailField.fill(email);
  await page.getByLabel("Ce que la pétition devrait demander (facultatif)").fill("Les caméras « intelligentes » du centre-ville.");
  await page.getByLabel(/J’accepte que le collectif conserve ma demande/).check();
  const sentAt = Date.now();
  await page.getByRole("button", { name: "Demander une pétition" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirmez votre demande");
  await expect(page).not.toHaveTitle(/^Erreur/);

  const message = await lastEmailTo(email, { after: sentAt });
  expect(message.subject).toBe(`Confirmez votre demande de pétition\u00a0: ${commune.name}`);
  await page.goto(linkIn(message, "/demande-petition/"));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirmer ma demande" }).click();
  await expect(page.getByRole("status")).toContainText(`Elle compte désormais parmi les demandes de pétition de ${commune.name}.`);
  await page.getByRole("link", { name: `Revenir à la page de ${commune.name}` }).click();
  // With JavaScript the link navigates on the client: a reload before it lands would reload the confirmation page.
  await expect(page).toHaveURL(new RegExp(`/villes/${commune.slug}$`));
  // Without JavaScript the city page may be the shared copy rendered just before the confirmation
  // (PAGE_CACHE_SECONDS): a visitor who reloads sees the count a second later.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("petition-request-count")).toHaveText("1 personne demande une pétition ici.", { timeout: 1_000 });
  }).toPass();

  const organizerContext = await browser.newContext({ javaScriptEnabled, locale: "fr-FR" });
  const organizer = await organizerContext.newPage();
  await signInAsOrganizer(organizer);
  await organizer.goto("/admin/demandes-petition");
  await expect(organizer.getByTestId(`petition-requests-${commune.code}`)).toContainText(`${commune.name}`);
  await expect(organizer.getByTestId(`petition-requests-${commune.code}`).getByRole("cell").first()).toHaveText("1");
  await expectAccessible(organizer);
  await organizerContext.close();
});

test("search results and suggestions say which towns have an open petition", async ({ page, javaScriptEnabled }) => {
  await page.goto("/villes?q=Nice");
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Nice", exact: true }) })).toContainText(
    /pétition ouverte · \d+ signatures?/,
  );
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Dijon", exact: true }) })).toHaveCount(0);
  if (!javaScriptEnabled) return;
  await page.goto("/villes");
  await page.getByRole("combobox").fill("Nice");
  await expect(page.getByRole("option", { name: /^Nice Alpes-Maritimes/ })).toContainText(/pétition ouverte · \d+ signatures?/);
  // Choosing a town: the new page's heading has focus, and its title is announced.
  await page.getByRole("option", { name: /^Nice Alpes-Maritimes/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nice" })).toBeFocused();
  await expect(page.getByTestId("route-announcer")).toContainText("Nice");
});
