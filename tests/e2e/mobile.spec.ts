// Mobile first: on a 360 × 740 phone the city page shows the petition, its count and the "Sign"
// action in the first screen; at 320 px (WCAG 1.4.10, reflow) no page scrolls sideways.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ADMIN_PAGES, PUBLIC_PAGES } from "./pages";
import { signInAsOrganizer } from "./sign-in";

async function horizontalOverflow(page: Page, path: string) {
  await page.goto(path);
  const { scrollWidth, viewport } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  return scrollWidth > viewport ? `${path}: ${scrollWidth} px wide` : null;
}

test.describe("on a 360 × 740 phone", { tag: "@once" }, () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("Nice's page shows the petition, its count and the Sign action in the first screen, the form right after the text", async ({
    page,
    expectAccessible,
  }) => {
    await page.goto("/villes/nice");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nice");
    const count = page.getByTestId("petition-count");
    const sign = page.getByRole("link", { name: "Signer la pétition" });
    for (const element of [page.locator(".petition-title"), count, sign]) {
      const box = (await element.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(740);
    }
    // The form follows the petition's text; the commune's facts come after the petition.
    const order = await page.evaluate(() => {
      const body = document.querySelector(".petition-body")!;
      const form = document.querySelector(".sign-form")!;
      const facts = document.querySelector(".commune-facts")!;
      return [body.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING, form.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING];
    });
    expect(order.every(Boolean)).toBe(true);
    await sign.click();
    await expect(page).toHaveURL(/#sign-heading$/);
    await expect(page.getByRole("textbox", { name: "Prénom" })).toBeInViewport();
    await expectAccessible(page);
  });
});

test(
  "the home page asks for one thing first: the town search is in a phone's first screen, with the campaign's totals",
  { tag: "@once" },
  async ({ page, expectAccessible }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const search = page.getByRole("combobox").or(page.getByRole("searchbox")).first();
    const box = (await search.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    const totals = page.getByRole("region", { name: "La campagne en chiffres" });
    await expect(totals.getByRole("link")).toHaveCount(3);
    await expect(totals).toContainText(/villes? avec une pétition ouverte/);
    await expect(page.getByRole("region", { name: "Villes à la une" }).getByRole("link", { name: /^Nice \d[\d\s\u202f]* signatures?$/ })).toBeVisible();
    await expectAccessible(page);
  },
);

test.describe("the Agir group", () => {
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 1280, height: 800 },
  ]) {
    test(`leads to every way to act, at ${viewport.width} px`, async ({ page, expectAccessible }) => {
      await page.setViewportSize(viewport);
      await page.goto("/lettre");
      const nav = page.getByRole("navigation", { name: "Navigation principale" });
      await nav.getByText("Agir", { exact: true }).click();
      const links = {
        "Signer une pétition": "/petitions",
        "Signaler un projet": "/signaler",
        "Devenir bénévole": "/benevoles",
        "Faire un don": "/don",
        "Suivre les recours": "/recours",
      };
      for (const [name, href] of Object.entries(links)) {
        await expect(nav.locator(".act-menu").getByRole("link", { name })).toHaveAttribute("href", href);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await nav.locator(".act-menu").getByRole("link", { name: "Signaler un projet" }).click();
      await expect(page).toHaveURL(/\/signaler$/);
      await expectAccessible(page);
    });
  }
});

test.describe("at 320 px", { tag: "@once" }, () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("no public page scrolls sideways", async ({ page }) => {
    test.slow();
    const wide: string[] = [];
    for (const path of PUBLIC_PAGES) {
      const overflow = await horizontalOverflow(page, path);
      if (overflow) wide.push(overflow);
    }
    expect(wide).toEqual([]);
  });

  test("no page of the organizers' area scrolls sideways", async ({ page }) => {
    test.slow();
    await signInAsOrganizer(page, { role: "ADMIN" });
    const wide: string[] = [];
    for (const path of ADMIN_PAGES) {
      const overflow = await horizontalOverflow(page, path);
      if (overflow) wide.push(overflow);
    }
    expect(wide).toEqual([]);
  });
});
