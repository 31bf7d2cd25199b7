import { describe, expect, test } from "vitest";
import { createCompany, getPublicCompany, listCompaniesIndex, listPublicCompanies, mergeCompany } from "~/modules/projects/company.server";
import { addOrganizer } from "~/models/organizer.server";
import {
  addProjectEvent,
  departmentCounts,
  departmentProjects,
  getPublicProject,
  linkCompany,
  mergeProject,
  setProjectStatus,
} from "~/modules/projects/project.server";
import { publishReport } from "~/modules/projects/report.server";
import { MapFilterSchema, ProjectAdminSchema } from "~/modules/projects/project-schema";
import type { ProjectKindName } from "~/modules/projects/choices";
import { db } from "~/utils/db.server";
import { aPendingReport, LYON, RENNES, reportInput } from "../factories/report";

const organizer = () => addOrganizer({ email: `org.${Math.random().toString(36).slice(2)}@collectif.example`, role: "ORGANIZER", addedBy: null });
const unique = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8);

async function aProject(organizerId: string, { inseeCode = RENNES, kind = "VIDEO_ANALYTICS" }: { inseeCode?: string; kind?: ProjectKindName } = {}) {
  const report = await aPendingReport({ inseeCode, input: reportInput({ kind, title: `Caméras augmentées ${unique()}` }) });
  await db().report.update({ where: { id: report.id }, data: { status: "PENDING" } });
  expect((await publishReport({ id: report.id, organizerId })).ok).toBe(true);
  return db().report.findUniqueOrThrow({ where: { id: report.id }, select: { id: true, slug: true, title: true } });
}

async function aCompany(organizerId: string, name = `Vendeur ${unique()}`) {
  const created = await createCompany({ organizerId, fields: { name, kind: "VENDOR" } });
  if (!created.ok) throw new Error("company not created");
  return db().company.findUniqueOrThrow({ where: { slug: created.slug }, select: { id: true, slug: true, name: true } });
}

describe("project records", () => {
  test("publishing gives a stable slug from the commune and title; taken slugs get the id", async () => {
    const { id } = await organizer();
    const project = await aProject(id);
    expect(project.slug).toMatch(/^rennes-cameras-augmentees-[a-z]+$/);
    const found = await getPublicProject({ slug: project.slug! });
    expect(found?.found?.title).toBe(project.title);

    const twin = await aPendingReport({ input: reportInput({ title: project.title }) });
    await db().report.update({ where: { id: twin.id }, data: { status: "PENDING" } });
    expect((await publishReport({ id: twin.id, organizerId: id })).ok).toBe(true);
    const twinSlug = (await db().report.findUniqueOrThrow({ where: { id: twin.id } })).slug;
    expect(twinSlug).toBe(`${project.slug}-${twin.id.slice(0, 8)}`);
  });

  test("status, timeline and companies are audited; a merged project's slug redirects to the one kept", async () => {
    const { id: organizerId } = await organizer();
    const [kept, duplicate] = [await aProject(organizerId), await aProject(organizerId)];
    const company = await aCompany(organizerId);
    expect((await linkCompany({ id: duplicate.id, organizerId, companyId: company.id, linked: true })).ok).toBe(true);
    expect(
      (await addProjectEvent({ id: duplicate.id, organizerId, occurredOn: "2024-03-01", text: "Vote du conseil municipal.", status: "DEPLOYED" })).ok,
    ).toBe(true);
    expect((await setProjectStatus({ id: kept.id, organizerId, status: "TRIAL", statusSince: "2024-01-15" })).ok).toBe(true);

    const merged = await mergeProject({ id: duplicate.id, organizerId, intoId: kept.id });
    expect(merged).toEqual({ ok: true, slug: kept.slug });
    expect(await getPublicProject({ slug: duplicate.slug! })).toEqual({ movedTo: kept.slug });
    const page = (await getPublicProject({ slug: kept.slug! }))?.found;
    expect(page?.companies.map((row) => row.slug)).toEqual([company.slug]);
    expect(page?.events.map((event) => event.text)).toEqual(["Vote du conseil municipal."]);
    expect(page?.projectStatus).toBe("TRIAL");

    const actions = await db().auditEntry.findMany({ where: { organizerId }, select: { action: true }, orderBy: { id: "asc" } });
    expect(actions.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["company.create", "project.company.link", "project.event", "project.status", "project.merge"]),
    );
    // A project taken down (no longer published) leaves the public pages.
    await db().report.update({ where: { id: kept.id }, data: { status: "DECLINED" } });
    expect(await getPublicProject({ slug: kept.slug! })).toBeNull();
    expect(await getPublicProject({ slug: duplicate.slug! })).toBeNull();
  });

  test("companies: counts of published projects and cities; a merged entry's page redirects and its projects follow", async () => {
    const { id: organizerId } = await organizer();
    const [rennes, lyon] = [await aProject(organizerId), await aProject(organizerId, { inseeCode: LYON })];
    const [kept, duplicate] = [await aCompany(organizerId), await aCompany(organizerId)];
    await linkCompany({ id: rennes.id, organizerId, companyId: kept.id, linked: true });
    await linkCompany({ id: lyon.id, organizerId, companyId: duplicate.id, linked: true });
    expect(await createCompany({ organizerId, fields: { name: kept.name.toUpperCase(), kind: "VENDOR" } })).toEqual({ ok: false, error: "taken" });

    expect((await mergeCompany({ id: duplicate.id, organizerId, intoId: kept.id })).ok).toBe(true);
    expect(await getPublicCompany({ slug: duplicate.slug })).toEqual({ movedTo: kept.slug });
    const listed = (await listPublicCompanies()).find((row) => row.slug === kept.slug);
    expect(listed).toMatchObject({ projects: 2, cities: 2 });
    expect((await listPublicCompanies()).some((row) => row.slug === duplicate.slug)).toBe(false);
    const page = await getPublicCompany({ slug: kept.slug });
    expect(page?.found?.projects.map((project) => project.id).sort()).toEqual([rennes.id, lyon.id].sort());
  });

  test("/entreprises lists under its claim (behind documented projects) only the entries a published project names; the others apart (issue 29)", async () => {
    const { id: organizerId } = await organizer();
    const project = await aProject(organizerId);
    const [named, unnamed, takenDown] = [await aCompany(organizerId), await aCompany(organizerId), await aCompany(organizerId)];
    await linkCompany({ id: project.id, organizerId, companyId: named.id, linked: true });
    const hidden = await aProject(organizerId);
    await linkCompany({ id: hidden.id, organizerId, companyId: takenDown.id, linked: true });
    await db().report.update({ where: { id: hidden.id }, data: { status: "DECLINED" } });

    const { documented, undocumented } = await listCompaniesIndex();
    expect(documented.every((company) => company.projects > 0)).toBe(true);
    expect(documented.map((company) => company.slug)).toContain(named.slug);
    expect(documented.map((company) => company.slug)).not.toContain(unnamed.slug);
    expect(documented.map((company) => company.slug)).not.toContain(takenDown.slug);
    expect(undocumented.map((company) => company.slug)).toEqual(expect.arrayContaining([unnamed.slug, takenDown.slug]));
    expect(undocumented.every((company) => company.projects === 0)).toBe(true);
  });

  test("the map counts published projects by department, filtered by kind and status", async () => {
    const { id: organizerId } = await organizer();
    const drone = await aProject(organizerId, { kind: "DRONES" });
    await setProjectStatus({ id: drone.id, organizerId, status: "ABANDONED" });
    const ille = (await departmentCounts({ type: "DRONES", statut: "ABANDONED" })).find((row) => row.code === "35");
    expect(ille?.projects).toBeGreaterThanOrEqual(1);
    expect((await departmentProjects({ code: "35", type: "DRONES", statut: "ABANDONED" })).map((row) => row.id)).toContain(drone.id);
    expect((await departmentProjects({ code: "35", type: "DRONES", statut: "BANNED" })).map((row) => row.id)).not.toContain(drone.id);
  });

  test("inputs: bad dates and unknown filters never reach the database", () => {
    expect(ProjectAdminSchema.safeParse({ intent: "event", occurredOn: "2024-02-30", text: "Vote" }).success).toBe(false);
    expect(ProjectAdminSchema.safeParse({ intent: "event", occurredOn: "2024-02-29", text: "Vote" }).success).toBe(true);
    expect(MapFilterSchema.parse({ type: "NOPE", statut: "x", departement: "2a" })).toEqual({ departement: "2A" });
    expect(MapFilterSchema.parse({ departement: "'; drop table" })).toEqual({});
  });
});
