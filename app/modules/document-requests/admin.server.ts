// Organizers' side of document requests: templates, campaigns, the review of documents received,
// the queue of overdue requests and the CSV export. Every decision is audited.
import type { CampaignInput, TemplateInput } from "./schema";
import { lines } from "./schema";
import { db } from "~/utils/db.server";
import { deleteDocuments } from "~/utils/uploads.server";
import { audit } from "~/models/audit.server";
import { COURT_STATES, computeClock, parisToday } from "./clock";
import { datesSelect, requestDates } from "./request.server";
import { fail, ok, type Result } from "~/utils/result";
import { isUuid } from "~/utils/uuid";
import { inTerritory, type Territory } from "~/modules/groups/territory.server";

// --- templates

export function listTemplates() {
  return db().documentRequestTemplate.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, slug: true, title: true, active: true, needsProject: true, _count: { select: { requests: true } } },
  });
}

export function getTemplate({ id }: { id: string }) {
  if (!isUuid(id)) return null;
  return db().documentRequestTemplate.findUnique({ where: { id } });
}

const templateData = (input: TemplateInput) => ({
  title: input.title,
  slug: input.slug,
  subject: input.subject,
  body: input.body.replace(/\r\n/g, "\n"),
  documents: lines(input.documents),
  needsProject: input.needsProject,
  active: input.active,
});

/** Creates (no id) or updates a template; a slug already taken is refused. */
export async function saveTemplate({ id, input, organizerId }: { id: string | null; input: TemplateInput; organizerId: string }) {
  const taken = await db().documentRequestTemplate.findFirst({ where: { slug: input.slug, ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
  if (taken) return { ok: false as const, error: "slug" as const };
  return db().$transaction(async (tx) => {
    const template = id
      ? await tx.documentRequestTemplate.update({ where: { id }, data: templateData(input), select: { id: true } })
      : await tx.documentRequestTemplate.create({ data: templateData(input), select: { id: true } });
    await audit(tx, {
      organizerId,
      action: id ? "request-template.edit" : "request-template.create",
      subjectType: "request-template",
      subjectId: template.id,
      details: { slug: input.slug, active: input.active },
    });
    return { ok: true as const, id: template.id };
  });
}

// --- campaigns

/** One template for every commune of a department above a population: each an item to be taken. */
export async function launchCampaign({ input, organizerId }: { input: CampaignInput; organizerId: string }) {
  const template = await db().documentRequestTemplate.findFirst({
    where: { id: input.templateId, active: true },
    select: { id: true, documents: true, needsProject: true },
  });
  if (!template) return { ok: false as const, error: "template" as const };
  if (template.needsProject && !input.projectLabel) return { ok: false as const, error: "project" as const };
  const communes = await db().commune.findMany({
    where: { departmentCode: input.departmentCode, population: { gte: input.minPopulation } },
    select: { inseeCode: true },
    orderBy: { population: "desc" },
    take: 500,
  });
  if (communes.length === 0) return { ok: false as const, error: "none" as const };
  return db().$transaction(async (tx) => {
    const campaign = await tx.documentRequestCampaign.create({
      data: { title: input.title, templateId: template.id, departmentCode: input.departmentCode, minPopulation: input.minPopulation },
      select: { id: true },
    });
    await tx.documentRequest.createMany({
      data: communes.map((commune) => ({
        inseeCode: commune.inseeCode,
        templateId: template.id,
        campaignId: campaign.id,
        projectLabel: input.projectLabel ?? "",
        documents: template.documents,
      })),
    });
    await audit(tx, {
      organizerId,
      action: "request-campaign.launch",
      subjectType: "request-campaign",
      subjectId: campaign.id,
      details: { department: input.departmentCode, minPopulation: input.minPopulation, communes: communes.length },
    });
    return { ok: true as const, id: campaign.id, communes: communes.length };
  });
}

export function listCampaigns() {
  return db().documentRequestCampaign.findMany({
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, title: true, departmentCode: true, createdAt: true, _count: { select: { requests: true } } },
  });
}

/** A campaign's page: its items and its progress. */
export async function getCampaign({ id, now = new Date() }: { id: string; now?: Date }) {
  if (!isUuid(id)) return null;
  const campaign = await db().documentRequestCampaign.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      departmentCode: true,
      minPopulation: true,
      template: { select: { title: true } },
      requests: {
        orderBy: { commune: { population: "desc" } },
        select: { id: true, takenAt: true, confirmedAt: true, ...datesSelect, commune: { select: { name: true, slug: true, population: true } } },
      },
    },
  });
  if (!campaign) return null;
  const today = parisToday(now);
  const dayAgo = new Date(now.getTime() - 24 * 3600_000);
  const items = campaign.requests.map((request) => {
    const clock = computeClock(requestDates(request), today);
    const taken = request.confirmedAt !== null || (request.takenAt !== null && request.takenAt > dayAgo);
    return { id: request.id, commune: request.commune, taken, state: taken ? clock.state : null };
  });
  const count = (test: (item: (typeof items)[number]) => boolean) => items.filter(test).length;
  const progress = {
    items: items.length,
    taken: count((item) => item.taken),
    sent: count((item) => item.state !== null && item.state !== "TO_SEND"),
    answered: count((item) => item.state === "ANSWERED" || item.state === "PARTLY_ANSWERED" || item.state === "COMMUNICATED"),
    refused: count((item) => item.state === "REFUSED" || item.state === "IMPLICITLY_REFUSED" || item.state === "REFUSAL_CONFIRMED"),
    referred: count((item) => item.state === "REFERRED" || item.state === "CADA_OPINION"),
  };
  return { id: campaign.id, title: campaign.title, departmentCode: campaign.departmentCode, templateTitle: campaign.template.title, items, progress };
}

/** One campaign item for the "I'll send this one" page; null once taken. */
export async function getCampaignItem({ campaignId, itemId, now = new Date() }: { campaignId: string; itemId: string; now?: Date }) {
  if (!isUuid(itemId) || !isUuid(campaignId)) return null;
  const item = await db().documentRequest.findFirst({
    where: { id: itemId, campaignId, confirmedAt: null, OR: [{ takenAt: null }, { takenAt: { lt: new Date(now.getTime() - 24 * 3600_000) } }] },
    select: {
      id: true,
      projectLabel: true,
      documents: true,
      commune: { select: { name: true, slug: true } },
      campaign: { select: { title: true } },
      template: { select: { title: true } },
    },
  });
  return item;
}

// --- review of documents received

/** `territory`: a coordinator's (issue 25); null, everywhere. */
export function listFilesToReview(territory: Territory = null) {
  return db().documentRequestFile.findMany({
    where: { status: "PENDING", request: { confirmedAt: { not: null }, ...inTerritory(territory) } },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      id: true,
      fileName: true,
      contentType: true,
      size: true,
      createdAt: true,
      request: { select: { id: true, projectLabel: true, commune: { select: { name: true, slug: true } }, template: { select: { title: true } } } },
    },
  });
}

/** Publish (joins the city's dossier) or decline (deleted) a document; "decided" if already decided. */
export async function reviewFile({
  fileId,
  decision,
  organizerId,
  now = new Date(),
}: {
  fileId: string;
  decision: "publish" | "decline";
  organizerId: string;
  now?: Date;
}): Promise<Result<object, "decided">> {
  const result = await db().$transaction(async (tx) => {
    const { count } = await tx.documentRequestFile.updateMany({
      where: { id: fileId, status: "PENDING" },
      data: { status: decision === "publish" ? "PUBLISHED" : "DECLINED", reviewedAt: now },
    });
    if (count === 0) return fail("decided");
    await audit(tx, { organizerId, action: `request-file.${decision}`, subjectType: "request-file", subjectId: fileId });
    return ok();
  });
  // A declined document is never shown: its bytes go.
  if (result.ok && decision === "decline") await deleteDocuments([fileId]);
  return result;
}

// --- queue and export

/** Requests whose commune is late, the latest first: what organizers may chase. */
export async function listOverdueRequests({ now = new Date(), territory = null }: { now?: Date; territory?: Territory } = {}) {
  const rows = await db().documentRequest.findMany({
    where: { confirmedAt: { not: null }, sentOn: { not: null }, answeredOn: null, outcome: null, courtOn: null, ...inTerritory(territory) },
    orderBy: { sentOn: "asc" },
    take: 1000,
    select: {
      id: true,
      projectLabel: true,
      ...datesSelect,
      commune: { select: { name: true, slug: true, departmentCode: true } },
      template: { select: { title: true } },
    },
  });
  const today = parisToday(now);
  return rows
    .map((row) => ({ ...row, clock: computeClock(requestDates(row), today) }))
    .filter((row) => row.clock.daysOverdue > 0)
    .sort((a, b) => b.clock.daysOverdue - a.clock.daysOverdue);
}

/** Every confirmed request, for the CSV export (no personal data: the requester is not in it). */
export async function exportRequests({ now = new Date(), territory = null }: { now?: Date; territory?: Territory } = {}) {
  const rows = await db().documentRequest.findMany({
    where: { confirmedAt: { not: null }, ...inTerritory(territory) },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      createdAt: true,
      projectLabel: true,
      documents: true,
      ...datesSelect,
      commune: { select: { inseeCode: true, name: true, departmentCode: true } },
      template: { select: { slug: true } },
      campaign: { select: { title: true } },
      _count: { select: { files: true } },
    },
  });
  const today = parisToday(now);
  return rows.map((row) => ({ ...row, clock: computeClock(requestDates(row), today) }));
}

// --- one request, from the organizers' side

/** The latest confirmed requests, for the organizers' list (no requester identity). */
export async function listLatestRequests({ take = 100, now = new Date(), territory = null }: { take?: number; now?: Date; territory?: Territory } = {}) {
  const rows = await db().documentRequest.findMany({
    where: { confirmedAt: { not: null }, ...inTerritory(territory) },
    orderBy: { updatedAt: "desc" },
    take,
    select: { id: true, projectLabel: true, ...datesSelect, commune: { select: { name: true, departmentCode: true } }, template: { select: { title: true } } },
  });
  const today = parisToday(now);
  return rows.map((row) => ({ ...row, clock: computeClock(requestDates(row), today) }));
}

/**
 * One request for an organizer: its steps, its documents, its links, and what it may be linked
 * to (the commune's published projects, the legal actions). Not the requester's identity: an
 * organizer records the commune's answers, they do not need to know who asked.
 */
export async function getRequestForOrganizer({ id, now = new Date() }: { id: string; now?: Date }) {
  if (!isUuid(id)) return null;
  const row = await db().documentRequest.findFirst({
    where: { id, confirmedAt: { not: null } },
    select: {
      id: true,
      inseeCode: true,
      projectLabel: true,
      documents: true,
      remindersStoppedAt: true,
      ...datesSelect,
      commune: { select: { name: true, slug: true, departmentCode: true } },
      template: { select: { title: true } },
      report: { select: { id: true, title: true, slug: true } },
      legalAction: { select: { id: true, title: true } },
      campaign: { select: { id: true, title: true } },
      files: { select: { id: true, fileName: true, status: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!row) return null;
  const today = parisToday(now);
  const [projects, legalActions] = await Promise.all([
    db().report.findMany({ where: { inseeCode: row.inseeCode, status: "PUBLISHED" }, orderBy: { title: "asc" }, take: 200, select: { id: true, title: true } }),
    db().legalAction.findMany({
      where: { OR: [{ inseeCodes: { has: row.inseeCode } }, { inseeCodes: { isEmpty: true } }, ...(row.legalAction ? [{ id: row.legalAction.id }] : [])] },
      orderBy: { filedOn: "desc" },
      take: 200,
      select: { id: true, title: true },
    }),
  ]);
  return { ...row, dates: requestDates(row), clock: computeClock(requestDates(row), today), today, projects, legalActions };
}

export type LinkResult =
  { ok: true } | { ok: false; error: "documentRequests.errors.unknown" | "admin.requests.errors.project" | "admin.requests.errors.legalAction" };

/**
 * Links a request to a published project of its commune and to a legal action (or unlinks
 * them, with null). Audited.
 */
export async function linkRequest({
  requestId,
  reportId,
  legalActionId,
  organizerId,
}: {
  requestId: string;
  reportId: string | null;
  legalActionId: string | null;
  organizerId: string;
}): Promise<LinkResult> {
  const request = await db().documentRequest.findFirst({ where: { id: requestId, confirmedAt: { not: null } }, select: { id: true, inseeCode: true } });
  if (!request) return { ok: false, error: "documentRequests.errors.unknown" };
  if (reportId) {
    const project = await db().report.findFirst({ where: { id: reportId, inseeCode: request.inseeCode, status: "PUBLISHED" }, select: { id: true } });
    if (!project) return { ok: false, error: "admin.requests.errors.project" };
  }
  if (legalActionId) {
    const action = await db().legalAction.findUnique({ where: { id: legalActionId }, select: { id: true } });
    if (!action) return { ok: false, error: "admin.requests.errors.legalAction" };
  }
  await db().$transaction(async (tx) => {
    await tx.documentRequest.update({ where: { id: request.id }, data: { reportId, legalActionId } });
    await audit(tx, { organizerId, action: "request.link", subjectType: "request", subjectId: request.id, details: { reportId, legalActionId } });
  });
  return { ok: true };
}

/**
 * Requests whose refusal the CADA procedure has confirmed and that are not in court yet (the
 * clock's COURT_STATES), the nearest court deadline first: the collective may offer help, and
 * link each to the legal action it becomes. No requester identity.
 */
export async function listCourtReadyRequests({ now = new Date(), territory = null }: { now?: Date; territory?: Territory } = {}) {
  const rows = await db().documentRequest.findMany({
    where: {
      confirmedAt: { not: null },
      referredOn: { not: null },
      courtOn: null,
      AND: [{ OR: [{ outcome: null }, { outcome: "REFUSED" }] }, inTerritory(territory)],
    },
    orderBy: { referredOn: "asc" },
    take: 1000,
    select: {
      id: true,
      projectLabel: true,
      opinionReference: true,
      ...datesSelect,
      commune: { select: { name: true, slug: true, departmentCode: true } },
      template: { select: { title: true } },
      legalAction: { select: { id: true, title: true } },
    },
  });
  const today = parisToday(now);
  return rows
    .map((row) => ({ ...row, clock: computeClock(requestDates(row), today) }))
    .filter((row) => COURT_STATES.includes(row.clock.state))
    .sort((a, b) => (a.clock.courtDeadline ?? "").localeCompare(b.clock.courtDeadline ?? ""));
}
