// Territorial rights (issue 25), at 360 px in French and 1280 px in English, with and without
// JavaScript: a coordinator of the Marseille group signs in, is told their territory, sees only
// their territory's petitions, marks Marseille's petition as handed in to the mayor, and is refused
// a Nice petition's page with a "not your territory" page in their language.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { db } from "~/utils/db.server";
import { expect, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

/** A closed petition (ready to be handed in), made beside any other of its commune. */
async function closedPetition(inseeCode: string, title: string) {
  return db().petition.create({
    data: {
      inseeCode,
      title,
      body: "Texte de la pétition.",
      goal: 100,
      status: "CLOSED",
      mayorTitle: "MONSIEUR_LE_MAIRE",
      mayorName: "Test",
      openedAt: new Date(Date.now() - 30 * 24 * 3600_000),
      closedAt: new Date(),
    },
  });
}

/** Nothing wider than the screen but what scrolls inside its own box (the tables). */
async function expectNoSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

const VIEWS = [
  {
    width: 360,
    locale: "fr-FR",
    words: {
      petitions: "Pétitions",
      donations: "Dons",
      deliver: "Marquer comme remise au maire",
      confirm: "Confirmer la remise",
      delivered: "La pétition est marquée comme remise.",
      refused: "Hors de votre territoire",
      refusedText: "n’est pas dans le territoire de votre groupe local",
      coordinate: "Vous coordonnez",
    },
  },
  {
    width: 1280,
    locale: "en-GB",
    words: {
      petitions: "Petitions",
      donations: "Donations",
      deliver: "Mark as delivered to the mayor",
      confirm: "Confirm delivery",
      delivered: "The petition is marked as delivered.",
      refused: "Outside your territory",
      refusedText: "outside your local group’s territory",
      coordinate: "You coordinate",
    },
  },
] as const;

for (const view of VIEWS) {
  test.describe(`${view.width} px, ${view.locale}`, () => {
    test.use({ viewport: { width: view.width, height: 800 }, locale: view.locale });

    test("a Marseille coordinator works on Marseille's petition and is refused Nice's", async ({ page, expectAccessible }) => {
      const tag = randomUUID().slice(0, 8);
      const marseille = await closedPetition("13055", `Marseille sans caméras ${tag}`);
      const nice = await closedPetition("06088", `Nice sans caméras ${tag}`);
      const { group } = await signInAsOrganizer(page, { role: "COORDINATOR", groupSlug: "marseille" });

      // The admin home names the group and its territory, and offers only the territorial pages.
      await expect(page.getByTestId("territory-line")).toContainText(view.words.coordinate);
      await expect(page.getByTestId("territory-line")).toContainText("Marseille");
      const nav = page.locator("nav.admin-nav");
      await expect(nav.getByRole("link", { name: view.words.donations })).toHaveCount(0);
      await expectAccessible(page);

      // Only their territory's petitions: Marseille's is there, Nice's is not.
      await nav.getByRole("link", { name: view.words.petitions, exact: true }).click();
      await expect(page.getByRole("link", { name: marseille.title })).toBeVisible();
      await expect(page.getByRole("link", { name: nice.title })).toHaveCount(0);
      const territory = await db().groupTerritory.findMany({
        where: { groupId: group!.id },
        select: { departmentCode: true, commune: { select: { name: true, departmentCode: true } } },
      });
      const cells = await page.locator("table tbody tr td:first-child").allTextContents();
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells.map((text) => text.trim())) {
        expect(
          territory.some((piece) =>
            piece.commune ? cell === `${piece.commune.name} (${piece.commune.departmentCode})` : cell.endsWith(`(${piece.departmentCode})`),
          ),
          cell,
        ).toBe(true);
      }
      await expectNoSideways(page);

      // Marseille's petition: handed in to the mayor, after the confirmation step.
      await page.getByRole("link", { name: marseille.title }).click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Marseille");
      await page.getByRole("button", { name: view.words.deliver }).click();
      await page.getByRole("button", { name: view.words.confirm }).click();
      await expect(page.getByRole("status").filter({ hasText: view.words.delivered })).toBeVisible();
      await expect.poll(async () => (await db().petition.findUniqueOrThrow({ where: { id: marseille.id } })).status).toBe("DELIVERED");
      await expectNoSideways(page);

      // Nice's petition, by its address: a 403 that says why, in their language; nothing changed.
      const response = await page.goto(`/admin/petitions/${nice.id}`);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(view.words.refused);
      await expect(page.getByText(view.words.refusedText)).toBeVisible();
      await expect(page.getByText(nice.title)).toHaveCount(0);
      expect((await db().petition.findUniqueOrThrow({ where: { id: nice.id } })).status).toBe("CLOSED");
      await expectNoSideways(page);
      await expectAccessible(page);
    });
  });
}
