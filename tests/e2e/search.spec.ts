import { expect, test } from "./fixtures";

test("search by name, accents and case ignored, then open the city page", async ({ page, expectAccessible }) => {
  await page.goto("/");
  await page.getByLabel("Nom de la commune ou code postal").fill("saint etienne");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/\/villes\?q=saint\+etienne/);
  const results = page.getByRole("region", { name: /communes? pour/ });
  await expect(results.getByRole("link").first()).toHaveText("Saint-Étienne");
  await expectAccessible(page);
  await results.getByRole("link", { name: "Saint-Étienne", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saint-Étienne");
  await expect(page.getByText("Département : Loire (42)")).toBeVisible();
  await expectAccessible(page);
});

test("search by postcode", async ({ page }) => {
  await page.goto("/villes");
  await page.getByLabel("Nom de la commune ou code postal").fill("06000");
  await page.getByRole("button", { name: "Rechercher" }).click();
  const results = page.getByRole("region", { name: /communes? pour/ });
  await expect(results.getByRole("link")).toHaveText(["Nice"]);
});

test("a search with no match says so", async ({ page }) => {
  await page.goto("/villes?q=zzqxw");
  await expect(page.getByText("Aucune commune ne correspond à « zzqxw »")).toBeVisible();
  await expect(page.getByLabel("Nom de la commune ou code postal")).toHaveValue("zzqxw");
});

test.describe("with JavaScript", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "suggestions need JavaScript");

  test("suggestions appear as you type and lead to the city", async ({ page, expectAccessible }) => {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Nom de la commune ou code postal" });
    await box.pressSequentially("saint-étien");
    const suggestions = page.getByRole("listbox", { name: "Suggestions" });
    await expect(suggestions.getByRole("option").first()).toContainText("Saint-Étienne");
    await expectAccessible(page);
    await box.press("ArrowDown");
    await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
    await box.press("Enter");
    await expect(page).toHaveURL(/\/villes\/saint-etienne$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saint-Étienne");
  });

  test("postcode suggestions", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox").fill("06000");
    const option = page.getByRole("listbox").getByRole("option");
    await expect(option).toHaveCount(1);
    await expect(option).toContainText("Nice");
    await option.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nice");
  });
});
