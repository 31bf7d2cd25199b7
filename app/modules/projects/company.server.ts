// Companies and public bodies named in projects: the free-text actors of reports, resolved by
// organizers into entries that can be followed across cities. Every change is audited.
import type { CompanyFields } from "./project-schema";
import { db } from "~/utils/db.server";
import { fail, ok, type Result } from "~/utils/result";
import { slugify } from "~/utils/text";
import { audit } from "~/models/audit.server";
import { PUBLIC_STATUS } from "./report.server";

const publishedLinks = { where: { report: { status: PUBLIC_STATUS } }, select: { report: { select: { inseeCode: true } } } } as const;

/** Every entry (not merged away) with its number of published projects and of cities. */
export async function listPublicCompanies() {
  const rows = await db().company.findMany({
    where: { mergedIntoId: null },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, kind: true, website: true, description: true, updatedAt: true, reports: publishedLinks },
  });
  return rows.map(({ reports, ...company }) => ({
    ...company,
    projects: reports.length,
    cities: new Set(reports.map((link) => link.report.inseeCode)).size,
  }));
}

/**
 * /entreprises: the entries behind published projects (what its heading promises), and apart,
 * those no published project names yet (a project unpublished, or an entry created ahead).
 */
export async function listCompaniesIndex() {
  const companies = await listPublicCompanies();
  return {
    documented: companies.filter((company) => company.projects > 0),
    undocumented: companies.filter((company) => company.projects === 0),
  };
}

/** Names for the report form's suggestions (a <datalist>). */
export function companyNames() {
  return db()
    .company.findMany({ where: { mergedIntoId: null }, orderBy: { name: "asc" }, select: { name: true }, take: 1_000 })
    .then((rows) => rows.map((row) => row.name));
}

/** An entry's page: its published projects across France. A merged entry answers with the slug to redirect to. */
export async function getPublicCompany({ slug }: { slug: string }) {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  let company = await db().company.findUnique({ where: { slug }, select: { id: true, slug: true, mergedIntoId: true } });
  for (let hops = 0; company?.mergedIntoId && hops < 5; hops++) {
    company = await db().company.findUnique({ where: { id: company.mergedIntoId }, select: { id: true, slug: true, mergedIntoId: true } });
  }
  if (!company || company.mergedIntoId) return null;
  if (company.slug !== slug) return { movedTo: company.slug };
  const found = await db().company.findUniqueOrThrow({
    where: { id: company.id },
    select: {
      slug: true,
      name: true,
      kind: true,
      website: true,
      description: true,
      reports: {
        where: { report: { status: PUBLIC_STATUS } },
        orderBy: { report: { publishedAt: "desc" } },
        select: {
          report: {
            select: {
              id: true,
              slug: true,
              title: true,
              kind: true,
              projectStatus: true,
              commune: { select: { name: true, slug: true, departmentCode: true } },
            },
          },
        },
      },
    },
  });
  const { reports, ...rest } = found;
  return { found: { ...rest, projects: reports.map((link) => link.report) } };
}

/** The organizers' list: every entry, merged ones too (with where they went). */
export function listCompaniesForAdmin() {
  return db().company.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      website: true,
      description: true,
      mergedInto: { select: { name: true } },
      _count: { select: { reports: true } },
    },
  });
}

const companyData = (fields: CompanyFields) => ({
  name: fields.name,
  kind: fields.kind,
  website: fields.website || null,
  description: fields.description ?? "",
});

/** A new entry; "taken" when its name gives the slug of an existing one (merge or rename instead). */
export async function createCompany({ organizerId, fields }: { organizerId: string; fields: CompanyFields }): Promise<Result<{ slug: string }, "taken">> {
  const slug = slugify(fields.name).slice(0, 100) || "organisme";
  return db().$transaction(async (tx) => {
    const existing = await tx.company.findUnique({ where: { slug }, select: { id: true } });
    if (existing) return fail("taken");
    const company = await tx.company.create({ data: { ...companyData(fields), slug }, select: { id: true, slug: true } });
    await audit(tx, { organizerId, action: "company.create", subjectType: "company", subjectId: company.id, details: { slug, kind: fields.kind } });
    return ok({ slug });
  });
}

/** Edits an entry; its slug (its URL) does not change. */
export async function editCompany({ id, organizerId, fields }: { id: string; organizerId: string; fields: CompanyFields }): Promise<Result<object, "gone">> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.company.updateMany({ where: { id, mergedIntoId: null }, data: companyData(fields) });
    if (count === 0) return fail("gone");
    await audit(tx, { organizerId, action: "company.edit", subjectType: "company", subjectId: id, details: { kind: fields.kind } });
    return ok();
  });
}

/** A duplicate: its projects go to `intoId`, and its page redirects there. */
export async function mergeCompany({ id, organizerId, intoId }: { id: string; organizerId: string; intoId: string }): Promise<Result<object, "gone">> {
  if (id === intoId) return fail("gone");
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id::text FROM company WHERE id IN (${id}::uuid, ${intoId}::uuid) AND merged_into_id IS NULL FOR UPDATE`;
    if (rows.length !== 2) return fail("gone");
    const links = await tx.reportCompany.findMany({ where: { companyId: id }, select: { reportId: true } });
    await tx.reportCompany.createMany({ data: links.map((link) => ({ reportId: link.reportId, companyId: intoId })), skipDuplicates: true });
    await tx.reportCompany.deleteMany({ where: { companyId: id } });
    await tx.company.update({ where: { id }, data: { mergedIntoId: intoId } });
    await tx.company.updateMany({ where: { mergedIntoId: id }, data: { mergedIntoId: intoId } });
    await audit(tx, { organizerId, action: "company.merge", subjectType: "company", subjectId: id, details: { into: intoId, projectsMoved: links.length } });
    return ok();
  });
}
