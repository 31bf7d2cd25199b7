// A legal action names the project record it targets by reference, picked from a list: both pages
// link to each other, the link follows a merge, and a project taken down is no longer linked to.
import { expect, test } from "vitest";
import { createLegalAction, getPublicLegalAction, publishLegalAction, resolveReferences } from "~/modules/legal-actions/legal-action.server";
import { addOrganizer } from "~/models/organizer.server";
import { getPublicProject, mergeProject, projectChoices } from "~/modules/projects/project.server";
import { publishReport } from "~/modules/projects/report.server";
import type { LegalActionInput } from "~/modules/legal-actions/schema";
import { db } from "~/utils/db.server";
import { aPendingReport, RENNES, reportInput } from "../factories/report";

const unique = () => Math.random().toString(36).slice(2, 10);

async function aProject(organizerId: string, title = `Caméras augmentées ${unique()}`) {
  const report = await aPendingReport({ inseeCode: RENNES, input: reportInput({ title }) });
  await db().report.update({ where: { id: report.id }, data: { status: "PENDING" } });
  expect((await publishReport({ id: report.id, organizerId })).ok).toBe(true);
  return db().report.findUniqueOrThrow({ where: { id: report.id }, select: { id: true, slug: true, title: true } });
}

const input = (overrides: Partial<LegalActionInput> = {}): LegalActionInput => ({
  title: `Recours ${unique()}`,
  communes: "Rennes",
  project: "",
  court: "Tribunal administratif de Rennes",
  filedOn: "2026-09-15",
  status: "FILED",
  summary: "Le collectif demande l'annulation du marché.",
  documents: "",
  ...overrides,
});

test("a legal action picked against a project: each page links to the other, the link follows a merge and stops at a takedown", async () => {
  const { id: organizerId } = await addOrganizer({ email: `org.${unique()}@collectif.example`, role: "ORGANIZER", addedBy: null });
  const first = await aProject(organizerId);
  const second = await aProject(organizerId);
  const pending = await aPendingReport({ inseeCode: RENNES });

  const choices = await projectChoices();
  const rennes = choices.find((group) => group.commune === "Rennes");
  expect(rennes?.projects).toEqual(
    expect.arrayContaining([
      { id: first.id, title: first.title },
      { id: second.id, title: second.title },
    ]),
  );
  expect(choices.flatMap((group) => group.projects).map((project) => project.id)).not.toContain(pending.id);

  // Only a published project can be named; communes are checked at the same time.
  expect((await resolveReferences(input({ reportId: pending.id }))).fieldErrors).toEqual({ reportId: ["legalActions.errors.report"] });
  expect((await resolveReferences(input({ communes: "Nulle-Part-sur-Mer", reportId: first.id }))).fieldErrors).toEqual({
    communes: ["legalActions.errors.communesUnknown"],
  });
  const resolved = await resolveReferences(input({ reportId: first.id }));
  expect(resolved).toEqual({ inseeCodes: [RENNES], fieldErrors: {} });

  const { id } = await createLegalAction({ input: input({ reportId: first.id }), inseeCodes: resolved.inseeCodes, organizerId });
  await publishLegalAction({ id, organizerId });
  expect((await getPublicLegalAction({ id }))?.linkedProject).toEqual({ slug: first.slug, title: first.title });
  expect((await getPublicProject({ slug: first.slug! }))?.found?.legalActions.map((action) => action.id)).toEqual([id]);

  expect((await mergeProject({ id: first.id, intoId: second.id, organizerId })).ok).toBe(true);
  expect((await getPublicLegalAction({ id }))?.linkedProject).toEqual({ slug: second.slug, title: second.title });
  expect((await getPublicProject({ slug: second.slug! }))?.found?.legalActions.map((action) => action.id)).toEqual([id]);

  await db().report.update({ where: { id: second.id }, data: { status: "TAKEN_DOWN" } });
  expect((await getPublicLegalAction({ id }))?.linkedProject).toBeNull();
});
