// Issue 26, item 6: a Saint-Étienne requester whose request reached the confirmed refusal
// downloads the draft application to the tribunal administratif (text, PDF, ODT), at 360 px, with
// and without JavaScript; an organizer finds the request in the queue of confirmed refusals.
import { inflateRawSync } from "node:zlib";
import type { Download, Locator, Page } from "@playwright/test";
import { addDays, addMonths, dateFromDay, parisToday } from "~/modules/document-requests/clock";
import { frenchDate } from "~/modules/document-requests/letter";
import { confirmDocumentRequest, ensureDefaultTemplates, getActiveTemplate, submitDocumentRequest } from "~/modules/document-requests/request.server";
import { db } from "~/utils/db.server";
import { stopJobClient } from "~/utils/jobs.server";
import { expect, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

test.use({ viewport: { width: 360, height: 780 } });
test.describe.configure({ timeout: 240_000 });

test.afterAll(async () => {
  await stopJobClient();
});

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);

/**
 * A confirmed Saint-Étienne request, sent 130 days ago, left unanswered, referred to the CADA 80
 * days ago (its opinion recorded 50 days ago): two months after the referral, its refusal is confirmed.
 */
async function aStalledRequest(name: string) {
  await ensureDefaultTemplates();
  const template = await getActiveTemplate({ slug: "videosurveillance-algorithmique" });
  if (!template) throw new Error("no template");
  const { id, token } = await submitDocumentRequest({
    inseeCode: "42218",
    templateId: template.id,
    reportId: null,
    projectLabel: "",
    documents: template.documents.slice(0, 3),
    input: { name, address: "12 rue de la République\n42000 Saint-Étienne", email: `recours.${suffix()}@example.org`, showName: false },
    lang: "fr",
  });
  await confirmDocumentRequest({ token });
  const today = parisToday(new Date());
  const referredOn = addDays(today, -80);
  await db().documentRequest.update({
    where: { id },
    data: {
      sentOn: dateFromDay(addDays(today, -130)),
      referredOn: dateFromDay(referredOn),
      opinionOn: dateFromDay(addDays(today, -50)),
      opinionReference: "20269999",
      remindersSent: ["IMPLICIT_REFUSAL", "OPINION_DUE", "COURT_DEADLINE"],
    },
  });
  // The clock's arithmetic: confirmed two months after the referral, then two months to file.
  return { id, token, deadline: addMonths(addMonths(referredOn, 2), 2) };
}

async function downloaded(page: Page, link: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  return { download, bytes: await readFile(path) };
}

/** The text of content.xml in an ODT (a ZIP): found through the central directory. */
function odtContent(archive: Buffer) {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = archive.readUInt32LE(end + 16);
  for (let i = 0; i < archive.readUInt16LE(end + 10); i++) {
    const nameLength = archive.readUInt16LE(at + 28);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString();
    const local = archive.readUInt32LE(at + 42);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const body = archive.subarray(start, start + archive.readUInt32LE(at + 20));
    if (name === "content.xml") return (archive.readUInt16LE(at + 10) === 0 ? body : inflateRawSync(body)).toString("utf8");
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  throw new Error("no content.xml");
}

for (const width of [360, 1280]) {
  test(`a Saint-Étienne requester whose refusal is confirmed downloads the draft application to the tribunal administratif de Lyon, at ${width} px`, async ({
    page,
    expectAccessible,
  }) => {
    await page.setViewportSize({ width, height: 780 });
    const { token, deadline } = await aStalledRequest("Dominique Recours");
    await page.goto(`/demande/${token}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ma demande à la mairie de Saint-Étienne");
    const section = page.getByRole("region", { name: "Saisir le tribunal administratif" });
    await expect(section).toContainText("tribunal administratif de Lyon");
    await expect(section).toContainText(`Dernier jour pour déposer la requête\u00a0: ${frenchDate(deadline)}.`);
    await expect(section).toContainText("ce n’est pas un conseil juridique");
    await expect(section.getByRole("link", { name: "citoyens.telerecours.fr" })).toHaveAttribute("href", "https://citoyens.telerecours.fr");
    await expect(section).toContainText("184, rue Duguesclin");
    await expectAccessible(page);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    const text = await downloaded(page, section.getByRole("link", { name: "Texte brut", exact: true }));
    expect(text.download.suggestedFilename()).toBe("requete-tribunal-administratif-saint-etienne.txt");
    const body = text.bytes.toString("utf8");
    expect(body).toMatch(/^PROJET À VÉRIFIER — CE N’EST PAS UN CONSEIL JURIDIQUE\./);
    expect(body).toContain("tribunal administratif de Lyon");
    expect(body).toContain(`au plus tard le ${frenchDate(deadline)}`);
    expect(body).toContain("Dominique Recours");
    expect(body).toContain("son avis n°\u00a020269999");
    expect(body).toContain("L911-1");

    const pdf = await downloaded(page, section.getByRole("link", { name: "PDF", exact: true }));
    expect(pdf.download.suggestedFilename()).toBe("requete-tribunal-administratif-saint-etienne.pdf");
    expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");

    const odt = await downloaded(page, section.getByRole("link", { name: /^Document modifiable/ }));
    expect(odt.download.suggestedFilename()).toBe("requete-tribunal-administratif-saint-etienne.odt");
    const content = odtContent(odt.bytes);
    expect(content).toContain("tribunal administratif de Lyon");
    expect(content).toContain(frenchDate(deadline));
  });
}

test("without the requester's token, nothing: a forged link is a 404, and a request still waiting for the CADA offers no draft", async ({ page }) => {
  const { token } = await aStalledRequest("Alix Recours");
  const forged = `${token.slice(0, -3)}abc`;
  for (const path of [`/demande/${forged}/recours.txt`, `/demande/${forged}/recours.pdf`, `/demande/${forged}/recours.odt`]) {
    expect((await page.request.get(path)).status()).toBe(404);
  }
  // A request referred 20 days ago: the CADA still has time, no draft.
  const waiting = await aStalledRequest("Sam Attente");
  await db().documentRequest.update({ where: { id: waiting.id }, data: { referredOn: dateFromDay(addDays(parisToday(new Date()), -20)), opinionOn: null } });
  await page.goto(`/demande/${waiting.token}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ma demande à la mairie de Saint-Étienne");
  await expect(page.getByRole("region", { name: "Saisir le tribunal administratif" })).toHaveCount(0);
  expect((await page.request.get(`/demande/${waiting.token}/recours.txt`)).status()).toBe(404);
});

test("an organizer sees the stalled request in the queue of confirmed refusals, with its deadline, and goes to link it", async ({ page, expectAccessible }) => {
  const { id, deadline } = await aStalledRequest("Charlie Recours");
  await signInAsOrganizer(page);
  await page.goto("/admin/demandes");
  await page.getByRole("link", { name: /^Refus confirmés\s: vers le tribunal/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Refus confirmés");
  const row = page.locator(`tr[data-request="${id}"]`);
  await expect(row).toContainText("Saint-Étienne");
  await expect(row).toContainText(frenchDate(deadline));
  await expect(row).toContainText("tribunal administratif de Lyon");
  await expectAccessible(page);
  await row.getByRole("link", { name: "Lier à un recours" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/demandes/${id}#liens$`));
  await expect(page.getByLabel("Recours en justice lié")).toBeVisible();
});
