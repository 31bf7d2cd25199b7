// French typography of what the public pages show (issue 27, item 7): curly apostrophes, a
// no-break space before : ; ! ? » and after «, no guillemets nested in guillemets, in the site's
// own words and in the prose organizers and residents typed (app/utils/typography.ts, applied when
// it is shown). @once: the text is the same with and without JavaScript.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { createLegalAction, publishLegalAction, addLegalActionUpdate } from "~/modules/legal-actions/legal-action.server";
import { addOrganizer } from "~/models/organizer.server";
import { encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { stopJobClient } from "~/utils/jobs.server";
import { hashToken } from "~/utils/tokens.server";
import { expect, test } from "./fixtures";

test.afterAll(async () => {
  await stopJobClient();
});

// What is not prose: addresses and URLs keep their characters (the helper leaves them alone).
const NOT_PROSE = /\b[a-z][a-z0-9+.-]*:\/\/\S+|\bwww\.\S+|[\p{L}\p{N}._%+'’-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;

type Count = { straight: number; curly: number; spaceBefore: string[]; spaceAfter: string[]; nested: string[]; apostrophes: string[] };

function measure(text: string): Count {
  const prose = text.replace(NOT_PROSE, " ");
  const around = (match: RegExpMatchArray) => prose.slice(Math.max(0, (match.index ?? 0) - 30), (match.index ?? 0) + 10);
  const nested: string[] = [];
  let depth = 0;
  for (const match of prose.matchAll(/[«»]/g)) {
    if (match[0] === "«") {
      depth += 1;
      if (depth > 1) nested.push(around(match));
    } else depth = Math.max(0, depth - 1);
  }
  const apostrophes = [...prose.matchAll(/\p{L}'\p{L}/gu)];
  return {
    straight: apostrophes.length,
    curly: (prose.match(/’/g) ?? []).length,
    apostrophes: apostrophes.map(around),
    spaceBefore: [...prose.matchAll(/ [:;!?»]/g)].map(around),
    spaceAfter: [...prose.matchAll(/« /g)].map(around),
    nested,
  };
}

async function visibleText(page: Page, path: string, waitFor?: string) {
  // Public pages are shared for a second or two (app/utils/page-cache.server.ts): rows this test
  // has just written may take a reload to appear.
  await expect(async () => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    if (waitFor) await expect(page.locator("main")).toContainText(waitFor, { timeout: 1000 });
  }).toPass();
  return page.evaluate(() => document.body.innerText);
}

test("public pages in French: curly apostrophes, no-break spaces, no nested guillemets @once", async ({ page }) => {
  const unique = randomUUID().slice(0, 8);
  // An organizer's legal action, typed with straight apostrophes, ordinary spaces and nested guillemets.
  const organizer = await addOrganizer({ email: `typo-${unique}@collectif.example`, role: "ORGANIZER", addedBy: null });
  const { id: actionId } = await createLegalAction({
    organizerId: organizer.id,
    inseeCodes: ["06088"],
    input: {
      title: `Recours ${unique} contre l'« expérimentation « safe city » de la ville » !`,
      communes: "",
      project: "Vidéosurveillance d'un quartier",
      reportId: undefined,
      court: "Conseil d'État",
      filedOn: "2026-10-01",
      status: "FILED",
      summary:
        "Le collectif demande l'annulation : voir https://example.org/l'acte?id=1 ou écrire à contact@example.org avant 10:30 ; pourquoi ? Parce qu'on le doit.",
      documents: "",
    },
  });
  await addLegalActionUpdate({
    legalActionId: actionId,
    happenedOn: "2026-11-02",
    text: "Audience fixée : le tribunal l'a renvoyée.",
    organizerId: organizer.id,
  });
  await publishLegalAction({ id: actionId, organizerId: organizer.id });
  // A document request about a project whose name has guillemets of its own: « … “…” … ».
  const template = await db().documentRequestTemplate.findUniqueOrThrow({ where: { slug: "projet-nomme" } });
  const request = await db().documentRequest.create({
    data: {
      inseeCode: "06088",
      templateId: template.id,
      projectLabel: `Projet « Safe City » ${unique} de l'Observatoire`,
      reportId: null,
      documents: template.documents,
      requesterEmail: encrypt(`typo-${unique}@example.org`),
      requesterName: encrypt("Camille Typo"),
      requesterAddress: encrypt("1 rue de l'Exemple\n06000 Nice"),
      showName: false,
      tokenHash: hashToken(`typo-${unique}`),
      tokenSealed: encrypt(`typo-${unique}`),
      confirmedAt: new Date(),
    },
    select: { id: true },
  });

  const pages: [string, string?][] = [
    ["/", `Recours ${unique}`],
    ["/villes/nice", unique],
    ["/petitions"],
    ["/projets"],
    ["/projets/nice-reconnaissance-faciale-au-lycee-les-eucalyptus"],
    ["/recours", `Recours ${unique}`],
    [`/recours/${actionId}`],
    ["/demandes", unique],
    [`/demandes/${request.id}`],
    ["/entreprises"],
    ["/entreprises/two-i"],
    ["/lettre/archives"],
  ];
  const totals = { straight: 0, curly: 0 };
  for (const [path, waitFor] of pages) {
    const count = measure(await visibleText(page, path, waitFor));
    totals.straight += count.straight;
    totals.curly += count.curly;
    test.info().annotations.push({ type: "apostrophes", description: `${path}: ${count.straight} straight, ${count.curly} curly` });
    expect.soft(count.apostrophes, `${path}: straight apostrophes between letters`).toEqual([]);
    expect.soft(count.spaceBefore, `${path}: an ordinary space before : ; ! ? »`).toEqual([]);
    expect.soft(count.spaceAfter, `${path}: an ordinary space after «`).toEqual([]);
    expect.soft(count.nested, `${path}: « nested in « »`).toEqual([]);
  }
  test.info().annotations.push({ type: "apostrophes", description: `total: ${totals.straight} straight, ${totals.curly} curly` });
  console.log(
    test
      .info()
      .annotations.map((annotation) => annotation.description)
      .join("\n"),
  );

  // The organizer's nested guillemets read as French inner quotes, on the action's page and in lists.
  await visibleText(page, `/recours/${actionId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Recours ${unique} contre l’«\u00a0expérimentation “safe city” de la ville\u00a0»\u00a0!`);
  // What is stored is what was typed: the form shows it as it was.
  expect((await db().legalAction.findUniqueOrThrow({ where: { id: actionId }, select: { title: true } })).title).toContain(
    "contre l'« expérimentation « safe city »",
  );
});
