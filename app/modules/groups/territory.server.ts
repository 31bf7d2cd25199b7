// The one rule of territorial rights (issue 25): "may this organizer act on this commune?".
// National organizers and admins act everywhere; a coordinator acts on the communes of the groups
// they coordinate (a group's territory is communes and/or whole departments). Every organizer
// page that works on a commune's records asks here, and lists are filtered with `inTerritory`.
import type { OrganizerRole, Prisma } from "~/generated/prisma/client";
import { audit } from "~/models/audit.server";
import { db } from "~/utils/db.server";

export type Actor = { id: string; role: OrganizerRole };

/** null: national (every commune); otherwise what the coordinator's groups cover. */
export type Territory = { inseeCodes: string[]; departmentCodes: string[]; groupIds: string[] } | null;

export function isNational(actor: Actor) {
  return actor.role === "ADMIN" || actor.role === "ORGANIZER";
}

/** The territory an organizer may act on (one query for a coordinator, none for the others). */
export async function territoryOf(actor: Actor): Promise<Territory> {
  if (isNational(actor)) return null;
  const rows = await db().groupTerritory.findMany({
    where: { group: { coordinators: { some: { organizerId: actor.id } } } },
    select: { inseeCode: true, departmentCode: true, groupId: true },
  });
  return {
    inseeCodes: [...new Set(rows.flatMap((row) => (row.inseeCode ? [row.inseeCode] : [])))],
    departmentCodes: [...new Set(rows.flatMap((row) => (row.departmentCode ? [row.departmentCode] : [])))],
    groupIds: [...new Set(rows.map((row) => row.groupId))],
  };
}

type CommuneFilter = { OR?: [{ inseeCode: { in: string[] } }, { commune: { departmentCode: { in: string[] } } }] };

/** A commune filter for records that have an `inseeCode` and a `commune` relation ({} when national). */
export function inTerritory(territory: Territory): CommuneFilter {
  if (territory === null) return {};
  return { OR: [{ inseeCode: { in: territory.inseeCodes } }, { commune: { departmentCode: { in: territory.departmentCodes } } }] };
}

/** The same filter on a commune itself. */
export function communesInTerritory(territory: Territory): Prisma.CommuneWhereInput {
  if (territory === null) return {};
  return { OR: [{ inseeCode: { in: territory.inseeCodes } }, { departmentCode: { in: territory.departmentCodes } }] };
}

export function territoryCovers(territory: Territory, commune: { inseeCode: string; departmentCode: string }) {
  return territory === null || territory.inseeCodes.includes(commune.inseeCode) || territory.departmentCodes.includes(commune.departmentCode);
}

/** May this organizer act on this commune's records? */
export async function mayActOnCommune(actor: Actor, inseeCode: string) {
  if (isNational(actor)) return true;
  const commune = await db().commune.findUnique({ where: { inseeCode }, select: { inseeCode: true, departmentCode: true } });
  return commune !== null && territoryCovers(await territoryOf(actor), commune);
}

/** May this organizer act on this group (its page, events, announcements, members' counts)? */
export async function mayActOnGroup(actor: Actor, groupId: string) {
  if (isNational(actor)) return true;
  return (await db().groupCoordinator.count({ where: { groupId, organizerId: actor.id } })) > 0;
}

/**
 * Throws a 403 (after recording the refusal in the audit log) unless the organizer may act on
 * the commune. `subject` names what was reached for ("petition", id).
 */
export async function requireCommune(actor: Actor, inseeCode: string, subject: { type: string; id: string; action: string }) {
  if (await mayActOnCommune(actor, inseeCode)) return;
  await refuse(actor, subject);
}

export async function requireGroup(actor: Actor, groupId: string, subject: { type: string; id: string; action: string }) {
  if (await mayActOnGroup(actor, groupId)) return;
  await refuse(actor, subject);
}

async function refuse(actor: Actor, subject: { type: string; id: string; action: string }): Promise<never> {
  await audit(db(), {
    organizerId: actor.id,
    action: "territory.refuse",
    subjectType: subject.type,
    subjectId: subject.id,
    details: { attempted: subject.action },
  });
  // The body names the reason: the error page says "not your territory" (app/components/error-page.tsx).
  throw new Response("territory", { status: 403 });
}
