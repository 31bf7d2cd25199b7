// Issue 28, "Petitions a mayor cannot dismiss": closing, its grace period, supporters from
// abroad and the exports, as visitors see them. Each project uses its own communes (one open
// petition per commune), none used by the other journeys.
import { db } from "~/utils/db.server";
import { expect, test } from "./fixtures";

/** A petition in the commune `slug`, replacing the commune's others (this journey owns the commune). */
async function petitionIn(slug: string, data: { status: "OPEN" | "CLOSED"; goal?: number; residents?: number; supporters?: number }) {
  const commune = await db().commune.findUniqueOrThrow({ where: { slug }, select: { inseeCode: true } });
  await db().petition.deleteMany({ where: { inseeCode: commune.inseeCode } });
  return db().petition.create({
    data: {
      inseeCode: commune.inseeCode,
      title: `Pétition de test ${Date.now()}`,
      body: "Texte de la pétition.",
      goal: data.goal ?? 500,
      status: data.status,
      mayorTitle: "MONSIEUR_LE_MAIRE",
      mayorName: "Test",
      openedAt: new Date(Date.now() - 3600_000),
      closedAt: data.status === "CLOSED" ? new Date() : null,
      tally: { create: { residents: data.residents ?? 0, supporters: data.supporters ?? 0 } },
    },
  });
}

test("a closed petition shows its final count, without the goal", async ({ page, javaScriptEnabled, expectAccessible }) => {
  const slug = javaScriptEnabled ? "grasse" : "vence";
  await petitionIn(slug, { status: "CLOSED", goal: 500, residents: 37, supporters: 5 });
  await page.goto(`/villes/${slug}`);
  await expect(page.getByTestId("petition-count")).toHaveText("Résultat final\u00a0: 42 signatures confirmées");
  await expect(page.getByText(/Objectif/)).toHaveCount(0);
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(page.getByText("Cette pétition n'accepte plus de signatures.")).toBeVisible();
  await expectAccessible(page);

  const embed = await page.request.get(`/embed/${slug}`);
  const html = await embed.text();
  expect(html).toContain("Résultat final");
  expect(html).not.toContain("Objectif");
});

test("the petitions' open data, as JSON and as CSV for spreadsheets", { tag: "@once" }, async ({ page }) => {
  await page.goto("/petitions");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "petitions.csv" }).click()]);
  expect(download.suggestedFilename()).toBe("technopolice-petitions.csv");
  const csv = await (await page.request.get("/petitions.csv")).text();
  const json = await (await page.request.get("/petitions.json")).json();
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(lines[0]).toBe("id,commune,title,status,goal,count,residents,supporters,updated_at,url");
  expect(lines).toHaveLength(json.petitions.length + 1);
  expect(lines.some((line) => line.includes(",Nice,"))).toBe(true);
});
