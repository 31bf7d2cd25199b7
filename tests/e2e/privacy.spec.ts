// Issue 13: "my data", takedown, and the pages a French campaign site must have.
import type { Page } from "@playwright/test";
import { recipientIndexFor } from "~/models/email-message.server";
import { emailIndexFor, volunteerIndexFor } from "~/modules/petitions/signature-index.server";
import { subscriberIndexFor } from "~/modules/newsletter/subscriber.server";
import { db } from "~/utils/db.server";
import { SIGNATURE_AFTER_PETITION_DAYS } from "~/utils/retention-periods";
import { DONATION_YEARS } from "~/modules/donations/periods";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);

/** An open petition of its own, so that parallel tests do not move its count. */
async function petitionIn(inseeCode: string) {
  await db().petition.updateMany({ where: { inseeCode, status: "OPEN" }, data: { status: "CLOSED" } });
  const commune = await db().commune.findUniqueOrThrow({ where: { inseeCode }, select: { slug: true } });
  const petition = await db().petition.create({
    data: {
      inseeCode,
      title: `Pétition ${suffix()}`,
      body: "Non à la vidéosurveillance algorithmique.",
      goal: 100,
      status: "OPEN",
      mayorTitle: "MADAME_LA_MAIRE",
      mayorName: "Test",
      openedAt: new Date(),
    },
  });
  return { petition, slug: commune.slug };
}

const displayedCount = async (page: Page) => Number(((await page.getByTestId("petition-count").textContent()) ?? "").replace(/\D/g, ""));

test("my data: sign, volunteer and subscribe with one address, see all three, export, delete all: nothing left", async ({
  page,
  javaScriptEnabled,
  expectAccessible,
}) => {
  test.slow(); // three sign-ups and the "my data" round trip: a long journey
  const { petition, slug } = await petitionIn(javaScriptEnabled ? "29019" : "29232");
  const email = `moi.${suffix()}@example.org`;

  // Sign and confirm.
  await page.goto(`/villes/${slug}`);
  const form = page.getByRole("region", { name: "Signer la pétition" });
  await form.getByLabel("Prénom", { exact: true }).fill("Lou");
  await form.getByLabel("Nom", { exact: true }).fill("Kerguelen");
  await form.getByLabel("Adresse électronique", { exact: true }).fill(email);
  await form.getByLabel("Code postal", { exact: true }).fill("29200");
  await form.getByLabel(/J’accepte que Technopolice traite mes données/).check();
  let sentAt = Date.now();
  await form.getByRole("button", { name: "Signer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  await page.goto(linkIn(await lastEmailTo(email, { after: sentAt }), "/signature/"));
  await page.getByRole("button", { name: "Confirmer ma signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci, votre signature est comptée");
  const counted = async () => {
    const tally = await db().petitionTally.findUnique({ where: { petitionId: petition.id } });
    return (tally?.residents ?? 0) + (tally?.supporters ?? 0);
  };
  await expect.poll(counted).toBe(1);

  // Volunteer.
  await page.goto("/benevoles");
  await page.getByLabel("Nom ou prénom").fill("Lou");
  await page.getByLabel("Commune", { exact: true }).fill("Rennes");
  if (javaScriptEnabled) await page.getByRole("option", { name: /^Rennes Ille-et-Vilaine/ }).click();
  await page.getByLabel("Quelques heures par semaine").check();
  await page.getByLabel("Votre adresse électronique").fill(email);
  await page.getByLabel("Traduction").check();
  await page.getByLabel(/J’accepte que le collectif Technopolice me contacte/).check();
  await page.getByRole("button", { name: "M’inscrire" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");

  // Subscribe.
  await page.goto("/lettre");
  await page.getByLabel("Adresse électronique", { exact: true }).fill(email);
  await page.getByRole("main").getByRole("button", { name: "S’abonner" }).click();
  await expect(page.getByRole("status")).toContainText("Si cette adresse n’est pas déjà abonnée");

  // Ask for the link: the same answer as for an unknown address.
  await page.goto("/mes-donnees");
  await expectAccessible(page);
  await page.getByLabel("Adresse électronique").fill(`inconnu.${suffix()}@example.org`);
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  const unknownAnswer = await page.getByRole("status").textContent();
  await page.getByLabel("Adresse électronique").fill(email);
  sentAt = Date.now();
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  await expect(page.getByRole("status")).toHaveText(unknownAnswer ?? "");
  const link = linkIn(await lastEmailTo(email, { after: sentAt, containing: "/mes-donnees/" }), "/mes-donnees/");

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes données");
  await expect(page.getByRole("heading", { name: "Signatures" })).toBeVisible();
  await expect(page.getByText(`Lou Kerguelen, 29200`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Profil de bénévole" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lettre d’information" })).toBeVisible();
  await expectAccessible(page);

  const exported = await page.request.get((await page.getByRole("link", { name: "Télécharger mes données (JSON)" }).getAttribute("href")) ?? "");
  expect(exported.headers()["content-disposition"]).toContain("attachment");
  const json = (await exported.json()) as { email: string; signatures: unknown[]; volunteer: { name: string } | null; subscription: unknown };
  expect(json.email).toBe(email);
  expect(json.signatures).toHaveLength(1);
  expect(json.volunteer?.name).toBe("Lou");
  expect(json.subscription).not.toBeNull();

  await page.getByRole("button", { name: "Tout supprimer" }).click();
  await expect(page.getByRole("status")).toContainText("le site ne détient plus rien pour cette adresse");
  await page.goto(`/villes/${slug}`);
  await expect.poll(async () => (await page.reload(), displayedCount(page))).toBe(0);
  expect(await db().signature.count({ where: { emailIndex: emailIndexFor(email) } })).toBe(0);
  expect(await db().volunteer.count({ where: { emailIndex: volunteerIndexFor(email) } })).toBe(0);
  expect(await db().subscriber.count({ where: { emailIndex: subscriberIndexFor(email) } })).toBe(0);
  await expect.poll(() => db().emailMessage.count({ where: { recipientIndex: recipientIndexFor(email) } })).toBe(0);
  // The link is gone with the rest.
  await page.goto(link);
  await expect(page).toHaveURL(/\/mes-donnees\?expire$/);
});

test("an organizer takes a published report down: gone from the city page and the feed", async ({ page }) => {
  const title = `Drone au marché ${suffix()}`;
  const report = await db().report.create({
    data: {
      inseeCode: "35238",
      kind: "DRONES",
      title,
      description: "Un drone survole le marché le samedi.",
      sources: ["https://example.org/drone"],
      status: "PUBLISHED",
      publishedAt: new Date(),
      lang: "fr",
    },
  });
  await page.goto("/villes/rennes");
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  await signInAsOrganizer(page);
  await page.goto(`/admin/signalements/${report.id}`);
  await page.getByLabel("Motif du retrait").fill("Nomme une personne privée.");
  await page.getByRole("button", { name: "Retirer du site" }).click();
  // Taking down cannot be undone: a confirmation first, with the reason; nothing changed yet.
  const confirmation = page.getByTestId("confirm-step");
  await expect(confirmation).toContainText("Nomme une personne privée.");
  expect((await db().report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("PUBLISHED");
  await confirmation.getByRole("button", { name: "Confirmer le retrait" }).click();
  await expect(page).toHaveURL(/\/admin\/signalements$/);
  const row = await db().report.findUniqueOrThrow({ where: { id: report.id } });
  expect(row.status).toBe("TAKEN_DOWN");
  expect(await db().auditEntry.count({ where: { action: "report.takedown", subjectId: report.id } })).toBe(1);

  await expect.poll(async () => (await page.goto("/villes/rennes"), page.getByRole("heading", { name: title }).count())).toBe(0);
  expect(await (await page.request.get("/projets.atom")).text()).not.toContain(title);
});

test(
  "the footer links to who we are, the legal notice, the privacy policy and the accessibility statement",
  { tag: "@once" },
  async ({ page, expectAccessible }) => {
    test.slow(); // four pages, each checked with axe
    for (const [link, heading] of [
      ["Qui sommes-nous", "Qui sommes-nous"],
      ["Mentions légales", "Mentions légales"],
      ["Politique de confidentialité", "Politique de confidentialité"],
      ["Accessibilité", "Déclaration d’accessibilité"],
    ]) {
      await page.goto("/");
      await page.getByRole("contentinfo").getByRole("link", { name: link, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectAccessible(page);
    }
    // The privacy policy prints the durations the retention job applies.
    await page.goto("/confidentialite");
    const signatures = page.locator('[data-privacy-entry="signatures"] [data-retention]');
    await expect(signatures).toContainText(`${SIGNATURE_AFTER_PETITION_DAYS}\u00a0jours`);
    await expect(page.locator('[data-privacy-entry="donations"] [data-retention]')).toContainText(`${DONATION_YEARS}\u00a0ans`);
    await expect(page.getByText("Resend (envoi des courriels)").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "cnil.fr" })).toBeVisible();
  },
);
