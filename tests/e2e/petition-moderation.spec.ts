// Signature-level moderation and the fraud view (issue 28), at 360 px, with and without
// JavaScript: an organizer finds a troll by name and invalidates it; after a burst from one
// network, the fraud view leads to those signatures and one action invalidates them all.
import type { Page } from "@playwright/test";
import { signPetition } from "~/modules/petitions/petition.server";
import { tallySignatures } from "~/modules/petitions/tally.server";
import { emailIndexFor } from "~/modules/petitions/signature-index.server";
import { ipHashFor, networkHashFor } from "~/utils/client-ip.server";
import { db } from "~/utils/db.server";
import { openPetition, signer } from "../factories/petition";
import { expect, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";
import { suffix } from "./petitions";

test.use({ viewport: { width: 360, height: 740 } });

/** A confirmed signature from an address, written as the signing route writes it. */
async function signed(petitionId: string, overrides: Parameters<typeof signer>[0], ip: string) {
  const input = signer(overrides);
  await signPetition({ petitionId, input, ipHash: ipHashFor(ip), networkHash: networkHashFor(ip), lang: "fr" });
  await db().signature.updateMany({ where: { petitionId, emailIndex: emailIndexFor(input.email) }, data: { confirmedAt: new Date() } });
}

/** Nothing wider than the 360 px screen but what scrolls inside its own box (the tables). */
async function expectNoSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

/** The public count, as a number, once the page shows what the database says. */
async function expectPublicCount(page: Page, slug: string, count: number) {
  const text = `${count} signature${count > 1 ? "s" : ""} confirmée${count > 1 ? "s" : ""}`;
  await expect
    .poll(async () => {
      await page.goto(`/villes/${slug}`);
      return page.getByTestId("petition-count").first().textContent();
    })
    .toBe(text);
}

test("an organizer finds a troll by name and invalidates it; the city page's list and count change", async ({ page, javaScriptEnabled, expectAccessible }) => {
  // Communes of their own (one open petition per commune), used by no other journey.
  const city = javaScriptEnabled
    ? { inseeCode: "06155", slug: "vallauris", postcode: "06220" }
    : { inseeCode: "06123", slug: "saint-laurent-du-var", postcode: "06700" };
  const petition = await openPetition({ inseeCode: city.inseeCode, goal: 200 });
  const troll = { firstName: "Trollinou", lastName: `Ricanant${suffix()}` };
  await signed(petition.id, { firstName: "Hélène", lastName: "Lefèvre", postcode: city.postcode }, "198.51.100.20");
  await signed(petition.id, { firstName: "Paul", lastName: "Martin", postcode: "75011" }, "198.51.100.21");
  await signed(petition.id, { ...troll, postcode: city.postcode }, "192.0.2.44");
  await tallySignatures();

  const visitor = page;
  await expectPublicCount(visitor, city.slug, 3);
  const recent = visitor.locator(".signers");
  await expect(recent).toContainText(`Trollinou R.`);

  await signInAsOrganizer(page);
  await page.goto(`/admin/petitions/${petition.id}`);
  await page.getByRole("link", { name: "Modérer les signatures" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Signatures de la pétition");
  await expect(page.getByTestId("moderation-total")).toHaveText("3 signatures correspondent.");
  await expectAccessible(page);
  await expectNoSideways(page);

  // Found by part of the name, without its accents or case.
  await page.getByLabel("Nom ou prénom (une partie suffit)").fill("TROLLI");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByTestId("moderation-total")).toHaveText("1 signature correspond.");
  await expect(page.getByTestId("moderation-row")).toContainText(`Trollinou ${troll.lastName}`);

  // Without a reason: the message beside the field, the tick kept.
  await page.getByRole("checkbox", { name: `Choisir la signature de Trollinou ${troll.lastName}` }).check();
  await page.getByRole("button", { name: "Invalider" }).click();
  await expect(page.locator("#moderation-reason-error")).toHaveText("Indiquez le motif de l’invalidation.");
  await expect(page.getByRole("checkbox", { name: `Choisir la signature de Trollinou ${troll.lastName}` })).toBeChecked();
  await expect(page.getByLabel("Nom ou prénom (une partie suffit)")).toHaveValue("TROLLI");

  await page.getByLabel("Motif de l’invalidation").fill("Pseudonyme moqueur, adresse jetable");
  await page.getByRole("button", { name: "Invalider" }).click();
  await expect(page.getByRole("status")).toHaveText("1 signature invalidée. Les compteurs sont recalculés.");
  await expect(page.getByTestId("moderation-row")).toContainText("Invalidée");
  await expect(page.getByTestId("moderation-row")).toContainText("Pseudonyme moqueur, adresse jetable");
  await expect(page.getByTestId("moderation-counts")).toHaveText("Comptées : 1 habitant, 1 soutien d’ailleurs");

  await expectPublicCount(visitor, city.slug, 2);
  await expect(visitor.locator(".signers")).toContainText("Hélène L.");
  await expect(visitor.locator(".signers")).not.toContainText("Trollinou");
});

test("after 30 signatures from one network, the fraud view leads to them and one action invalidates all 30", async ({
  page,
  javaScriptEnabled,
  expectAccessible,
}) => {
  const city = javaScriptEnabled
    ? { inseeCode: "06085", slug: "mougins", postcode: "06250" }
    : { inseeCode: "06079", slug: "mandelieu-la-napoule", postcode: "06210" };
  const petition = await openPetition({ inseeCode: city.inseeCode, goal: 500 });
  const stamp = suffix();
  await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      signed(petition.id, { lastName: `Rafale${i}`, email: `burst${i}.${stamp}@example.org`, postcode: city.postcode }, `203.0.113.${i + 1}`),
    ),
  );
  for (let i = 0; i < 4; i++)
    await signed(petition.id, { lastName: `Voisin${i}`, email: `n${i}.${stamp}@example.net`, postcode: city.postcode }, `198.51.${100 + i}.7`);
  await tallySignatures();
  await expectPublicCount(page, city.slug, 34);

  await signInAsOrganizer(page);
  await page.goto(`/admin/petitions/${petition.id}`);
  await page.getByRole("link", { name: /^Vue des fraudes/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vue des fraudes");
  await expectAccessible(page);
  await expectNoSideways(page);
  const networks = page.getByTestId("fraud-network");
  await expect(networks.getByRole("row").nth(1)).toContainText("30");
  // The last hour shows the same burst.
  await page.getByRole("link", { name: "Dernière heure" }).click();
  await expect(page.getByRole("link", { name: "Dernière heure" })).toHaveAttribute("aria-current", "page");
  await networks.getByRole("row").nth(1).getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Signatures de la pétition");
  await expect(page.getByTestId("moderation-total")).toHaveText("30 signatures correspondent.");
  await page.getByLabel(/Les 30 signatures qui correspondent au filtre/).check();
  await page.getByLabel("Motif de l’invalidation").fill("30 signatures du même réseau en quelques minutes");
  await page.getByRole("button", { name: "Invalider" }).click();
  await expect(page.getByRole("status")).toHaveText("30 signatures invalidées. Les compteurs sont recalculés.");
  await expect(page.getByTestId("moderation-counts")).toHaveText("Comptées : 4 habitants, 0 soutien d’ailleurs");
  await expectPublicCount(page, city.slug, 4);
});

test("bad filters: messages beside the fields, what was typed kept; deleting asks first", async ({ page }) => {
  const petition = await openPetition({ inseeCode: "06030", goal: 100 });
  await signed(petition.id, { firstName: "Double", lastName: "Saisie", postcode: "06110" }, "198.51.100.30");
  await signInAsOrganizer(page);
  await page.goto(`/admin/petitions/${petition.id}/signatures`);
  await page.getByLabel("Adresse IP (IPv4 ou IPv6)").fill("192.168.1");
  await page.getByLabel("Signées à partir du (heure UTC)").fill("2026-03-02T10:00");
  await page.getByLabel("Signées avant le (heure UTC)").fill("2026-03-01T10:00");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.locator("#filter-ip-error")).toHaveText("Saisissez une adresse IP, par exemple 203.0.113.7 ou 2001:db8::1.");
  await expect(page.locator("#filter-to-error")).toHaveText("La fin de la période doit venir après son début.");
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expect(page.getByLabel("Adresse IP (IPv4 ou IPv6)")).toHaveValue("192.168.1");
  await expect(page.getByLabel("Signées à partir du (heure UTC)")).toHaveValue("2026-03-02T10:00");

  // Deleting cannot be undone: the page says what will go, and only the second button deletes.
  await page.getByRole("link", { name: "Effacer les filtres" }).click();
  await page.getByRole("checkbox", { name: "Choisir la signature de Double Saisie" }).check();
  await page.getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(page.getByTestId("confirm-step")).toContainText("1 signature sera supprimée définitivement");
  await expect(page.getByTestId("moderation-total")).toHaveText("1 signature correspond.");
  await page.getByRole("button", { name: "Confirmer la suppression" }).click();
  await expect(page.getByRole("status")).toHaveText("1 signature supprimée. Les compteurs sont recalculés.");
  await expect(page.getByTestId("moderation-total")).toHaveText("0 signature correspond.");
});
