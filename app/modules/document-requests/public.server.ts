// What the public sees of document requests: what was asked, when, where it stands, how late
// the commune is, and the documents organizers published. Never the requester, unless they
// agreed to be named.
import type { Prisma } from "~/generated/prisma/client";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { computeClock, parisToday, type RequestState } from "./clock";
import { datesSelect, requestDates } from "./request.server";
import { isUuid } from "~/utils/uuid";

/** How many requests a public list shows at most (the state is computed from today, in code). */
const LIST_LIMIT = 1000;

const publicSelect = {
  id: true,
  projectLabel: true,
  documents: true,
  showName: true,
  requesterName: true,
  confirmedAt: true,
  updatedAt: true,
  ...datesSelect,
  commune: { select: { name: true, slug: true, departmentCode: true } },
  template: { select: { slug: true, title: true } },
  report: { select: { id: true, title: true, slug: true, status: true } },
  legalAction: { select: { id: true, title: true, publishedAt: true } },
  campaign: { select: { id: true, title: true } },
  files: {
    where: { status: "PUBLISHED" },
    select: { id: true, fileName: true, contentType: true, size: true, reviewedAt: true },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.DocumentRequestSelect;

type PublicRow = Prisma.DocumentRequestGetPayload<{ select: typeof publicSelect }>;

function toPublic(row: PublicRow, today: string) {
  const { requesterName, showName, report, legalAction, ...rest } = row;
  return {
    ...rest,
    report: report && report.status === "PUBLISHED" && report.slug ? { id: report.id, title: report.title, slug: report.slug } : null,
    legalAction: legalAction?.publishedAt ? { id: legalAction.id, title: legalAction.title } : null,
    requester: showName && requesterName ? decrypt(requesterName) : null,
    clock: computeClock(requestDates(row), today),
  };
}

export type PublicRequest = ReturnType<typeof toPublic>;

/** Confirmed requests only: an unconfirmed one, or an untaken campaign item, is nobody's yet. */
const visible: Prisma.DocumentRequestWhereInput = { confirmedAt: { not: null } };

export async function listRequestsForCommune({ inseeCode, now = new Date() }: { inseeCode: string; now?: Date }) {
  const rows = await db().documentRequest.findMany({ where: { ...visible, inseeCode }, orderBy: { createdAt: "desc" }, take: 200, select: publicSelect });
  return rows.map((row) => toPublic(row, parisToday(now)));
}

/** The requests about one project (a published Report), for its page. */
export async function listRequestsForReport({ reportId, now = new Date() }: { reportId: string; now?: Date }) {
  if (!isUuid(reportId)) return [];
  const rows = await db().documentRequest.findMany({ where: { ...visible, reportId }, orderBy: { createdAt: "desc" }, take: 200, select: publicSelect });
  return rows.map((row) => toPublic(row, parisToday(now)));
}

/** The requests an organizer linked to a legal action (the refusals it contests), for its page. */
export async function listRequestsForLegalAction({ legalActionId, now = new Date() }: { legalActionId: string; now?: Date }) {
  if (!isUuid(legalActionId)) return [];
  const rows = await db().documentRequest.findMany({ where: { ...visible, legalActionId }, orderBy: { createdAt: "desc" }, take: 200, select: publicSelect });
  return rows.map((row) => toPublic(row, parisToday(now)));
}

/** One request's public page: what was asked, the clock, the documents, and its links. */
export async function getPublicRequest({ id, now = new Date() }: { id: string; now?: Date }) {
  if (!isUuid(id)) return null;
  const row = await db().documentRequest.findFirst({ where: { ...visible, id }, select: publicSelect });
  return row ? toPublic(row, parisToday(now)) : null;
}

export type RequestListFilter = { statut?: RequestState; departement?: string; modele?: string };

/** /demandes: filtered by state, department and template, with the overdue count per commune. */
export async function listPublicRequests({ filter = {}, now = new Date() }: { filter?: RequestListFilter; now?: Date } = {}) {
  const where: Prisma.DocumentRequestWhereInput = { ...visible };
  if (filter.departement) where.commune = { departmentCode: filter.departement.toUpperCase() };
  if (filter.modele) where.template = { slug: filter.modele };
  const rows = await db().documentRequest.findMany({ where, orderBy: { createdAt: "desc" }, take: LIST_LIMIT, select: publicSelect });
  const today = parisToday(now);
  const all = rows.map((row) => toPublic(row, today));
  const requests = filter.statut ? all.filter((request) => request.clock.state === filter.statut) : all;
  const overdue = new Map<string, { name: string; slug: string; departmentCode: string; count: number }>();
  for (const request of all) {
    if (request.clock.daysOverdue === 0 || request.clock.state === "COMMUNICATED") continue;
    const entry = overdue.get(request.commune.slug) ?? { ...request.commune, count: 0 };
    entry.count++;
    overdue.set(request.commune.slug, entry);
  }
  return { requests, overdueByCommune: [...overdue.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "fr")) };
}

/** The feed: the latest requests that changed (sent, answered, documents published). */
export async function latestRequestsForFeed({ take = 50, now = new Date() }: { take?: number; now?: Date } = {}) {
  const rows = await db().documentRequest.findMany({
    where: { ...visible, sentOn: { not: null } },
    orderBy: { updatedAt: "desc" },
    take,
    select: publicSelect,
  });
  return rows.map((row) => toPublic(row, parisToday(now)));
}

/** A document obtained through a request, if the public may see it (published) or `organizer` is set. */
export async function getRequestFile({ id, organizer = false }: { id: string; organizer?: boolean }) {
  if (!isUuid(id)) return null;
  const file = await db().documentRequestFile.findUnique({ where: { id }, select: { id: true, fileName: true, contentType: true, status: true } });
  if (!file || file.status === "DECLINED" || (!organizer && file.status !== "PUBLISHED")) return null;
  return file;
}
