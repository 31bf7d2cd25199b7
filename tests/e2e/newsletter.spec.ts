import type { Page } from "@playwright/test";
import { confirmedSubscribers } from "../factories/newsletter";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);

type Email = Awaited<ReturnType<typeof lastEmailTo>>;

async function emailsTo(address: string): Promise<(Email & { receivedAt: number })[]> {
  const { e2ePorts } = await import("../support/e2e-ports");
  const response = await fetch(`http://127.0.0.1:${e2ePorts().resend}/__emails?to=${encodeURIComponent(address)}`);
  return (await response.json()) as (Email & { receivedAt: number })[];
}

/** Waits for a digest to `address` that mentions `text`. */
async function digestTo(address: string, text: string) {
  let found: Email | undefined;
  await expect
    .poll(
      async () => {
        found = (await emailsTo(address)).find((email) => email.subject.includes("les recours, lettre du") && email.html.includes(text));
        return Boolean(found);
      },
      { timeout: 60_000, message: `a digest to ${address} about ${text}` },
    )
    .toBe(true);
  return found!;
}

/** Sends the next digest from /admin, and waits until no digest is still being sent. */
async function sendDigest(page: Page) {
  await page.goto("/admin/lettre");
  const send = page.getByRole("button", { name: "Envoyer la lettre maintenant" });
  // Another run may have sent what was new: then there is nothing to send, which is fine.
  if (await send.isVisible()) {
    // The first submit only asks for the confirmation, stating how many will receive it.
    await send.click();
    const confirmation = page.getByTestId("confirm-step");
    await expect(confirmation).toContainText(/Ceci enverra la lettre (à|aux) [\d\u202f]+ personnes? abonnée/);
    // Wait for the POST's answer (a document without JavaScript, data with it) before reloading.
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname.startsWith("/admin/lettre")),
      confirmation.getByRole("button", { name: "Confirmer l’envoi" }).click(),
    ]);
    await page.waitForLoadState("load");
    await expect(page.getByRole("status")).toContainText(/La lettre part vers|Rien de nouveau/);
  }
  await expect.poll(async () => (await page.goto("/admin/lettre"), page.getByText("En cours d’envoi").count()), { timeout: 60_000, intervals: [500] }).toBe(0);
}

test("subscribe from the footer with a bad then a good address; the same answer for a known address", async ({ page, expectAccessible }) => {
  await page.goto("/villes/nice");
  const footer = page.getByRole("contentinfo");
  await footer.getByLabel("Courriel pour la lettre").fill("pas-une-adresse@");
  await footer.getByRole("button", { name: "S’abonner" }).click();
  // The browser's own check (type=email, required) keeps an invalid address from leaving, JavaScript or not.
  await expect(page).toHaveURL(/\/villes\/nice$/);
  const address = `abonne.${suffix()}@example.org`;
  await page.goto("/lettre");
  await expectAccessible(page);
  await page.getByLabel("Adresse électronique", { exact: true }).fill("pas une adresse");
  await page.getByRole("main").getByRole("button", { name: "S’abonner" }).click();
  await expect(page.locator(".field-error", { hasText: "Cette adresse électronique n’est pas valide" })).toBeVisible();
  await page.getByLabel("Adresse électronique", { exact: true }).fill(address);
  await page.getByLabel("Langue des courriels").selectOption("en");
  await page.getByRole("main").getByRole("button", { name: "S’abonner" }).click();
  await expect(page.getByRole("status")).toContainText("Si cette adresse n’est pas déjà abonnée");
  const confirmation = await lastEmailTo(address);
  expect(confirmation.subject).toBe("Confirm your subscription to the Technopolice newsletter");
  await page.goto(linkIn(confirmation, "/lettre/confirmation/"));
  await page.getByRole("button", { name: "Confirmer mon abonnement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Abonnement confirmé");
  // Known address: the same page.
  await page.goto("/lettre");
  await page.getByLabel("Adresse électronique", { exact: true }).fill(address);
  await page.getByRole("main").getByRole("button", { name: "S’abonner" }).click();
  await expect(page.getByRole("status")).toContainText("Si cette adresse n’est pas déjà abonnée");
});

test("subscribe, confirm, a legal action is published and sent in a digest, one-click unsubscribe, the next digest skips the address", async ({
  page,
  expectAccessible,
}) => {
  const address = `lectrice.${suffix()}@example.org`;
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await footer.getByLabel("Courriel pour la lettre").fill(address);
  await footer.getByRole("button", { name: "S’abonner" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  await expectAccessible(page);
  const confirmation = await lastEmailTo(address);
  expect(confirmation.subject).toBe("Confirmez votre abonnement à la lettre de Technopolice");
  await page.goto(linkIn(confirmation, "/lettre/confirmation/"));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirmer mon abonnement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Abonnement confirmé");

  // An organizer writes, publishes and updates a legal action.
  await signInAsOrganizer(page);
  await page.getByRole("link", { name: "Recours", exact: true }).click();
  await page.getByRole("link", { name: "Nouveau recours" }).click();
  const title = `Recours contre la VSA ${suffix()}`;
  await page.getByLabel("Titre").fill(title);
  await page.getByLabel("Communes concernées").fill("nice");
  await page.getByLabel("Juridiction").fill("Tribunal administratif de Nice");
  await page.getByLabel("Fiche du projet sur le site").selectOption({ label: "Reconnaissance faciale à l’entrée du lycée Les Eucalyptus" });
  await page.getByLabel("Date de dépôt").fill("2026-10-15");
  await page.getByLabel("Résumé").fill("Le collectif attaque la délibération qui autorise la vidéosurveillance algorithmique.");
  await page.getByLabel("Documents").fill("pas un lien");
  await page.getByRole("button", { name: "Créer le recours" }).click();
  await expect(page.locator(".field-error", { hasText: "Un document par ligne, sous la forme" })).toBeVisible();
  await expect(page.getByLabel("Titre")).toHaveValue(title);
  await page.getByLabel("Documents").fill("Requête | https://example.org/requete.pdf");
  await page.getByRole("button", { name: "Créer le recours" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Publier le recours" }).click();
  await expect(page.getByText(/^Publié le/)).toBeVisible();
  await page.getByLabel("Date", { exact: true }).fill("2026-11-20");
  await page.getByLabel("Ce qui s’est passé").fill("Audience fixée au 4 décembre.");
  await page.getByRole("button", { name: "Ajouter la suite" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Audience fixée au 4 décembre." })).toBeVisible();

  // Public pages: the list, the action with its timeline, the city page.
  await page.goto("/recours?ville=nice");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: "Chronologie" })).toBeVisible();
  await expect(page.getByText("Audience fixée au 4 décembre.")).toBeVisible();
  await expectAccessible(page);
  // The project picked in the form: its record lists the action.
  await page.getByRole("link", { name: "Reconnaissance faciale à l’entrée du lycée Les Eucalyptus" }).click();
  await expect(page).toHaveURL(/\/projets\/nice-reconnaissance-faciale-au-lycee-les-eucalyptus$/);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto("/villes/nice");
  await expect(page.getByRole("region", { name: "Recours en justice" }).getByRole("link", { name: title })).toBeVisible();
  const feed = await page.request.get("/recours.atom");
  expect(await feed.text()).toContain(title);

  // Preview in both languages, then send.
  await page.goto("/admin/lettre");
  if (await page.getByRole("button", { name: "Envoyer la lettre maintenant" }).isVisible()) {
    await expect(page.getByRole("heading", { name: "Aperçu en anglais" })).toBeVisible();
    // The preview frames show the email as sent: its title and the one-click link's page.
    await expect(page.frameLocator('iframe[title="Aperçu en français"]').getByRole("link", { name: title })).toBeVisible();
    await expectAccessible(page);
  }
  await sendDigest(page);
  const digest = await digestTo(address, title);
  expect(digest.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const webVersion = linkIn(digest, "/lettre/archives/");
  await page.goto(webVersion);
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  // The link in the body opens a page with a button; the header's URL takes a one-click POST.
  const unsubscribeUrl = /^<(.+)>$/.exec(digest.headers["List-Unsubscribe"])![1];
  await page.goto(linkIn(digest, "/lettre/desabonnement/"));
  await expect(page.getByRole("button", { name: "Me désabonner" })).toBeVisible();
  await expectAccessible(page);
  const oneClick = await page.request.post(new URL(unsubscribeUrl).pathname, {
    form: { "List-Unsubscribe": "One-Click" },
    headers: { cookie: "" },
  });
  expect(oneClick.status()).toBe(200);
  await page.reload();
  await expect(page.getByText("Cet abonnement n’est plus actif.")).toBeVisible();

  // Another development, another digest: to a subscriber still there, not to this address.
  const unsubscribedAt = Date.now();
  const [witness] = await confirmedSubscribers(1, { prefix: `witness-${suffix()}` });
  await page.goto("/admin/recours");
  await page.getByRole("link", { name: title }).click();
  await page.getByLabel("Date", { exact: true }).fill("2026-12-04");
  await page.getByLabel("Ce qui s’est passé").fill("Audience tenue, jugement mis en délibéré.");
  await page.getByRole("button", { name: "Ajouter la suite" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "jugement mis en délibéré" })).toBeVisible();
  await sendDigest(page);
  await digestTo(witness, title);
  expect((await emailsTo(address)).filter((email) => email.receivedAt > unsubscribedAt)).toEqual([]);
});
