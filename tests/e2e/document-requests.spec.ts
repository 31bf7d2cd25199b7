import type { Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { addDays, dateFromDay, parisToday } from "~/modules/document-requests/clock";
import { sendDueReminders } from "~/modules/document-requests/reminders.server";
import { ensureDefaultTemplates, getActiveTemplate, submitDocumentRequest, confirmDocumentRequest } from "~/modules/document-requests/request.server";
import { hashToken } from "~/utils/tokens.server";
import { emailKey } from "~/models/email-message.server";
import { db } from "~/utils/db.server";
import { stopJobClient } from "~/utils/jobs.server";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);
/** A real PDF with an author: uploads are stripped of their metadata like reports' (unreadable ones are refused). */
async function authoredPdf() {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]);
  pdf.setAuthor("Camille Martin");
  return Buffer.from(await pdf.save());
}

// Long journeys on a shared machine: each step waits on what the user sees, the whole may take a while.
test.describe.configure({ timeout: 240_000 });

test.afterAll(async () => {
  await stopJobClient();
});

async function fillRequester(page: Page, { name, email }: { name: string; email: string }) {
  await page.getByLabel("Vos nom et prénom").fill(name);
  await page.getByLabel("Votre adresse postale").fill("12 rue de la République\n42000 Saint-Étienne");
  await page.getByLabel("Votre adresse électronique").fill(email);
}

/** Opens the emailed personal link and confirms: the letter is then shown. */
async function confirmFromEmail(page: Page, email: string, after: number) {
  const message = await lastEmailTo(email, { after });
  expect(message.subject).toBe("Votre lettre à la mairie de Saint-Étienne");
  const link = linkIn(message, "/demande/");
  await page.goto(link);
  await page.getByRole("button", { name: "Confirmer ma demande" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ma demande à la mairie de Saint-Étienne");
  return link;
}

test("a resident of Saint-Étienne asks for documents, is reminded at the implicit refusal, refers to the CADA, uploads what came; the organizer publishes it", async ({
  page,
  expectAccessible,
  javaScriptEnabled,
}) => {
  const email = `habitante.${suffix()}@example.org`;
  const fileName = `cctp-${suffix()}.pdf`;
  await page.goto("/villes/saint-etienne");
  const section = page.getByRole("region", { name: "Demandes de documents à Saint-Étienne" });
  await section.getByRole("link", { name: "Demander des documents à la mairie" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demander des documents à la mairie de Saint-Étienne");
  await page.getByRole("link", { name: "La vidéosurveillance et son analyse algorithmique dans la commune" }).click();
  await expectAccessible(page);
  // Every document of the template is asked for unless unticked.
  await expect(page.getByLabel(/^les arrêtés préfectoraux autorisant/)).toBeChecked();
  await page.getByRole("button", { name: "Préparer ma lettre" }).click();
  // Issue 29: an empty field is told it is empty (the length was said even of an empty field).
  await expect(page.locator(".field-error", { hasText: "Indiquez vos nom et prénom." })).toBeVisible();
  await expect(page.locator(".field-error", { hasText: /^Indiquez votre adresse postale\.$/ })).toBeVisible();
  // The error summary has the focus and leads to each field.
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expect(page).toHaveTitle(/^Erreur\s:\s/);
  await expect(page.getByTestId("error-summary").getByRole("link", { name: "Indiquez vos nom et prénom." })).toHaveAttribute("href", /#.+/);
  await fillRequester(page, { name: "Camille Martin", email });
  const before = Date.now();
  await page.getByRole("button", { name: "Préparer ma lettre" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");

  const link = await confirmFromEmail(page, email, before);
  const mailto = await page.getByRole("link", { name: "Ouvrir dans ma messagerie" }).getAttribute("href");
  expect(mailto).toMatch(/^mailto:\?subject=Demande%20de%20communication/);
  expect(decodeURIComponent(mailto ?? "")).toContain("Camille Martin\r\n12 rue de la République\r\n42000 Saint-Étienne");
  // Issue 29: mail clients cut a link at about 2,000 characters; the whole letter made 3,634. The
  // link opens a short note to paste the letter into; the page shows it whole, to copy.
  expect(mailto?.length).toBeLessThan(2_000);
  expect(decodeURIComponent(mailto ?? "")).toContain("[Collez ici la lettre complète, copiée depuis votre page de demande.]");
  await expect(page.getByText("les messageries coupent les liens trop longs")).toBeVisible();
  const letterText = page.getByLabel("Texte de la lettre, à copier");
  await expect(letterText).toBeVisible();
  await expect(letterText).toHaveValue(/Mairie de Saint-Étienne/);
  await expect(letterText).toHaveValue(/les bilans, rapports d’évaluation et statistiques d’utilisation du dispositif\./);
  if (javaScriptEnabled) {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copier la lettre" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Texte copié" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await letterText.inputValue());
  } else {
    // Without JavaScript no button that would do nothing: the text area is there to select.
    await expect(page.getByRole("button", { name: "Copier la lettre" })).toHaveCount(0);
  }
  const pdf = await page.request.get((await page.getByRole("link", { name: "Télécharger la lettre (PDF)" }).getAttribute("href")) ?? "");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(
    Buffer.from(await pdf.body())
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");

  await page.getByRole("button", { name: "Enregistrer la date d’envoi" }).click();
  await expect(page.locator(".request-state").first()).toHaveText("Envoyée");

  // Forty days later (moved through the database), the reminder job runs, twice.
  const token = link.split("/").pop() ?? "";
  const request = await db().documentRequest.update({
    where: { tokenHash: hashToken(token) },
    data: { sentOn: dateFromDay(addDays(parisToday(new Date()), -40)) },
    select: { id: true },
  });
  const remindedAt = Date.now();
  await sendDueReminders();
  await sendDueReminders();
  const reminder = await lastEmailTo(email, { after: remindedAt });
  expect(reminder.subject).toMatch(/^Sans réponse de la mairie de Saint-Étienne\s?: saisissez la CADA$/);
  expect(reminder.text).toContain("Saisine de la CADA");
  expect(reminder.text).toContain("Cette demande est restée sans réponse");
  expect(linkIn(reminder, "/demande/")).toContain(token);
  expect(await db().emailMessage.count({ where: { idempotencyKey: emailKey(`document-request-reminder/${request.id}/IMPLICIT_REFUSAL`) } })).toBe(1);

  await page.goto(link);
  await expect(page.locator(".request-state").first()).toHaveText("Refus implicite (sans réponse)");
  const referral = await page.request.get((await page.getByRole("link", { name: "Télécharger la saisine pré-remplie (PDF)" }).getAttribute("href")) ?? "");
  expect(referral.headers()["content-type"]).toBe("application/pdf");
  await page.getByRole("button", { name: "Enregistrer la saisine" }).click();
  await expect(page.locator(".request-state").first()).toHaveText("CADA saisie");

  await page.getByLabel("La mairie a communiqué les documents").check();
  await page.getByLabel("Documents reçus (facultatif)").setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: await authoredPdf() });
  await page.getByRole("button", { name: "Enregistrer sa décision" }).click();
  await expect(page.locator(".request-state").first()).toHaveText("Communiqués après la CADA");
  await expect(page.getByText(`${fileName} — en attente de relecture par le collectif`)).toBeVisible();
  await expectAccessible(page);

  await signInAsOrganizer(page);
  await page.getByRole("navigation", { name: "Navigation de l’espace organisateurs" }).getByRole("link", { name: "Demandes de documents" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: `Publier ${fileName}`, exact: true }).click();
  await expect(page.getByRole("button", { name: `Publier ${fileName}`, exact: true })).toHaveCount(0);

  await expect(async () => {
    await page.goto("/villes/saint-etienne");
    await expect(page.getByRole("region", { name: "Demandes de documents à Saint-Étienne" }).getByRole("link", { name: fileName })).toBeVisible({
      timeout: 1_000,
    });
  }).toPass();
  await expectAccessible(page);
  // The request's own page links the city's dossier.
  await page
    .getByRole("region", { name: "Demandes de documents à Saint-Étienne" })
    .locator(`#demande-${request.id}`)
    .getByRole("heading")
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande de documents à la mairie de Saint-Étienne");
  await expect(page.getByRole("link", { name: fileName })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Le dossier de Saint-Étienne" }).click();
  await expect(page).toHaveURL(/\/villes\/saint-etienne$/);
  const feed = await (await page.request.get("/demandes.atom")).text();
  expect(feed).toContain(fileName);
  await page.goto("/demandes?statut=COMMUNICATED&departement=42");
  await expect(page.getByRole("link", { name: fileName })).toBeVisible();
});

test("an organizer launches a campaign for the Loire; a volunteer takes Saint-Étienne and sends it", async ({ page, expectAccessible }) => {
  const title = `Loire ${suffix()} : la vidéosurveillance des grandes villes`;
  await signInAsOrganizer(page);
  await page.goto("/admin/demandes/campagnes");
  await page.getByLabel("Titre de la campagne").fill(title);
  await page.getByLabel("Modèle de lettre").selectOption({ label: "La vidéosurveillance et son analyse algorithmique dans la commune" });
  await page.getByLabel("Département").fill("42");
  await page.getByLabel("Population minimale").fill("100000");
  await page.getByRole("button", { name: "Lancer la campagne" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectAccessible(page);
  const campaignUrl = page.url();

  await page.context().clearCookies();
  await page.getByRole("link", { name: "Je m’en charge : Saint-Étienne" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Envoyer la demande à Saint-Étienne");
  const email = `benevole.${suffix()}@example.org`;
  await fillRequester(page, { name: "Dominique Bénévole", email });
  const before = Date.now();
  await page.getByRole("button", { name: "Je m’en charge" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  await confirmFromEmail(page, email, before);
  await page.getByRole("button", { name: "Enregistrer la date d’envoi" }).click();
  await expect(page.locator(".request-state").first()).toHaveText("Envoyée");

  await page.goto(campaignUrl);
  const progress = page.getByRole("definition");
  await expect(progress.nth(1)).toHaveText("1");
  await expect(progress.nth(2)).toHaveText("1");
  await expect(page.getByRole("link", { name: "Je m’en charge : Saint-Étienne" })).toHaveCount(0);
});

test("an organizer records the commune's refusal and links the request to its project, which lists it", async ({ page, expectAccessible }) => {
  await ensureDefaultTemplates();
  const template = await getActiveTemplate({ slug: "videosurveillance-algorithmique" });
  if (!template) throw new Error("no template");
  const slug = `cameras-${suffix()}`;
  const title = `Caméras augmentées ${suffix()}`;
  await db().report.create({
    data: {
      inseeCode: "42218",
      kind: "VIDEO_ANALYTICS",
      title,
      description: "La ville teste l'analyse automatisée.",
      sources: [],
      status: "PUBLISHED",
      publishedAt: new Date(),
      slug,
    },
  });
  const { id, token } = await submitDocumentRequest({
    inseeCode: "42218",
    templateId: template.id,
    reportId: null,
    projectLabel: "",
    documents: template.documents.slice(0, 2),
    input: { name: "Alex Durand", address: "1 place Jean-Jaurès, 42000 Saint-Étienne", email: `alex.${suffix()}@example.org`, showName: false },
    lang: "fr",
  });
  await confirmDocumentRequest({ token });
  await db().documentRequest.update({ where: { id }, data: { sentOn: dateFromDay(addDays(parisToday(new Date()), -10)) } });

  await signInAsOrganizer(page);
  await page.goto("/admin/demandes");
  await page.getByRole("region", { name: "Dernières demandes" }).locator(`a[href="/admin/demandes/${id}"]`).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande à la mairie de Saint-Étienne");
  await expectAccessible(page);
  const answer = page.locator("form").filter({ has: page.getByRole("button", { name: "Enregistrer la réponse" }) });
  await answer.getByLabel("Un refus").check();
  await answer.getByRole("button", { name: "Enregistrer la réponse" }).click();
  await expect(page.locator(".request-state").first()).toHaveText("Refusée");

  await page.getByLabel("Projet de la commune concerné").selectOption({ label: title });
  await page.getByRole("button", { name: "Enregistrer les liens" }).click();
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  await page.context().clearCookies();
  await page.goto(`/projets/${slug}`);
  const section = page.getByRole("region", { name: "Demandes de documents", exact: true });
  await expect(section.locator(`#demande-${id}`)).toContainText("Refusée");
  await section.locator(`#demande-${id}`).getByRole("heading").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande de documents à la mairie de Saint-Étienne");
  await expect(page.getByRole("link", { name: title })).toHaveAttribute("href", `/projets/${slug}`);
  await expect(page.getByRole("link", { name: "Le dossier de Saint-Étienne" })).toHaveAttribute("href", "/villes/saint-etienne");
  await expectAccessible(page);
});

test("a template that names a project, sent empty: every error at the first submit, and the summary lists them all (issue 29)", async ({ page }) => {
  await page.goto("/demandes/nouvelle?ville=saint-etienne&modele=projet-nomme");
  await expect(page.getByRole("heading", { level: 2, name: "Un projet nommé" })).toBeVisible();
  const boxes = page.getByRole("group", { name: "Documents à demander" }).getByRole("checkbox");
  await expect(boxes.first()).toBeChecked();
  for (const box of await boxes.all()) await box.uncheck();
  await page.getByRole("button", { name: "Préparer ma lettre" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  // Once, in the order of the form: no second submit needed for the project's name or the documents.
  await expect(summary.getByRole("link")).toHaveText([
    "Indiquez le nom du projet.",
    "Demandez au moins un document.",
    "Indiquez vos nom et prénom.",
    "Indiquez votre adresse postale.",
    "Indiquez votre adresse électronique.",
  ]);
  await expect(page.locator(".field-error", { hasText: "Indiquez le nom du projet." })).toBeVisible();
  await expect(page.locator(".field-error", { hasText: "Demandez au moins un document." })).toBeVisible();
});

test("a request's page and the lists follow the clock: past the CADA's deadline, what can still be done; no \"Envoyée envoyée\" (issue 29)", async ({
  page,
}) => {
  await ensureDefaultTemplates();
  const template = await getActiveTemplate({ slug: "videosurveillance-algorithmique" });
  if (!template) throw new Error("no template");
  const today = parisToday(new Date());
  const aRequest = async (daysAgo: number) => {
    const made = await submitDocumentRequest({
      inseeCode: "42218",
      templateId: template.id,
      reportId: null,
      projectLabel: "",
      documents: template.documents.slice(0, 1),
      input: { name: "Alex Durand", address: "1 place Jean-Jaurès, 42000 Saint-Étienne", email: `alex.${suffix()}@example.org`, showName: false },
      lang: "fr",
    });
    await confirmDocumentRequest({ token: made.token });
    await db().documentRequest.update({ where: { id: made.id }, data: { sentOn: dateFromDay(addDays(today, -daysAgo)) } });
    return made;
  };
  const recent = await aRequest(10);
  // Sent 150 days ago, no answer: implicitly refused after a month, the two months to refer to the CADA over.
  const old = await aRequest(150);

  await page.goto("/demandes?statut=SENT&departement=42");
  await expect(page.locator(`#demande-${recent.id} .request-meta`)).toHaveText(/^Envoyée le \d{1,2}(er)? \S+ \d{4}$/);
  await page.goto("/demandes?statut=IMPLICITLY_REFUSED&departement=42");
  const meta = page.locator(`#demande-${old.id} .request-meta`);
  await expect(meta).toContainText(/^Refus implicite \(sans réponse\) · demande envoyée le \d/);
  await expect(meta).not.toContainText(/envoyée envoyée/i);

  await page.goto(`/demande/${old.token}`);
  await expect(page.locator(".request-state").first()).toHaveText("Refus implicite (sans réponse)");
  await expect(page.getByText(/^Refus implicite \(sans réponse\) Le délai pour saisir la CADA a pris fin le \d/)).toBeVisible();
  await expect(page.getByText("nouvelle demande des mêmes documents")).toBeVisible();
  await expect(page.getByText("Vous pouvez saisir la CADA dans les deux mois")).toHaveCount(0);
  // Within the deadline, the usual text.
  await page.goto(`/demande/${recent.token}`);
  await expect(page.getByText("La mairie a un mois pour répondre.")).toBeVisible();
});
