// Territorial rights on the existing organizer pages (issue 25): what a coordinator's page asks
// before it reads or changes a record, and what the admin layout says of their territory. The
// rule itself ("may this organizer act on this commune?") is app/modules/groups/territory.server.ts;
// this file only finds a record's commune and asks it.
import { isNational, mayActOnCommune, requireCommune, type Actor } from "~/modules/groups/territory.server";
import { db } from "~/utils/db.server";
import { isUuid } from "~/utils/uuid";

/** The records the territorial pages work on, each with its commune. */
export type TerritorialRecord = "petition" | "report" | "reportDocument" | "request" | "requestFile" | "volunteer";

const communeOf: Record<TerritorialRecord, (id: string) => Promise<{ inseeCode: string } | null>> = {
  petition: (id) => db().petition.findUnique({ where: { id }, select: { inseeCode: true } }),
  // A project is a published report: same table, same commune.
  report: (id) => db().report.findUnique({ where: { id }, select: { inseeCode: true } }),
  reportDocument: async (id) => (await db().reportDocument.findUnique({ where: { id }, select: { report: { select: { inseeCode: true } } } }))?.report ?? null,
  request: (id) => db().documentRequest.findUnique({ where: { id }, select: { inseeCode: true } }),
  requestFile: async (id) =>
    (await db().documentRequestFile.findUnique({ where: { id }, select: { request: { select: { inseeCode: true } } } }))?.request ?? null,
  volunteer: (id) => db().volunteer.findUnique({ where: { id }, select: { inseeCode: true } }),
};

/**
 * Call before anything reads or changes the record. A national organizer passes without a query
 * (the page's own checks follow); a coordinator gets a 404 for an unknown record and a 403,
 * recorded in the audit log, for a record of a commune outside their territory.
 */
export async function requireRecord(actor: Actor, type: TerritorialRecord, id: unknown, action: string) {
  if (isNational(actor)) return;
  const record = typeof id === "string" && isUuid(id) ? await communeOf[type](id) : null;
  if (!record) throw new Response("Not found", { status: 404 });
  await requireCommune(actor, record.inseeCode, { type, id: id as string, action });
}

/**
 * Whether an organizer is served this record as organizers are, by the pages outside /admin that
 * serve them more than visitors (a document before it is published): a coordinator only in their
 * territory, and as a visitor elsewhere.
 */
export async function servesAsOrganizer(actor: Actor, type: TerritorialRecord, id: unknown) {
  if (isNational(actor)) return true;
  const record = typeof id === "string" && isUuid(id) ? await communeOf[type](id) : null;
  return record !== null && (await mayActOnCommune(actor, record.inseeCode));
}

/** For the admin layout: a coordinator's groups and what they cover (null for a national organizer). */
export async function coordinatorSummary(actor: Actor) {
  if (isNational(actor)) return null;
  const groups = await db().localGroup.findMany({
    where: { coordinators: { some: { organizerId: actor.id } } },
    orderBy: { name: "asc" },
    select: {
      name: true,
      territories: { select: { departmentCode: true, commune: { select: { name: true } } } },
    },
  });
  return groups.map((group) => ({
    name: group.name,
    communes: group.territories.flatMap((piece) => (piece.commune ? [piece.commune.name] : [])).sort((a, b) => a.localeCompare(b, "fr")),
    departments: group.territories.flatMap((piece) => (piece.departmentCode ? [piece.departmentCode] : [])).sort(),
  }));
}
