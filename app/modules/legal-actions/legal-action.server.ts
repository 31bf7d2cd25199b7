// Legal actions (recours) and their dated updates: written by organizers in /admin, public
// once published. Every change is audited in its own transaction.
import type { LegalActionStatus, Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { parseDocuments, type LegalActionInput } from "~/modules/legal-actions/schema";
import { audit } from "~/models/audit.server";
import { syncHearingEvents } from "~/modules/calendar/campaign-dates.server";
import { fromParisLocal } from "~/utils/paris-time";
import { fail, ok, type Result } from "~/utils/result";
import { isUuid } from "~/utils/uuid";
import { searchKey } from "~/utils/text";
import { formatDate } from "~/utils/dates";
import type { MessageKey } from "~/locales/fr";

export type LegalDocument = { label: string; url: string };

function documentsOf(value: Prisma.JsonValue): LegalDocument[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) =>
    entry && typeof entry === "object" && !Array.isArray(entry) && typeof entry.label === "string" && typeof entry.url === "string"
      ? [{ label: entry.label, url: entry.url }]
      : [],
  );
}

/**
 * The communes and the project an organizer's form names, resolved: INSEE codes, and a field
 * error for communes not found or a project that is not (or no longer) published.
 */
export async function resolveReferences(input: LegalActionInput) {
  const { inseeCodes, unknown } = await resolveCommunes(input.communes);
  const fieldErrors: Partial<Record<keyof LegalActionInput, MessageKey[]>> = {};
  if (unknown.length) fieldErrors.communes = ["legalActions.errors.communesUnknown"];
  if (input.reportId && (await db().report.count({ where: { id: input.reportId, status: "PUBLISHED" } })) === 0)
    fieldErrors.reportId = ["legalActions.errors.report"];
  return { inseeCodes, fieldErrors };
}

/** "nice, 13055" → INSEE codes; unknown entries are returned apart so the form can say which. */
export async function resolveCommunes(text: string) {
  const entries = text
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return { inseeCodes: [] as string[], unknown: [] as string[] };
  // Names as organizers write them ("Saint-Étienne", "saint etienne"), or slugs, or INSEE codes.
  const keys = entries.map((entry) => searchKey(entry));
  const found = await db().commune.findMany({
    where: {
      OR: [{ inseeCode: { in: entries.map((e) => e.toUpperCase()) } }, { slug: { in: entries.map((e) => e.toLowerCase()) } }, { searchName: { in: keys } }],
    },
    select: { inseeCode: true, slug: true, searchName: true },
  });
  const inseeCodes: string[] = [];
  const unknown: string[] = [];
  for (const [index, entry] of entries.entries()) {
    const exact = found.find((c) => c.inseeCode === entry.toUpperCase() || c.slug === entry.toLowerCase());
    const named = found.filter((c) => c.searchName === keys[index]);
    // A name shared by several communes (Saint-Denis) is not guessed: the hint asks for the code.
    const commune = exact ?? (named.length === 1 ? named[0] : undefined);
    if (commune) inseeCodes.push(commune.inseeCode);
    else unknown.push(entry);
  }
  return { inseeCodes: [...new Set(inseeCodes)], unknown };
}

function fields(input: LegalActionInput, inseeCodes: string[]) {
  return {
    title: input.title,
    inseeCodes,
    project: input.project,
    reportId: input.reportId ?? null,
    court: input.court,
    filedOn: new Date(`${input.filedOn}T00:00:00Z`),
    status: input.status,
    summary: input.summary,
    documents: parseDocuments(input.documents) ?? [],
  };
}

export async function createLegalAction({ input, inseeCodes, organizerId }: { input: LegalActionInput; inseeCodes: string[]; organizerId: string }) {
  return db().$transaction(async (tx) => {
    const action = await tx.legalAction.create({ data: fields(input, inseeCodes), select: { id: true } });
    await audit(tx, { organizerId, action: "legal-action.create", subjectType: "legal_action", subjectId: action.id, details: { title: input.title } });
    return action;
  });
}

export async function editLegalAction({
  id,
  input,
  inseeCodes,
  organizerId,
}: {
  id: string;
  input: LegalActionInput;
  inseeCodes: string[];
  organizerId: string;
}): Promise<Result<{ id: string }, "unknown">> {
  return db().$transaction(async (tx) => {
    const before = await tx.legalAction.findUnique({ where: { id }, select: { status: true, title: true } });
    if (!before) return fail("unknown");
    await tx.legalAction.update({ where: { id }, data: fields(input, inseeCodes) });
    await audit(tx, {
      organizerId,
      action: "legal-action.edit",
      subjectType: "legal_action",
      subjectId: id,
      details: { title: input.title, ...(before.status !== input.status ? { status: { from: before.status, to: input.status } } : {}) },
    });
    return ok({ id });
  });
}

/** Publishing makes the action and its updates so far public; the next digest carries them. */
export async function publishLegalAction({ id, organizerId }: { id: string; organizerId: string }): Promise<Result<object, "unknown-or-published">> {
  return db().$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.legalAction.updateMany({ where: { id, publishedAt: null }, data: { publishedAt: now } });
    if (count === 0) return fail("unknown-or-published");
    await tx.legalActionUpdate.updateMany({ where: { legalActionId: id, publishedAt: null }, data: { publishedAt: now } });
    await audit(tx, { organizerId, action: "legal-action.publish", subjectType: "legal_action", subjectId: id });
    await syncHearingEvents(tx, { legalActionId: id, organizerId, now });
    return ok();
  });
}

/** A dated development; public at once when its action is published. */
export async function addLegalActionUpdate({
  legalActionId,
  happenedOn,
  text,
  hearingAt,
  hearingPlace,
  organizerId,
}: {
  legalActionId: string;
  happenedOn: string;
  text: string;
  /** A hearing's Paris wall-clock minute ("2027-02-03T14:00") and place: a public event once published. */
  hearingAt?: string;
  hearingPlace?: string;
  organizerId: string;
}): Promise<Result<{ id: string }, "unknown">> {
  return db().$transaction(async (tx) => {
    const action = await tx.legalAction.findUnique({ where: { id: legalActionId }, select: { publishedAt: true } });
    if (!action) return fail("unknown");
    const update = await tx.legalActionUpdate.create({
      data: {
        legalActionId,
        happenedOn: new Date(`${happenedOn}T00:00:00Z`),
        text,
        hearingAt: hearingAt ? fromParisLocal(hearingAt) : null,
        hearingPlace: hearingAt ? (hearingPlace ?? null) : null,
        publishedAt: action.publishedAt ? new Date() : null,
      },
      select: { id: true },
    });
    await audit(tx, {
      organizerId,
      action: "legal-action.add-update",
      subjectType: "legal_action",
      subjectId: legalActionId,
      details: { updateId: update.id, happenedOn, ...(hearingAt ? { hearingAt } : {}) },
    });
    if (hearingAt && action.publishedAt) await syncHearingEvents(tx, { legalActionId, organizerId });
    return ok({ id: update.id });
  });
}

export async function listLegalActionsForAdmin() {
  return db().legalAction.findMany({
    orderBy: [{ filedOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, title: true, status: true, filedOn: true, publishedAt: true, _count: { select: { updates: true } } },
  });
}

export async function getLegalActionForAdmin({ id }: { id: string }) {
  const action = await db().legalAction.findUnique({
    where: { id },
    include: { updates: { orderBy: [{ happenedOn: "desc" }, { createdAt: "desc" }] } },
  });
  if (!action) return null;
  const communes = await db().commune.findMany({ where: { inseeCode: { in: action.inseeCodes } }, select: { slug: true } });
  return { ...action, documents: documentsOf(action.documents), communeSlugs: communes.map((c) => c.slug) };
}

const publicSelect = {
  id: true,
  title: true,
  inseeCodes: true,
  project: true,
  court: true,
  filedOn: true,
  status: true,
  summary: true,
  publishedAt: true,
  updatedAt: true,
} as const;

async function withCommunes<T extends { inseeCodes: string[] }>(actions: T[]) {
  const codes = [...new Set(actions.flatMap((a) => a.inseeCodes))];
  const communes = codes.length
    ? await db().commune.findMany({ where: { inseeCode: { in: codes } }, select: { inseeCode: true, name: true, slug: true } })
    : [];
  const byCode = new Map(communes.map((c) => [c.inseeCode, c]));
  return actions.map((action) => ({
    ...action,
    communes: action.inseeCodes.flatMap((code) => (byCode.has(code) ? [{ name: byCode.get(code)!.name, slug: byCode.get(code)!.slug }] : [])),
  }));
}

/** The public list, newest filing first; filters by status and by commune. */
export async function listPublicLegalActions({ status, inseeCode }: { status?: LegalActionStatus; inseeCode?: string } = {}) {
  const actions = await db().legalAction.findMany({
    where: { publishedAt: { not: null }, ...(status ? { status } : {}), ...(inseeCode ? { inseeCodes: { has: inseeCode } } : {}) },
    orderBy: [{ filedOn: "desc" }, { publishedAt: "desc" }],
    select: publicSelect,
  });
  return withCommunes(actions);
}

export async function getPublicLegalAction({ id }: { id: string }) {
  if (!isUuid(id)) return null;
  const action = await db().legalAction.findFirst({
    where: { id, publishedAt: { not: null } },
    select: {
      ...publicSelect,
      report: { select: { slug: true, status: true, title: true } },
      documents: true,
      updates: {
        where: { publishedAt: { not: null } },
        orderBy: [{ happenedOn: "desc" }, { createdAt: "desc" }],
        select: { id: true, happenedOn: true, text: true },
      },
    },
  });
  if (!action) return null;
  const { report, ...rest } = action;
  const [withNames] = await withCommunes([rest]);
  // A project taken down or merged since is no longer linked to.
  const linked = report?.status === "PUBLISHED" && report.slug ? { slug: report.slug, title: report.title } : null;
  return { ...withNames, documents: documentsOf(action.documents), linkedProject: linked };
}

/** The start of a text, on one line, for a title. */
const excerpt = (text: string, max: number) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
};

/** The feed: the latest published actions and updates, newest first. */
export async function legalActionFeed({ take = 50 }: { take?: number } = {}) {
  const [actions, updates] = await Promise.all([
    db().legalAction.findMany({
      where: { publishedAt: { not: null } },
      orderBy: { publishedAt: "desc" },
      take,
      select: { id: true, title: true, summary: true, court: true, publishedAt: true, updatedAt: true },
    }),
    db().legalActionUpdate.findMany({
      where: { publishedAt: { not: null }, legalAction: { publishedAt: { not: null } } },
      orderBy: { publishedAt: "desc" },
      take,
      select: { id: true, text: true, happenedOn: true, publishedAt: true, legalAction: { select: { id: true, title: true } } },
    }),
  ]);
  // `date` orders the feed (publication); `updated` is the entry's own time: an action's
  // publication, an update's day (updates written before their action was published share its
  // publication instant, which said nothing of when each happened). An update's title is its own.
  const entries = [
    ...actions.map((a) => ({ id: `action-${a.id}`, actionId: a.id, title: a.title, text: a.summary, date: a.publishedAt!, updated: a.publishedAt! })),
    ...updates.map((u) => ({
      id: `update-${u.id}`,
      actionId: u.legalAction.id,
      title: `${u.legalAction.title} — ${formatDate("fr", u.happenedOn)}\u00a0: ${excerpt(u.text, 120)}`,
      text: u.text,
      date: u.publishedAt!,
      updated: u.happenedOn,
      happenedOn: u.happenedOn,
    })),
  ];
  return entries.sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, take);
}
