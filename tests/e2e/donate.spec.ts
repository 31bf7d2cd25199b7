import type { Page } from "@playwright/test";
import { e2ePorts } from "../support/e2e-ports";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

const stripe = `http://127.0.0.1:${e2ePorts().stripe}`;
const unique = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@donateurs.example`;

async function standIn<T>(path: string, body: object): Promise<T> {
  const response = await fetch(`${stripe}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return (await response.json()) as T;
}

/** Stripe delivers an event to the site over HTTP, signed as Stripe signs it. */
async function deliver(page: Page, type: string, objectId: string) {
  const event = await standIn<{ payload: string; signature: string }>("/__event", { type, objectId });
  const response = await page.request.post("/webhooks/stripe", {
    data: event.payload,
    headers: { "content-type": "application/json", "stripe-signature": event.signature },
  });
  return response.status();
}

test("a monthly donor of 25 € is sent to Checkout, thanked once Stripe confirms, and seen by organizers", async ({ page, expectAccessible }) => {
  const email = unique("monthly");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Faire un don" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Faire un don");
  await expect(page.getByText("« soit » : coût après réduction d’impôt")).toBeVisible();
  await expect(page.getByLabel(/^50\s€/)).toHaveAccessibleName(/^50\s€ soit 17\s€$/);
  await expectAccessible(page);

  await page.getByLabel(/^Tous les mois/).check();
  await page.getByLabel(/^25\s€/).check();
  // The receipt is optional, folded under its summary (issue 27, item 4).
  await page.getByText("Recevoir un reçu fiscal").click();
  await page.getByLabel("Prénom et nom").fill("Camille Martin");
  await page.getByLabel("Adresse", { exact: true }).fill("3 rue des Lilas");
  await page.getByLabel("Code postal").fill("06000");
  await page.getByLabel("Commune").fill("Nice");
  await page.getByRole("button", { name: "Continuer vers le paiement sécurisé" }).click();

  // The stand-in's Checkout page, as Stripe's would be.
  await expect(page).toHaveURL(new RegExp(`^${stripe}/checkout/cs_test_`));
  const sessionId = (await page.locator("#session").textContent())!;
  const session = await standIn<{ subscription: string; success_url: string }>("/__complete", { sessionId, email });

  // Nothing is recorded as paid before the webhook.
  await page.goto(`/don/merci?session_id=${sessionId}`);
  await expect(page.getByText("Vous avez choisi de donner 25 € par mois.")).toBeVisible();
  await expect(page.getByText("Nous attendons la confirmation de Stripe")).toBeVisible();

  const invoice = await standIn<{ id: string }>("/__invoice", { subscriptionId: session.subscription });
  expect(await deliver(page, "invoice.paid", invoice.id)).toBe(200);
  expect(await deliver(page, "checkout.session.completed", sessionId)).toBe(200);
  // A replay changes nothing.
  expect(await deliver(page, "invoice.paid", invoice.id)).toBe(200);

  await page.reload();
  await expect(page.getByText("Stripe nous a confirmé le paiement")).toBeVisible();
  await expectAccessible(page);

  const thanks = await lastEmailTo(email);
  expect(thanks.subject).toBe("Merci pour votre don à Technopolice");
  expect(thanks.text).toMatch(/votre don mensuel de 25\s€/);
  const portalPath = linkIn(thanks, "/don/gerer/");
  await page.goto(portalPath);
  await page.getByRole("button", { name: "Ouvrir l’espace de gestion" }).click();
  await expect(page).toHaveURL(new RegExp(`^${stripe}/portal/bps_test_`));

  await signInAsOrganizer(page);
  await page.getByRole("navigation", { name: "Navigation de l’espace organisateurs" }).getByRole("link", { name: "Dons" }).click();
  await page.getByLabel("Type").selectOption("MONTHLY");
  await page.getByRole("button", { name: "Filtrer" }).click();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Payé");
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter en CSV" }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  expect(csv).toContain(`Mensuel,Payé,"25,00",${email},Camille Martin`);

  // The annual tax receipt: issued by an organizer, emailed, downloadable as a PDF.
  await page.getByRole("link", { name: "Reçus fiscaux" }).click();
  const year = new Date().getFullYear();
  await page.getByLabel("Année").fill(String(year));
  await page.getByRole("button", { name: "Afficher" }).click();
  await page.getByRole("button", { name: `Émettre les reçus ${year} manquants (et les envoyer)` }).click();
  await expect(page.getByRole("status")).toContainText("Reçus émis");
  const receiptRow = page.getByRole("row").filter({ hasText: "Camille Martin" }).first();
  await expect(receiptRow).toBeVisible();
  const pdf = await page.request.get((await receiptRow.getByRole("link").getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expectAccessible(page);
  // (The other browser project's organizer may have issued this donor's receipt a moment earlier.)
  await expect.poll(async () => (await lastEmailTo(email)).subject, { timeout: 60_000 }).toMatch(/Votre reçu fiscal \d{4}/);
  const receiptEmail = await lastEmailTo(email);
  const donorPdf = await page.request.get(linkIn(receiptEmail, "/don/recu/"));
  expect(donorPdf.status()).toBe(200);
});

test("amounts that are not possible get a clear message, and what was typed is kept", async ({ page }) => {
  await page.goto("/don");
  await page.getByLabel("Autre montant").check();
  await page.getByLabel("Montant libre en euros").fill("dix");
  await page.getByRole("button", { name: "Continuer vers le paiement sécurisé" }).click();
  await expect(page.locator(".field-error", { hasText: "Indiquez un montant en chiffres, par exemple 30 ou 12,50." })).toBeVisible();
  await expect(page.getByLabel("Montant libre en euros")).toHaveValue("dix");
  await page.getByLabel("Montant libre en euros").fill("0");
  await page.getByRole("button", { name: "Continuer vers le paiement sécurisé" }).click();
  await expect(page.locator(".field-error", { hasText: "Le montant minimum est de 1 €." })).toBeVisible();
});

test("the portal request answers the same whether the address is a donor's or not", async ({ page, expectAccessible }) => {
  await page.goto("/don");
  await page.getByRole("link", { name: /Modifier ou arrêter votre don/ }).click();
  await page.getByLabel("Adresse électronique").fill(unique("stranger"));
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  await expect(page.getByRole("status")).toContainText("Si cette adresse est celle d’une donatrice ou d’un donateur mensuel");
  await expectAccessible(page);
});

test("a webhook with a bad signature is refused", { tag: "@once" }, async ({ request }) => {
  const response = await request.post("/webhooks/stripe", {
    data: JSON.stringify({ id: "evt_forged", object: "event", type: "checkout.session.completed", data: { object: {} } }),
    headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=forged" },
  });
  expect(response.status()).toBe(400);
});
