import { expect, test } from "./fixtures";

test("the home page calls for participation, in French by default", { tag: "@once" }, async ({ page, expectAccessible }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Technopolice/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nos villes ne sont pas des laboratoires de surveillance");
  await expect(page.getByRole("heading", { name: "Comment agir" })).toBeVisible();
  for (const way of ["Signaler un projet", "Signer la pétition de votre ville", "Donner du temps", "Faire un don", "Suivre les recours"]) {
    await expect(page.getByRole("heading", { name: way })).toBeVisible();
  }
  const featured = page.getByRole("region", { name: "Villes à la une" });
  for (const city of ["Paris", "Marseille", "Toulouse", "Nice", "Saint-Étienne"]) {
    await expect(featured.getByRole("link", { name: new RegExp(`^${city}`) })).toBeVisible();
  }
  await expectAccessible(page);
});

test("the home page fits a 360 px wide phone", { tag: "@once" }, async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await expect(page.getByRole("button", { name: "Rechercher" })).toBeVisible();
});

test("loads nothing from another origin", { tag: "@once" }, async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on("request", (request) => origins.add(new URL(request.url()).origin));
  await page.goto("/");
  await page.goto("/villes/nice");
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

test("switching language is remembered", async ({ page, expectAccessible }) => {
  await page.goto("/villes/nice");
  await page.getByRole("button", { name: "Read in English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/villes\/nice$/);
  await expect(page.getByText("Department: Alpes-Maritimes (06)")).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our cities are not surveillance laboratories");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Lire en français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nos villes ne sont pas des laboratoires de surveillance");
});

test.describe("a visitor whose browser prefers English", { tag: "@once" }, () => {
  test.use({ locale: "en-GB" });
  test("gets English on the first visit", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "How to act" })).toBeVisible();
  });
});

test("an unknown page or city is a 404 in the visitor's language", { tag: "@once" }, async ({ page, expectAccessible }) => {
  const response = await page.goto("/villes/ville-qui-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expectAccessible(page);

  const other = await page.goto("/nulle-part/vraiment", { waitUntil: "load" });
  expect(other?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Retour à l’accueil" })).toBeVisible();
});

test.describe("404 in English", { tag: "@once" }, () => {
  test.use({ locale: "en-US" });
  test("says so in English", async ({ page }) => {
    const response = await page.goto("/villes/nowhere-at-all");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});
