// A project is a published report (decision of issue 15): its page, its timeline, the companies
// and bodies involved, and the organizers' changes to them (each audited).
import type { Prisma, ProjectKind, ProjectStatus } from "~/generated/prisma/client";
import type { MapFilter } from "./project-schema";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { audit } from "~/models/audit.server";
import { PUBLIC_STATUS, publicProject, publishedProjectsWhere } from "./report.server";
import { fail, ok, type Result } from "~/utils/result";
import { isUuid } from "~/utils/uuid";
import { inTerritory, type Territory } from "~/modules/groups/territory.server";

const projectPage = {
  ...publicProject,
  projectStatus: true,
  statusSince: true,
  updatedAt: true,
  commune: { select: { inseeCode: true, name: true, slug: true, departmentCode: true, departmentName: true } },
  companies: { select: { company: { select: { id: true, slug: true, name: true, kind: true } } }, orderBy: { company: { name: "asc" } } },
  events: { select: { id: true, occurredOn: true, text: true, status: true, createdAt: true }, orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }] },
} satisfies Prisma.ReportSelect;

type Found<T> = { found: T; movedTo?: undefined } | { found?: undefined; movedTo: string } | null;

/**
 * A published project by its slug. The slug of a project merged into another stays valid: it
 * answers with the slug to redirect to. Anything not published (declined, taken down) is null.
 */
export async function getPublicProject({ slug }: { slug: string }): Promise<Found<Awaited<ReturnType<typeof loadProject>>>> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  let row = await db().report.findUnique({ where: { slug }, select: { id: true, status: true, slug: true, mergedIntoId: true } });
  for (let hops = 0; row && row.status === "MERGED" && row.mergedIntoId && hops < 5; hops++) {
    row = await db().report.findUnique({ where: { id: row.mergedIntoId }, select: { id: true, status: true, slug: true, mergedIntoId: true } });
  }
  if (!row || row.status !== PUBLIC_STATUS || !row.slug) return null;
  if (row.slug !== slug) return { movedTo: row.slug };
  return { found: await loadProject(row.id) };
}

async function loadProject(id: string) {
  const { mayCredit, creditName, companies, ...project } = await db().report.findUniqueOrThrow({ where: { id }, select: projectPage });
  const legalActions = await db().legalAction.findMany({
    where: { publishedAt: { not: null }, reportId: id },
    orderBy: { filedOn: "desc" },
    select: { id: true, title: true, court: true, status: true, filedOn: true },
  });
  return {
    ...project,
    companies: companies.map((link) => link.company),
    credit: mayCredit && creditName ? decrypt(creditName) : null,
    legalActions,
  };
}

// --- Organizers

/** A published project as organizers edit it, with the companies they may link and the projects it may merge into. */
export async function getProjectForAdmin({ id }: { id: string }) {
  if (!isUuid(id)) return null;
  const report = await db().report.findFirst({ where: { id, status: PUBLIC_STATUS }, select: projectPage });
  if (!report) return null;
  const [companies, candidates] = await Promise.all([
    db().company.findMany({ where: { mergedIntoId: null }, orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } }),
    db().report.findMany({
      where: { status: PUBLIC_STATUS, inseeCode: report.commune.inseeCode, id: { not: id } },
      orderBy: { publishedAt: "desc" },
      select: { id: true, title: true },
    }),
  ]);
  const { creditName, mayCredit, ...rest } = report;
  return { ...rest, credit: mayCredit && creditName ? decrypt(creditName) : null, linked: report.companies.map((link) => link.company), companies, candidates };
}

/** The published projects organizers pick from. */
export function listProjectsForAdmin(territory: Territory = null) {
  return db().report.findMany({
    where: { status: PUBLIC_STATUS, ...inTerritory(territory) },
    orderBy: { publishedAt: "desc" },
    take: 500,
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      projectStatus: true,
      actors: true,
      commune: { select: { name: true } },
      _count: { select: { companies: true } },
    },
  });
}

type Change = { id: string; organizerId: string };
const day = (value: string) => new Date(`${value}T00:00:00Z`);

async function published(tx: Prisma.TransactionClient, id: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM report WHERE id = ${id}::uuid AND status = 'PUBLISHED' FOR UPDATE`;
  return Boolean(row);
}

export async function setProjectStatus({
  id,
  organizerId,
  status,
  statusSince,
}: Change & { status: ProjectStatus; statusSince?: string }): Promise<Result<object, "not-published">> {
  return db().$transaction(async (tx) => {
    if (!(await published(tx, id))) return fail("not-published");
    await tx.report.update({ where: { id }, data: { projectStatus: status, statusSince: statusSince ? day(statusSince) : null } });
    await audit(tx, { organizerId, action: "project.status", subjectType: "report", subjectId: id, details: { status, statusSince: statusSince ?? null } });
    return ok();
  });
}

/** A dated entry of the timeline; when it names a status, the project enters it from that day. */
export async function addProjectEvent({
  id,
  organizerId,
  occurredOn,
  text,
  status,
}: Change & { occurredOn: string; text: string; status?: ProjectStatus }): Promise<Result<object, "not-published">> {
  return db().$transaction(async (tx) => {
    if (!(await published(tx, id))) return fail("not-published");
    const event = await tx.projectEvent.create({ data: { reportId: id, occurredOn: day(occurredOn), text, status: status ?? null }, select: { id: true } });
    if (status) await tx.report.update({ where: { id }, data: { projectStatus: status, statusSince: day(occurredOn) } });
    else await tx.report.update({ where: { id }, data: { updatedAt: new Date() } });
    await audit(tx, {
      organizerId,
      action: "project.event",
      subjectType: "report",
      subjectId: id,
      details: { event: event.id, occurredOn, status: status ?? null },
    });
    return ok();
  });
}

export async function linkCompany({
  id,
  organizerId,
  companyId,
  linked,
}: Change & { companyId: string; linked: boolean }): Promise<Result<object, "not-published" | "unknown-company">> {
  return db().$transaction(async (tx) => {
    if (!(await published(tx, id))) return fail("not-published");
    const company = await tx.company.findFirst({ where: { id: companyId, mergedIntoId: null }, select: { id: true, slug: true } });
    if (!company) return fail("unknown-company");
    if (linked) await tx.reportCompany.createMany({ data: [{ reportId: id, companyId }], skipDuplicates: true });
    else await tx.reportCompany.deleteMany({ where: { reportId: id, companyId } });
    await audit(tx, {
      organizerId,
      action: linked ? "project.company.link" : "project.company.unlink",
      subjectType: "report",
      subjectId: id,
      details: { company: company.slug },
    });
    return ok();
  });
}

/** The free-text actors organizers have not resolved into entries yet. */
export async function setProjectActors({ id, organizerId, actors }: Change & { actors: string }): Promise<Result<object, "not-published">> {
  return db().$transaction(async (tx) => {
    if (!(await published(tx, id))) return fail("not-published");
    await tx.report.update({ where: { id }, data: { actors } });
    await audit(tx, { organizerId, action: "project.actors", subjectType: "report", subjectId: id, details: { length: actors.length } });
    return ok();
  });
}

/** Published projects by commune (names in order), for the organizers' pickers. */
export async function projectChoices() {
  const rows = await db().report.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ commune: { name: "asc" } }, { title: "asc" }],
    select: { id: true, title: true, commune: { select: { name: true } } },
  });
  const byCommune = new Map<string, { id: string; title: string }[]>();
  for (const row of rows) byCommune.set(row.commune.name, [...(byCommune.get(row.commune.name) ?? []), { id: row.id, title: row.title }]);
  return [...byCommune].map(([commune, projects]) => ({ commune, projects }));
}

/** Two published pages about one project: sources, documents, companies and timeline go to `intoId`; the old URL redirects. */
export async function mergeProject({
  id,
  organizerId,
  intoId,
}: Change & { intoId: string }): Promise<Result<{ slug: string | null }, "same-project" | "not-published" | "other-commune">> {
  if (id === intoId) return fail("same-project");
  return db().$transaction(async (tx) => {
    if (!(await published(tx, id)) || !(await published(tx, intoId))) return fail("not-published");
    const [source, target] = await Promise.all([
      tx.report.findUniqueOrThrow({ where: { id }, select: { sources: true, inseeCode: true, companies: { select: { companyId: true } } } }),
      tx.report.findUniqueOrThrow({ where: { id: intoId }, select: { sources: true, inseeCode: true, slug: true } }),
    ]);
    if (source.inseeCode !== target.inseeCode) return fail("other-commune");
    const added = source.sources.filter((url) => !target.sources.includes(url));
    await tx.report.update({ where: { id: intoId }, data: { sources: [...target.sources, ...added] } });
    const documents = await tx.reportDocument.updateMany({ where: { reportId: id }, data: { reportId: intoId } });
    const events = await tx.projectEvent.updateMany({ where: { reportId: id }, data: { reportId: intoId } });
    // What refers to the project follows it: legal actions against it, document requests about it.
    const legalActions = await tx.legalAction.updateMany({ where: { reportId: id }, data: { reportId: intoId } });
    const requests = await tx.documentRequest.updateMany({ where: { reportId: id }, data: { reportId: intoId } });
    await tx.reportCompany.createMany({ data: source.companies.map((link) => ({ reportId: intoId, companyId: link.companyId })), skipDuplicates: true });
    await tx.reportCompany.deleteMany({ where: { reportId: id } });
    await tx.report.update({ where: { id }, data: { status: "MERGED", mergedIntoId: intoId } });
    await audit(tx, {
      organizerId,
      action: "project.merge",
      subjectType: "report",
      subjectId: id,
      details: {
        into: intoId,
        sourcesAdded: added.length,
        documentsMoved: documents.count,
        eventsMoved: events.count,
        legalActionsMoved: legalActions.count,
        requestsMoved: requests.count,
      },
    });
    return ok({ slug: target.slug });
  });
}

// --- The map and open data

export type DepartmentCount = { code: string; name: string; projects: number; communes: number };

/** Published projects per department, with the filters of the map. */
export async function departmentCounts(filter: Pick<MapFilter, "type" | "statut"> = {}): Promise<DepartmentCount[]> {
  const rows = await db().report.findMany({
    where: publishedProjectsWhere({ kind: filter.type, projectStatus: filter.statut }),
    select: { inseeCode: true, commune: { select: { departmentCode: true, departmentName: true } } },
  });
  const byCode = new Map<string, { name: string; projects: number; communes: Set<string> }>();
  for (const row of rows) {
    const entry = byCode.get(row.commune.departmentCode) ?? { name: row.commune.departmentName, projects: 0, communes: new Set<string>() };
    entry.projects += 1;
    entry.communes.add(row.inseeCode);
    byCode.set(row.commune.departmentCode, entry);
  }
  return [...byCode.entries()]
    .map(([code, entry]) => ({ code, name: entry.name, projects: entry.projects, communes: entry.communes.size }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** A department's published projects, by commune, with the map's filters. */
export async function departmentProjects({ code, type, statut }: { code: string } & Pick<MapFilter, "type" | "statut">) {
  return db().report.findMany({
    where: publishedProjectsWhere({ kind: type, projectStatus: statut, departmentCode: code }),
    orderBy: [{ commune: { name: "asc" } }, { publishedAt: "desc" }],
    take: 500,
    select: { id: true, slug: true, title: true, kind: true, projectStatus: true, commune: { select: { name: true, slug: true } } },
  });
}

/** Every published project, for /projets.json. */
export function openDataProjects({ kind }: { kind?: ProjectKind } = {}) {
  return db().report.findMany({
    where: publishedProjectsWhere({ kind }),
    orderBy: { publishedAt: "desc" },
    select: {
      ...publicProject,
      projectStatus: true,
      statusSince: true,
      updatedAt: true,
      commune: { select: { inseeCode: true, name: true, departmentCode: true } },
      companies: { select: { company: { select: { slug: true, name: true, kind: true } } } },
      events: { select: { occurredOn: true, text: true, status: true }, orderBy: { occurredOn: "asc" } },
    },
  });
}
