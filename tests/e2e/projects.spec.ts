import type { Page } from "@playwright/test";
import { db } from "~/utils/db.server";
import { aPendingReport, reportInput } from "../factories/report";
import { expect, test } from "./fixtures";
import { signInAsOrganizer } from "./sign-in";

const suffix = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);
const AJACCIO = "2A004";

/** Fails the test if the page loads anything from another origin. */
function sameOriginOnly(page: Page) {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.hostname !== "localhost") foreign.push(request.url());
  });
  return () => expect(foreign).toEqual([]);
}

/** A confirmed report naming Briefcam, in Ajaccio (Corse-du-Sud, 2A: no demo project there). */
async function aBriefcamReport() {
  const title = `Reconnaissance faciale au port ${suffix()}`;
  const report = await aPendingReport({
    inseeCode: AJACCIO,
    input: reportInput({ commune: "Ajaccio", kind: "FACIAL_RECOGNITION", title, actors: "Briefcam" }),
  });
  await db().report.update({ where: { id: report.id }, data: { status: "PENDING", confirmedAt: new Date() } });
  return { id: report.id, title };
}

test("a report naming Briefcam is published, resolved to the company, and shows on the project page, the company's page and the map", async ({
  page,
  expectAccessible,
}) => {
  // Sign-in by email, publication and four pages checked by axe: a long journey.
  test.setTimeout(240_000);
  const checkOrigins = sameOriginOnly(page);
  const { id, title } = await aBriefcamReport();

  await signInAsOrganizer(page);
  await page.goto(`/admin/signalements/${id}`);
  await page.getByRole("button", { name: "Publier" }).click();
  await expect(page).toHaveURL(/\/admin\/signalements$/);

  await page.getByRole("navigation", { name: "Navigation de l’espace organisateurs" }).getByRole("link", { name: "Projets publiés" }).click();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectAccessible(page);
  await page.getByLabel("Entreprise ou organisme impliqué").selectOption({ label: "Briefcam (Éditeur ou fabricant)" });
  await page.getByRole("button", { name: "Associer au projet" }).click();
  await expect(page.getByRole("link", { name: "Briefcam" })).toBeVisible();
  await page.getByLabel("Acteurs cités, pas encore identifiés").fill("");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByLabel("Acteurs cités, pas encore identifiés")).toHaveValue("");
  await page.getByLabel("Date", { exact: true }).fill("2024-03-01");
  await page.getByLabel("Ce qui s’est passé").fill("La commune déploie le logiciel sur le port.");
  await page.getByLabel("Nouveau statut (facultatif)").selectOption({ label: "Déployé" });
  await page.getByRole("button", { name: "Ajouter à la chronologie" }).click();
  await expect(page.getByText("La commune déploie le logiciel sur le port.")).toBeVisible();

  const { slug } = await db().report.findUniqueOrThrow({ where: { id }, select: { slug: true } });
  expect(slug).toMatch(/^ajaccio-reconnaissance-faciale-au-port-/);
  // The organizer's changes are in the audit log.
  const audited = await db().auditEntry.findMany({ where: { subjectId: id }, select: { action: true } });
  expect(audited.map((entry) => entry.action)).toEqual(expect.arrayContaining(["report.publish", "project.company.link", "project.actors", "project.event"]));

  // The city page and /projets link to the project's own page.
  await page.goto("/villes/ajaccio");
  await page.getByRole("region", { name: "Projets de surveillance documentés à Ajaccio" }).getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(`/projets/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Déployé (depuis le 1er mars 2024)")).toBeVisible();
  const actors = page.getByRole("region", { name: "Entreprises et organismes impliqués" });
  await expect(actors.getByRole("link", { name: "Briefcam" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Chronologie" }).getByText("La commune déploie le logiciel sur le port.")).toBeVisible();
  await expectAccessible(page);
  const feed = await page.request.get(`/projets/${slug}/flux.atom`);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain("La commune déploie le logiciel sur le port.");

  await actors.getByRole("link", { name: "Briefcam" }).click();
  await expect(page).toHaveURL("/entreprises/briefcam");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Briefcam");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/entreprises");
  await expect(page.getByRole("link", { name: "Briefcam" })).toBeVisible();

  // The map: Corse-du-Sud is shaded; filtered by kind, the table lists it and its list shows the project.
  await page.goto("/carte");
  const corse = page.getByRole("link", { name: /^Corse-du-Sud \(2A\)\s:\s\d+ projets?$/ });
  await expect(corse).toHaveCount(1);
  await expect(corse.locator("path")).not.toHaveClass(/level-0/);
  await page.getByLabel("Type de technologie").selectOption({ label: "Reconnaissance faciale" });
  await page.getByLabel("Statut du projet").selectOption({ label: "Déployé" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/type=FACIAL_RECOGNITION/);
  const table = page.getByRole("table", { name: "Projets par département" });
  await table.getByRole("link", { name: "Corse-du-Sud (2A)" }).click();
  const department = page.getByRole("region", { name: "Corse-du-Sud (2A)" });
  await expect(department.getByRole("link", { name: "Ajaccio" })).toBeVisible();
  await expect(department.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Type de technologie").selectOption({ label: "Drones" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByRole("region", { name: "Corse-du-Sud (2A)" }).getByRole("link", { name: title })).toHaveCount(0);
  checkOrigins();
});

test("keyboard only: Tab reaches a department of the map, Enter opens its list, and Tab continues into it", async ({ page }) => {
  test.setTimeout(90_000);
  const checkOrigins = sameOriginOnly(page);
  await page.goto("/carte");
  let label = "";
  for (let presses = 0; presses < 120 && !label.startsWith("Alpes-Maritimes (06)"); presses++) {
    await page.keyboard.press("Tab");
    label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  }
  expect(label).toMatch(/^Alpes-Maritimes \(06\)\s:\s\d+ projets?$/);
  await page.keyboard.press("Enter");
  const department = page.getByRole("region", { name: "Alpes-Maritimes (06)" });
  await expect(department.getByRole("link", { name: "Nice" })).toBeVisible();
  await expect(page).toHaveURL(/departement=06/);
  await page.keyboard.press("Tab");
  await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest("#departement")))).toBe(true);
  await expect(page.locator(":focus")).toHaveText("Nice");
  checkOrigins();
});

test("open data: projects and companies as JSON with their licence and cache headers, the map's table as CSV", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "files, not pages: once is enough");
  const projects = await page.request.get("/projets.json");
  expect(projects.headers()["cache-control"]).toContain("max-age=");
  const body = (await projects.json()) as {
    licence: { name: string };
    fields: Record<string, string>;
    projects: { url: string; status: string; companies: { slug: string }[] }[];
  };
  expect(body.licence.name).toContain("Licence Ouverte");
  expect(body.fields.status).toBeTruthy();
  const lycee = body.projects.find((project) => project.url.endsWith("/projets/nice-reconnaissance-faciale-au-lycee-les-eucalyptus"));
  expect(lycee?.status).toBe("BANNED");
  expect(lycee?.companies.map((company) => company.slug)).toContain("cisco");

  const companies = await page.request.get("/entreprises.json");
  const list = (await companies.json()) as { companies: { slug: string; projects: number }[] };
  for (const slug of ["briefcam", "two-i", "idemia", "xxii", "genetec"]) expect(list.companies.map((company) => company.slug)).toContain(slug);

  const csv = await page.request.get("/carte.csv?type=SOUND_SENSORS");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("42,Loire,");
  expect((await page.request.get("/projets/nope-not-here")).status()).toBe(404);
  expect((await page.request.get("/carte?departement=%27%3Bdrop&type=x")).status()).toBe(200);
});

test("merging a duplicate project or company asks for confirmation first, then merges", async ({ page, expectAccessible }) => {
  test.setTimeout(240_000);
  // Two published projects in Ajaccio, one the duplicate of the other; two companies, likewise.
  const published = (title: string) =>
    db().report.create({
      data: {
        inseeCode: AJACCIO,
        kind: "DRONES",
        title,
        description: "Des drones survolent le port.",
        sources: [],
        status: "PUBLISHED",
        publishedAt: new Date(),
        slug: `ajaccio-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`,
      },
    });
  const kept = await published(`Drones au port ${suffix()}`);
  const duplicate = await published(`Drones sur le port ${suffix()}`);
  const name = `Survol ${suffix()}`;
  const [company, twin] = await Promise.all([
    db().company.create({ data: { name, slug: `survol-${suffix()}`, kind: "VENDOR", description: "" } }),
    db().company.create({ data: { name: `${name} SAS`, slug: `survol-sas-${suffix()}`, kind: "VENDOR", description: "" } }),
  ]);

  await signInAsOrganizer(page);
  await page.goto(`/admin/projets/${duplicate.id}`);
  await page.getByLabel("Projet à conserver").selectOption({ label: kept.title });
  await page.getByRole("button", { name: "Fusionner (l’adresse de cette page redirigera)" }).click();
  // First, the consequence; nothing has changed yet.
  const confirmation = page.getByTestId("confirm-step");
  await expect(confirmation).toContainText(`Ce projet sera fusionné dans « ${kept.title} »`);
  await expectAccessible(page);
  expect((await db().report.findUniqueOrThrow({ where: { id: duplicate.id }, select: { status: true } })).status).toBe("PUBLISHED");
  await confirmation.getByRole("button", { name: "Confirmer la fusion" }).click();
  await expect(page).toHaveURL(`/projets/${kept.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(kept.title);

  await page.goto("/admin/entreprises");
  await page.locator("summary", { hasText: twin.name }).click();
  await page.getByLabel(`Doublon de : fusionner ${twin.name} dans`).selectOption({ label: company.name });
  await page.getByRole("button", { name: "Fusionner", exact: true }).click();
  const companyConfirmation = page.getByTestId("confirm-step");
  await expect(companyConfirmation).toContainText(`« ${twin.name} » sera fusionné dans « ${company.name} »`);
  expect((await db().company.findUniqueOrThrow({ where: { id: twin.id } })).mergedIntoId).toBeNull();
  await expectAccessible(page);
  await companyConfirmation.getByRole("button", { name: "Confirmer la fusion" }).click();
  await expect(page).toHaveURL("/admin/entreprises");
  await expect.poll(async () => (await db().company.findUniqueOrThrow({ where: { id: twin.id } })).mergedIntoId).toBe(company.id);
});

test("/entreprises: its table, behind documented projects, lists only entries a published project names; the others apart (issue 29)", async ({ page }) => {
  const name = `Vendeur sans projet ${suffix()}`;
  const slug = `vendeur-sans-projet-${suffix()}`;
  await db().company.create({ data: { slug, name, kind: "VENDOR" } });
  await page.goto("/entreprises");
  await expect(page.getByText("derrière les projets de surveillance documentés")).toBeVisible();
  const table = page.getByRole("table", { name: "Entreprises et organismes" });
  await expect(table.getByRole("link", { name: "Cisco", exact: true })).toBeVisible();
  await expect(table.getByRole("link", { name })).toHaveCount(0);
  // Every entry of the table is named by one published project at least.
  const counts = await table.locator("tbody tr td:nth-child(3)").allTextContents();
  expect(counts.length).toBeGreaterThan(0);
  expect(counts.map(Number).every((count) => count >= 1)).toBe(true);
  const apart = page.getByRole("region", { name: "Sans projet publié pour l’instant" });
  await expect(apart).toContainText("aucun projet publié sur le site ne les nomme encore");
  await expect(apart.getByRole("link", { name })).toHaveAttribute("href", `/entreprises/${slug}`);
});
