import { randomUUID } from "node:crypto";
import type { Prisma, ProjectKind, ProjectStatus, ReportStatus } from "~/generated/prisma/client";
import { sourceLines, type ProjectFields, type ReportInput } from "./report-schema";
import { decrypt, encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import type { Tx } from "~/utils/jobs.server";
import { deleteDocuments, storeDocument, type DocumentType } from "~/utils/uploads.server";
import { audit } from "~/models/audit.server";
import { queueEmail } from "~/models/email-message.server";
import { uniqueProjectSlug } from "./slug.server";
import { fail, ok, type Result } from "~/utils/result";
import { isUuid } from "~/utils/uuid";
import { inTerritory, type Territory } from "~/modules/groups/territory.server";
import { newToken, hashToken } from "~/utils/tokens.server";

/**
 * What a report says about its project, as the moderation screen and every public page read it
 * (the reporter's credit is decrypted by each reader, and shown only if `mayCredit`).
 */
const projectContent = {
  kind: true,
  title: true,
  description: true,
  startedOn: true,
  actors: true,
  sources: true,
  mayCredit: true,
  creditName: true,
} satisfies Prisma.ReportSelect;

/** A project's documents, in the order they were added. */
const projectDocuments = {
  select: { id: true, fileName: true, contentType: true, size: true },
  orderBy: { createdAt: "asc" },
} satisfies Prisma.Report$documentsArgs;

/** Reports organizers still have to decide on. */
export const QUEUE_STATUSES: ReportStatus[] = ["PENDING"];
/** The only status the public site ever shows. */
export const PUBLIC_STATUS: ReportStatus = "PUBLISHED";
const DAY = 24 * 3600_000;

function projectData(fields: ProjectFields) {
  return {
    kind: fields.kind,
    title: fields.title,
    description: fields.description,
    startedOn: fields.startedOn || null,
    actors: fields.actors ?? "",
    sources: [...new Set(sourceLines(fields.sources))],
  };
}

/**
 * Records a report, its documents and the confirmation email in one transaction. The files are
 * not written to UPLOADS_DIR yet: their bytes wait in pending_upload (PostgreSQL) until the
 * reporter confirms, and go with the report if they never do. All unconfirmed files together
 * stay under PENDING_UPLOADS_MAX_MB (checked under a lock, so concurrent reports count right):
 * past it, "uploads-full" and nothing is recorded.
 */
export async function submitReport({
  inseeCode,
  input,
  documents,
  lang,
}: {
  inseeCode: string;
  input: ReportInput;
  documents: { fileName: string; bytes: Buffer; contentType: DocumentType }[];
  lang: Lang;
}): Promise<Result<{ id: string; title: string; commune: { name: string } }, "uploads-full">> {
  const token = newToken();
  const files = documents.map((document) => ({ ...document, id: randomUUID() }));
  const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
  return db().$transaction(async (tx) => {
    if (bytes > 0) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('pending-uploads'))`;
      const [{ total }] = await tx.$queryRaw<{ total: bigint }[]>`SELECT coalesce(sum(size), 0)::bigint AS total FROM pending_upload`;
      if (Number(total) + bytes > env().PENDING_UPLOADS_MAX_MB * 1024 * 1024) return fail("uploads-full");
    }
    const report = await tx.report.create({
      data: {
        inseeCode,
        ...projectData(input),
        reporterEmail: encrypt(input.email),
        mayCredit: input.mayCredit,
        creditName: input.mayCredit && input.creditName ? encrypt(input.creditName) : null,
        lang,
        tokenHash: hashToken(token),
        documents: {
          create: files.map((file) => ({
            id: file.id,
            fileName: file.fileName,
            contentType: file.contentType,
            size: file.bytes.length,
            pending: { create: { bytes: new Uint8Array(file.bytes), size: file.bytes.length } },
          })),
        },
      },
      select: { id: true, title: true, commune: { select: { name: true } } },
    });
    await queueEmail(tx, {
      key: `report-confirm/${report.id}`,
      template: "report-confirm",
      to: input.email,
      lang,
      props: { url: `${env().PUBLIC_URL}/signalement/${token}`, title: report.title, communeName: report.commune.name },
    });
    return ok(report);
  });
}

/**
 * The POST behind the emailed link: the report enters the moderation queue and its files move
 * from pending_upload to UPLOADS_DIR, in one transaction (a failed write leaves the report
 * unconfirmed, to confirm again). Twice is harmless.
 */
export async function confirmReport({ token }: { token: string }): Promise<Result<object, "unknown">> {
  const report = await db().report.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, status: true } });
  if (!report) return fail("unknown");
  await db().$transaction(async (tx) => {
    const { count } = await tx.report.updateMany({ where: { id: report.id, status: "UNCONFIRMED" }, data: { status: "PENDING", confirmedAt: new Date() } });
    if (count === 0) return;
    const pending = await tx.pendingUpload.findMany({ where: { document: { reportId: report.id } }, select: { documentId: true, bytes: true } });
    for (const file of pending) await storeDocument(file.documentId, Buffer.from(file.bytes), { replace: true });
    await tx.pendingUpload.deleteMany({ where: { documentId: { in: pending.map((file) => file.documentId) } } });
  });
  return ok();
}

export type QueueFilter = { ville?: string; type?: ProjectKind; age?: "week" | "older" | "month" };

/** The moderation queue, oldest first. */
export async function listModerationQueue(filter: QueueFilter = {}, now = new Date(), territory: Territory = null) {
  // A coordinator's queue (issue 25): their territory's reports only.
  const where: Prisma.ReportWhereInput = { status: { in: QUEUE_STATUSES }, AND: [inTerritory(territory)] };
  if (filter.type) where.kind = filter.type;
  if (filter.ville) where.commune = { OR: [{ name: { contains: filter.ville, mode: "insensitive" } }, { postcodes: { has: filter.ville } }] };
  const weekAgo = new Date(now.getTime() - 7 * DAY);
  if (filter.age === "week") where.confirmedAt = { gte: weekAgo };
  if (filter.age === "older") where.confirmedAt = { lt: weekAgo };
  if (filter.age === "month") where.confirmedAt = { lt: new Date(now.getTime() - 30 * DAY) };
  return db().report.findMany({
    where,
    orderBy: { confirmedAt: "asc" },
    take: 200,
    select: {
      id: true,
      title: true,
      kind: true,
      confirmedAt: true,
      commune: { select: { name: true, departmentCode: true } },
      _count: { select: { documents: true } },
    },
  });
}

/** One report as organizers see it, with the published projects of its commune it may duplicate. */
export async function getReportForModeration({ id }: { id: string }) {
  const report = await db().report.findUnique({
    where: { id },
    select: {
      id: true,
      ...projectContent,
      status: true,
      declineReason: true,
      takedownReason: true,
      confirmedAt: true,
      createdAt: true,
      inseeCode: true,
      commune: { select: { name: true, slug: true, departmentCode: true } },
      documents: projectDocuments,
    },
  });
  if (!report) return null;
  const candidates = await db().report.findMany({
    where: { inseeCode: report.inseeCode, status: PUBLIC_STATUS, id: { not: report.id } },
    orderBy: { publishedAt: "desc" },
    select: { id: true, title: true, kind: true },
  });
  const { creditName, ...rest } = report;
  return { ...rest, creditName: creditName ? decrypt(creditName) : null, candidates };
}

type Moderation = { id: string; organizerId: string };

/** "decided": the report is no longer in the queue (another organizer decided first, or it never was). */
type Decided = "decided";

export async function updateReport({ id, organizerId, fields }: Moderation & { fields: ProjectFields }): Promise<Result<object, Decided>> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.report.updateMany({ where: { id, status: { in: QUEUE_STATUSES } }, data: projectData(fields) });
    if (count === 0) return fail("decided");
    await audit(tx, { organizerId, action: "report.edit", subjectType: "report", subjectId: id, details: { kind: fields.kind } });
    return ok();
  });
}

/** Locks a queued report for a decision; null when someone else decided first. */
async function takeFromQueue(tx: Tx, id: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM report WHERE id = ${id}::uuid AND status = 'PENDING' FOR UPDATE`;
  if (!row) return null;
  return tx.report.findUniqueOrThrow({
    where: { id },
    select: { id: true, title: true, reporterEmail: true, lang: true, commune: { select: { name: true, slug: true } } },
  });
}

/** The reporter's address is no longer needed once they have been told the decision. */
const forgetReporter = { reporterEmail: null, tokenHash: null, moderatedAt: new Date() } as const;

async function tellReporter(
  tx: Tx,
  report: { id: string; title: string; reporterEmail: string | null; lang: Lang; commune: { name: string; slug: string } },
  outcome: "published" | "declined" | "merged",
  reason?: string,
) {
  if (!report.reporterEmail) return;
  await queueEmail(tx, {
    key: `report-moderated/${report.id}`,
    template: "report-moderated",
    to: decrypt(report.reporterEmail),
    lang: report.lang,
    props: { outcome, title: report.title, communeName: report.commune.name, url: `${env().PUBLIC_URL}/villes/${report.commune.slug}`, reason: reason ?? null },
  });
}

export async function publishReport({ id, organizerId, fields }: Moderation & { fields?: ProjectFields }): Promise<Result<{ communeSlug: string }, Decided>> {
  return db().$transaction(async (tx) => {
    const report = await takeFromQueue(tx, id);
    if (!report) return fail("decided");
    const data = fields ? projectData(fields) : {};
    const slug = await uniqueProjectSlug(tx, { id, title: fields?.title ?? report.title, communeName: report.commune.name });
    await tx.report.update({ where: { id }, data: { ...data, slug, status: "PUBLISHED", publishedAt: new Date(), ...forgetReporter } });
    await audit(tx, { organizerId, action: "report.publish", subjectType: "report", subjectId: id, details: fields ? { edited: true } : {} });
    await tellReporter(tx, { ...report, title: fields?.title ?? report.title }, "published");
    return ok({ communeSlug: report.commune.slug });
  });
}

/** Declined: the reporter gets the reason; the documents are deleted (they will never be shown). */
export async function declineReport({ id, organizerId, reason }: Moderation & { reason: string }): Promise<Result<object, Decided>> {
  const result = await db().$transaction(async (tx) => {
    const report = await takeFromQueue(tx, id);
    if (!report) return { ok: false as const, documentIds: [] };
    const documents = await tx.reportDocument.findMany({ where: { reportId: id }, select: { id: true } });
    await tx.reportDocument.deleteMany({ where: { reportId: id } });
    await tx.report.update({ where: { id }, data: { status: "DECLINED", declineReason: reason, ...forgetReporter } });
    await audit(tx, { organizerId, action: "report.decline", subjectType: "report", subjectId: id, details: { documentsDeleted: documents.length } });
    await tellReporter(tx, report, "declined", reason);
    return { ok: true as const, documentIds: documents.map((document) => document.id) };
  });
  await deleteDocuments(result.documentIds);
  return result.ok ? ok() : fail("decided");
}

/**
 * Takedown (issue 13): a published report leaves every public page and feed (they list
 * PUBLISHED only) and its documents are deleted; the reason is kept and audited.
 */
export async function takeDownReport({ id, organizerId, reason }: Moderation & { reason: string }): Promise<Result<object, "not-published">> {
  const result = await db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM report WHERE id = ${id}::uuid AND status = 'PUBLISHED' FOR UPDATE`;
    if (!row) return { ok: false as const, documentIds: [] };
    const documents = await tx.reportDocument.findMany({ where: { reportId: id }, select: { id: true } });
    await tx.reportDocument.deleteMany({ where: { reportId: id } });
    await tx.report.update({
      where: { id },
      data: { status: "TAKEN_DOWN", takedownReason: reason, takenDownAt: new Date(), creditName: null, mayCredit: false },
    });
    await audit(tx, { organizerId, action: "report.takedown", subjectType: "report", subjectId: id, details: { documentsDeleted: documents.length } });
    return { ok: true as const, documentIds: documents.map((document) => document.id) };
  });
  await deleteDocuments(result.documentIds);
  return result.ok ? ok() : fail("not-published");
}

/** A duplicate of a published project: its new sources and its documents go to that project. */
export async function mergeReport({ id, organizerId, intoId }: Moderation & { intoId: string }): Promise<Result<object, Decided | "no-target">> {
  return db().$transaction(async (tx) => {
    const report = await takeFromQueue(tx, id);
    if (!report) return fail("decided");
    const [source, target] = await Promise.all([
      tx.report.findUniqueOrThrow({ where: { id }, select: { sources: true, inseeCode: true } }),
      tx.report.findFirst({ where: { id: intoId, status: PUBLIC_STATUS }, select: { id: true, sources: true, inseeCode: true, title: true } }),
    ]);
    if (!target || target.inseeCode !== source.inseeCode) return fail("no-target");
    const added = source.sources.filter((url) => !target.sources.includes(url));
    await tx.report.update({ where: { id: target.id }, data: { sources: [...target.sources, ...added] } });
    const moved = await tx.reportDocument.updateMany({ where: { reportId: id }, data: { reportId: target.id } });
    await tx.report.update({ where: { id }, data: { status: "MERGED", mergedIntoId: target.id, ...forgetReporter } });
    await audit(tx, {
      organizerId,
      action: "report.merge",
      subjectType: "report",
      subjectId: id,
      details: { into: target.id, sourcesAdded: added.length, documentsMoved: moved.count },
    });
    await tellReporter(tx, { ...report, title: target.title }, "merged");
    return ok();
  });
}

/** What any page shows of a published project: the one select the project page, the city dossier and open data build on. */
export const publicProject = {
  id: true,
  slug: true,
  ...projectContent,
  publishedAt: true,
  documents: projectDocuments,
} satisfies Prisma.ReportSelect;

function withCredit<T extends { mayCredit: boolean; creditName: string | null }>({ mayCredit, creditName, ...rest }: T) {
  return { ...rest, credit: mayCredit && creditName ? decrypt(creditName) : null };
}

/** A commune's dossier: its published projects, by kind then most recent first. */
export async function getCommuneDossier({ inseeCode }: { inseeCode: string }) {
  const rows = await db().report.findMany({
    where: { inseeCode, status: PUBLIC_STATUS },
    orderBy: [{ kind: "asc" }, { publishedAt: "desc" }],
    select: publicProject,
  });
  return rows.map(withCredit);
}

/**
 * Published projects with the filters of the public pages (the national list, the map and its
 * table, open data): the one place a filter of those pages becomes a query.
 */
export function publishedProjectsWhere({
  kind,
  projectStatus,
  departmentCode,
}: {
  kind?: ProjectKind;
  projectStatus?: ProjectStatus;
  departmentCode?: string;
}) {
  return {
    status: PUBLIC_STATUS,
    ...(kind ? { kind } : {}),
    ...(projectStatus ? { projectStatus } : {}),
    ...(departmentCode ? { commune: { departmentCode: departmentCode.toUpperCase() } } : {}),
  } satisfies Prisma.ReportWhereInput;
}

/** The national list, filterable by kind and department. */
export async function listPublishedProjects({ kind, departmentCode }: { kind?: ProjectKind; departmentCode?: string }) {
  return db().report.findMany({
    where: publishedProjectsWhere({ kind, departmentCode }),
    orderBy: { publishedAt: "desc" },
    take: 500,
    select: {
      id: true,
      slug: true,
      kind: true,
      title: true,
      publishedAt: true,
      commune: { select: { name: true, slug: true, departmentCode: true } },
      _count: { select: { documents: true } },
    },
  });
}

/** The communes with the most published projects. */
export async function topDocumentedCommunes({ take = 10 }: { take?: number } = {}) {
  const groups = await db().report.groupBy({
    by: ["inseeCode"],
    where: { status: PUBLIC_STATUS },
    _count: { _all: true },
    orderBy: [{ _count: { inseeCode: "desc" } }, { inseeCode: "asc" }],
    take,
  });
  const communes = await db().commune.findMany({
    where: { inseeCode: { in: groups.map((group) => group.inseeCode) } },
    select: { inseeCode: true, name: true, slug: true, departmentCode: true },
  });
  return groups.flatMap((group) => {
    const commune = communes.find((row) => row.inseeCode === group.inseeCode);
    return commune ? [{ ...commune, projects: group._count._all }] : [];
  });
}

/** The feed: the latest published projects. */
export function latestPublishedProjects({ take = 50 }: { take?: number } = {}) {
  return db().report.findMany({
    where: { status: PUBLIC_STATUS },
    orderBy: { publishedAt: "desc" },
    take,
    select: { id: true, slug: true, kind: true, title: true, description: true, publishedAt: true, commune: { select: { name: true, slug: true } } },
  });
}

/** A document, if the public may see it (its project is published) or `organizer` is set. */
export async function getDocument({ id, organizer = false }: { id: string; organizer?: boolean }) {
  if (!isUuid(id)) return null;
  const document = await db().reportDocument.findUnique({
    where: { id },
    select: { id: true, fileName: true, contentType: true, report: { select: { status: true } } },
  });
  if (!document || (!organizer && document.report.status !== PUBLIC_STATUS)) return null;
  return document;
}
