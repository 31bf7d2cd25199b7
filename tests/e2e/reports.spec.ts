import type { Page } from "@playwright/test";
import exifr from "exifr";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { db } from "~/utils/db.server";
import { expect, lastEmailTo, linkIn, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(200, 0)]);

/** What a reporter really uploads (issue 13): a PDF with an author, a phone photo with its GPS position. */
async function authoredPdf() {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]);
  pdf.setAuthor("Camille Martin");
  return Buffer.from(await pdf.save());
}
const gpsPhoto = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: "#777777" } })
    .jpeg()
    .withExif({ IFD0: { Model: "FP5" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 6/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "1/1 40/1 0/1" } })
    .toBuffer();

async function fillReport(page: Page, javaScriptEnabled: boolean, values: { title: string; email: string }) {
  const commune = page.getByLabel("Commune", { exact: true });
  await commune.fill("Rennes");
  if (javaScriptEnabled) await page.getByRole("option", { name: /^Rennes Ille-et-Vilaine/ }).click();
  await page.getByLabel("Type de technologie").selectOption({ label: "Vidéosurveillance automatisée (VSA)" });
  await page.getByLabel("Titre", { exact: true }).fill(values.title);
  await page.getByLabel("Description", { exact: true }).fill("Le conseil municipal a voté l'achat d'un logiciel d'analyse automatisée des images.");
  await page.getByLabel("Date de début ou d’annonce (facultatif)").fill("mars 2024");
  await page.getByLabel("Entreprises et organismes publics impliqués (facultatif)").fill("Briefcam, préfecture d'Ille-et-Vilaine");
  await page.getByLabel("Sources (facultatif)").fill("https://example.org/deliberation-2024\nhttps://example.org/article");
  await page.getByLabel("Votre adresse électronique").fill(values.email);
}

test("report a project with a PDF, confirm, the organizer publishes it: on the city page and in the feed", async ({
  page,
  javaScriptEnabled,
  expectAccessible,
}) => {
  test.slow(); // two uploads cleaned of their metadata, moderation, and each served file parsed
  const title = `Caméras augmentées au marché ${suffix()}`;
  const email = `habitant.${suffix()}@example.org`;
  await page.goto("/signaler");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Signaler un projet de surveillance");
  await expectAccessible(page);
  await fillReport(page, javaScriptEnabled, { title, email });
  const photo = await gpsPhoto();
  expect((await exifr.gps(photo))?.latitude).toBeCloseTo(48.1);
  await page.getByLabel("Documents (facultatif)").setInputFiles([
    { name: "deliberation.pdf", mimeType: "application/pdf", buffer: await authoredPdf() },
    { name: "mat.jpg", mimeType: "image/jpeg", buffer: photo },
  ]);
  const sentAt = Date.now();
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  await expectAccessible(page);

  const message = await lastEmailTo(email, { after: sentAt });
  expect(message.subject).toBe("Confirmez votre signalement\u00a0: Rennes");
  await page.goto(linkIn(message, "/signalement/"));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirmer mon signalement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci, votre signalement est transmis");

  // Before publication the document is not served to the public.
  const report = await db().report.findFirstOrThrow({ where: { title }, include: { documents: true } });
  expect(report.status).toBe("PENDING");
  expect((await page.request.get(`/documents/${report.documents[0].id}`)).status()).toBe(404);

  await signInAsOrganizer(page);
  await page.getByRole("navigation", { name: "Navigation de l’espace organisateurs" }).getByRole("link", { name: "Signalements" }).click();
  await page.getByLabel("Ville ou code postal").fill("Rennes");
  await page.getByLabel("Type de technologie").selectOption({ label: "Vidéosurveillance automatisée (VSA)" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: title }).click();
  await expectAccessible(page);
  await page.getByLabel("Titre", { exact: true }).fill(`${title} (relu)`);
  const publishedAt = Date.now();
  await page.getByRole("button", { name: "Publier" }).click();
  await expect(page).toHaveURL(/\/admin\/signalements$/);
  expect((await lastEmailTo(email, { after: publishedAt })).subject).toBe("Votre signalement est publié\u00a0: Rennes");

  await page.goto("/villes/rennes");
  const dossier = page.getByRole("region", { name: "Projets de surveillance documentés à Rennes" });
  const project = dossier.getByRole("article").filter({ has: page.getByRole("heading", { name: `${title} (relu)` }) });
  await expect(project.getByRole("heading", { name: "Vidéosurveillance automatisée (VSA)" })).toHaveCount(0);
  await expect(dossier.getByRole("heading", { name: "Vidéosurveillance automatisée (VSA)" })).toBeVisible();
  await expect(project.getByRole("link", { name: "https://example.org/deliberation-2024" })).toBeVisible();
  const documentLink = project.getByRole("link", { name: "deliberation.pdf" });
  await expect(documentLink).toBeVisible();
  await expectAccessible(page);
  const download = await page.request.get((await documentLink.getAttribute("href")) ?? "");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  // Served without its metadata: no author, and the photo without GPS position or phone model.
  const served = Buffer.from(await download.body());
  expect(served.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(served.toString("latin1")).not.toContain("Camille");
  expect((await PDFDocument.load(served)).getAuthor()).toBeUndefined();
  const photoHref = (await project.getByRole("link", { name: "mat.jpg" }).getAttribute("href")) ?? "";
  const servedPhoto = Buffer.from(await (await page.request.get(photoHref)).body());
  expect(servedPhoto.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(true);
  expect(await exifr.parse(servedPhoto, true)).toBeUndefined();

  const feed = await page.request.get("/projets.atom");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain(`Rennes — ${title} (relu)`);

  await page.goto("/projets?type=VIDEO_ANALYTICS&departement=35");
  await expect(page.getByRole("link", { name: `${title} (relu)` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Les villes les plus documentées" }).getByRole("link", { name: "Rennes" })).toBeVisible();
  await expectAccessible(page);
});

test("an executable renamed .pdf and a file over 10 MB are refused with clear messages, and what was typed is kept", async ({
  page,
  javaScriptEnabled,
  expectAccessible,
}) => {
  const title = `Drones de surveillance ${suffix()}`;
  await page.goto("/signaler");
  await fillReport(page, javaScriptEnabled, { title, email: `habitante.${suffix()}@example.org` });
  await page.getByLabel("Documents (facultatif)").setInputFiles([
    { name: "rapport.pdf", mimeType: "application/pdf", buffer: EXE },
    { name: "scan-complet.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024, 0x20)]) },
  ]);
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(
    page.locator(".field-error").getByText("« rapport.pdf » n’est ni un PDF ni une image (PNG, JPEG, WebP) : son contenu ne correspond pas."),
  ).toBeVisible();
  await expect(page.locator(".field-error").getByText("« scan-complet.pdf » dépasse 10 Mo.")).toBeVisible();
  await expect(page.locator(".field-error").getByText("Par sécurité, choisissez de nouveau les documents à joindre.")).toBeVisible();
  await expect(page.getByLabel("Titre", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Sources (facultatif)")).toHaveValue("https://example.org/deliberation-2024\nhttps://example.org/article");
  await expect(page.getByLabel("Commune", { exact: true })).toHaveValue(/Rennes/);
  await expectAccessible(page);
  expect(await db().report.count({ where: { title } })).toBe(0);
});

test("a commune name shared by several communes is chosen from a list", async ({ page, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled, "with JavaScript the suggestions do this");
  const title = `Capteurs sonores ${suffix()}`;
  await page.goto("/signaler");
  await fillReport(page, false, { title, email: `voisin.${suffix()}@example.org` });
  await page.getByLabel("Commune", { exact: true }).fill("Saint-Denis");
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.locator(".field-error").getByText("Plusieurs communes correspondent : choisissez la vôtre dans la liste.")).toBeVisible();
  await page.getByRole("radio", { name: /^Saint-Denis \(Seine-Saint-Denis, 93\)/ }).check();
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre boîte de réception");
  expect((await db().report.findFirstOrThrow({ where: { title } })).inseeCode).toBe("93066");
});
