// Issue 28, item 3: an organizer writes to the signers who agreed to be contacted, and a signer
// leaves in one click. Each project uses its own commune (one open petition per commune), none
// used by the other journeys.
import { db } from "~/utils/db.server";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";
import { petitionIn } from "./petitions";

test("an organizer writes to the consenting signers, after a preview; a signer unsubscribes in one click; a second message that week is refused", async ({
  page,
  browser,
  javaScriptEnabled,
  expectAccessible,
}) => {
  const city = javaScriptEnabled ? { slug: "bandol", postcode: "83150" } : { slug: "la-ciotat", postcode: "13600" };
  const petition = await petitionIn(city.slug);

  // A resident signs, agreeing to be contacted, and confirms.
  const email = `mobilise.${Math.random().toString(36).slice(2, 10)}@example.org`;
  await page.goto(`/villes/${city.slug}`);
  const form = page.getByRole("region", { name: "Signer la pétition" });
  await form.getByLabel("Prénom", { exact: true }).fill("Lou");
  await form.getByLabel("Nom", { exact: true }).fill("Perrin");
  await form.getByLabel("Adresse électronique", { exact: true }).fill(email);
  await form.getByLabel("Code postal", { exact: true }).fill(city.postcode);
  await form.getByLabel(/J’accepte que Technopolice traite mes données/).check();
  const consent = form.getByLabel(/J’accepte que les organisateurs m’écrivent au sujet de cette pétition/);
  await expect(consent).not.toBeChecked();
  await consent.check();
  const signedAt = Date.now();
  await form.getByRole("button", { name: "Signer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  await page.goto(linkIn(await lastEmailTo(email, { after: signedAt }), "/signature/"));
  await page.getByRole("button", { name: "Confirmer ma signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci, votre signature est comptée");

  // The organizer sees the consent in the counts and opens the composer from the petition's page.
  const organizer = await (await browser.newContext({ locale: "fr-FR", javaScriptEnabled, viewport: { width: 360, height: 800 } })).newPage();
  const { email: organizerEmail } = await signInAsOrganizer(organizer);
  await organizer.goto(`/admin/petitions/${petition.id}`);
  await expect(organizer.getByTestId("admin-may-contact")).toContainText("1 signataire confirmé a accepté d’être recontacté");
  await organizer.getByRole("link", { name: "Écrire aux signataires" }).click();
  await expect(organizer.getByRole("heading", { level: 1 })).toHaveText("Écrire aux signataires");
  await expect(organizer.getByTestId("mailing-reachable")).toContainText("1 personne");
  const subject = organizer.getByLabel("Objet", { exact: true });
  const body = organizer.getByLabel("Message", { exact: true });

  // Bad input: told beside the field, nothing typed lost.
  await body.fill("Le conseil municipal vote jeudi.");
  await organizer.getByRole("button", { name: "Aperçu", exact: true }).click();
  await expect(organizer.locator(".field", { has: subject }).locator(".field-error")).toHaveText("Indiquez l’objet du message.");
  await expect(body).toHaveValue("Le conseil municipal vote jeudi.");
  await subject.fill("Trop long ?");
  await body.fill("x".repeat(100_000));
  await organizer.getByRole("button", { name: "Aperçu", exact: true }).click();
  await expect(organizer.locator(".field", { has: body }).locator(".field-error")).toHaveText("Le message ne doit pas dépasser 10 000 caractères.");
  await expect(subject).toHaveValue("Trop long ?");
  expect((await body.inputValue()).length).toBe(100_000);

  // The preview in the page, then by email to the organizer only.
  const words = `Le conseil municipal vote jeudi ${Date.now()}.`;
  await subject.fill("Rendez-vous jeudi au conseil municipal");
  await body.fill(`Bonjour,\n\n${words}\nVenez nombreuses et nombreux.\n\nL’équipe locale`);
  await organizer.getByRole("button", { name: "Aperçu", exact: true }).click();
  const preview = organizer.getByTestId("mailing-preview");
  await expect(preview).toContainText(words);
  await expect(preview.locator("p")).toHaveCount(6);
  await expectAccessible(organizer);
  const testedAt = Date.now();
  await organizer.getByRole("button", { name: "M’envoyer un aperçu" }).click();
  await expect(organizer.getByRole("status")).toHaveText("L’aperçu vous a été envoyé par courriel.");
  const tested = await lastEmailTo(organizerEmail, { after: testedAt, containing: words });
  expect(tested.subject).toBe("[Aperçu] Rendez-vous jeudi au conseil municipal");

  // Sending, after the confirmation step.
  await organizer.getByRole("button", { name: "Envoyer aux signataires" }).click();
  await expect(organizer.getByTestId("confirm-step")).toContainText("Ce message partira à 1 signataire.");
  const sentAt = Date.now();
  await organizer.getByRole("button", { name: "Envoyer à 1 signataire" }).click();
  await expect(organizer.getByRole("status")).toHaveText("Le message part à 1 signataire.");
  await expect(organizer.getByTestId("mailing-history")).toContainText("Rendez-vous jeudi au conseil municipal");
  await expect
    .poll(async () => (await organizer.reload(), organizer.getByTestId("mailing-history").locator("tbody tr").first().locator("td").last().textContent()), {
      timeout: 60_000,
      intervals: [1_000],
    })
    .toBe("1 (terminé)");

  // The signer's email: the words, a visible unsubscribe link, RFC 8058's headers.
  const message = await lastEmailTo(email, { after: sentAt, containing: words });
  expect(message.subject).toBe("Rendez-vous jeudi au conseil municipal");
  expect(message.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  expect(message.headers["List-Unsubscribe"]).toMatch(/^<http.+\/petitions\/desabonnement\/un-clic\/.+>$/);
  await page.goto(linkIn(message, "/petitions/desabonnement/"));
  await page.getByRole("button", { name: "Ne plus recevoir de nouvelles de cette pétition" }).click();
  await expect(page.getByRole("status")).toContainText("vous ne recevrez plus de nouvelles de la pétition");
  const signature = await db().signature.findFirstOrThrow({ where: { petitionId: petition.id }, select: { newsOptOutAt: true, mayContact: true } });
  expect(signature).toMatchObject({ mayContact: true, newsOptOutAt: expect.any(Date) });

  // A second message the same week is refused, saying when the next is possible; the text stays.
  await subject.fill("Encore un message");
  await body.fill("Deuxième message de la semaine.");
  await organizer.getByRole("button", { name: "Envoyer aux signataires" }).click();
  await expect(organizer.getByRole("alert")).toContainText(
    "Un message a déjà été envoyé aux signataires de cette pétition cette semaine. Prochain envoi possible à partir du",
  );
  await expect(subject).toHaveValue("Encore un message");
  await expect(body).toHaveValue("Deuxième message de la semaine.");
  expect(await db().petitionMailing.count({ where: { petitionId: petition.id } })).toBe(1);
});
