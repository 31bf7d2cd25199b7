// Running groups (issue 25): national organizers create groups, draw their territory (communes
// or whole departments), choose coordinators (organizers, or a new COORDINATOR organizer added by
// address) and publish them; coordinators edit their group's presentation. Every change is
// audited in its transaction; publishing a group or growing its territory invites its
// volunteers (once each, membership.server.ts).
import type { Prisma } from "~/generated/prisma/client";
import { audit } from "~/models/audit.server";
import { addOrganizer, organizerIndexFor } from "~/models/organizer.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { fail, ok, type Result } from "~/utils/result";
import { enqueueInvitations, memberCounts } from "./membership.server";
import type { CreateGroupInput } from "./schema";
import { isNational, type Actor } from "./territory.server";

/** The groups an organizer runs: every group for a national one, their own for a coordinator. */
export async function listGroupsForAdmin(actor: Actor) {
  const groups = await db().localGroup.findMany({
    where: isNational(actor) ? {} : { coordinators: { some: { organizerId: actor.id } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      publishedAt: true,
      territories: { select: { inseeCode: true, departmentCode: true, commune: { select: { name: true } } } },
      _count: { select: { members: { where: { confirmedAt: { not: null } } }, coordinators: true } },
    },
  });
  return groups.map((group) => ({
    id: group.id,
    slug: group.slug,
    name: group.name,
    published: group.publishedAt !== null,
    territory: group.territories.map((row) => row.commune?.name ?? row.departmentCode ?? "").join(", "),
    members: group._count.members,
    coordinators: group._count.coordinators,
  }));
}

/** A group as its admin page shows it: text, territory, coordinators (national organizers only see their addresses), counts. */
export async function getAdminGroup({ id, actor }: { id: string; actor: Actor }) {
  const group = await db().localGroup.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      presentation: true,
      publishedAt: true,
      territories: {
        select: { id: true, inseeCode: true, departmentCode: true, commune: { select: { name: true, departmentCode: true } } },
      },
      coordinators: { select: { organizer: { select: { id: true, email: true, role: true } } } },
    },
  });
  if (!group) return null;
  return {
    ...group,
    coordinators: group.coordinators.map(({ organizer }) => ({
      id: organizer.id,
      role: organizer.role,
      email: isNational(actor) ? decrypt(organizer.email) : null,
    })),
    counts: await memberCounts({ groupId: id }),
  };
}

/** A group's id and name (the announcement page's heading), or null. */
export function groupName({ id }: { id: string }) {
  return db().localGroup.findUnique({ where: { id }, select: { id: true, name: true } });
}

/** The organizers a national organizer may choose as coordinators. */
export async function listOrganizerChoices() {
  const rows = await db().organizer.findMany({ where: { disabledAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, email: true, role: true } });
  return rows.map((row) => ({ id: row.id, email: decrypt(row.email), role: row.role }));
}

export async function createGroup({ organizerId, input }: { organizerId: string; input: CreateGroupInput }): Promise<Result<{ id: string }, "slug-taken">> {
  return db().$transaction(async (tx) => {
    const inserted = await tx.localGroup.createManyAndReturn({ data: input, skipDuplicates: true, select: { id: true } });
    if (!inserted[0]) return fail("slug-taken");
    await audit(tx, { organizerId, action: "group.create", subjectType: "group", subjectId: inserted[0].id, details: { slug: input.slug } });
    return ok({ id: inserted[0].id });
  });
}

export async function updatePresentation({ groupId, organizerId, presentation }: { groupId: string; organizerId: string; presentation: string }) {
  await db().$transaction(async (tx) => {
    await tx.localGroup.update({ where: { id: groupId }, data: { presentation } });
    await audit(tx, { organizerId, action: "group.presentation", subjectType: "group", subjectId: groupId });
  });
}

export async function renameGroup({ groupId, organizerId, name }: { groupId: string; organizerId: string; name: string }) {
  await db().$transaction(async (tx) => {
    await tx.localGroup.update({ where: { id: groupId }, data: { name } });
    await audit(tx, { organizerId, action: "group.rename", subjectType: "group", subjectId: groupId });
  });
}

/** Publishes (inviting the territory's volunteers) or withdraws a group. */
export async function setGroupPublished({ groupId, organizerId, published }: { groupId: string; organizerId: string; published: boolean }) {
  await db().$transaction(async (tx) => {
    const changed = await tx.localGroup.updateMany({
      where: { id: groupId, publishedAt: published ? null : { not: null } },
      data: { publishedAt: published ? new Date() : null },
    });
    if (changed.count === 0) return;
    await audit(tx, { organizerId, action: published ? "group.publish" : "group.unpublish", subjectType: "group", subjectId: groupId });
    if (published) await enqueueInvitations(tx, groupId);
  });
}

/** Adds a commune or a whole department; the volunteers of what was added are invited if the group is public. */
export async function addTerritory({
  groupId,
  organizerId,
  piece,
}: {
  groupId: string;
  organizerId: string;
  piece: { inseeCode: string } | { departmentCode: string };
}): Promise<Result<object, "unknown-department">> {
  if ("departmentCode" in piece && (await db().commune.count({ where: { departmentCode: piece.departmentCode } })) === 0) return fail("unknown-department");
  await db().$transaction(async (tx) => {
    const inserted = await tx.groupTerritory.createMany({ data: { groupId, ...piece }, skipDuplicates: true });
    if (inserted.count === 0) return;
    await audit(tx, { organizerId, action: "group.territory.add", subjectType: "group", subjectId: groupId, details: piece });
    const group = await tx.localGroup.findUniqueOrThrow({ where: { id: groupId }, select: { publishedAt: true } });
    if (group.publishedAt) await enqueueInvitations(tx, groupId);
  });
  return ok();
}

export async function removeTerritory({ groupId, organizerId, territoryId }: { groupId: string; organizerId: string; territoryId: string }) {
  await db().$transaction(async (tx) => {
    const removed = await tx.groupTerritory.deleteMany({ where: { id: territoryId, groupId } });
    if (removed.count > 0)
      await audit(tx, { organizerId, action: "group.territory.remove", subjectType: "group", subjectId: groupId, details: { territoryId } });
  });
}

/**
 * Adds a coordinator: an organizer chosen by id, or an address — an organizer already known
 * keeps their role; an unknown address becomes a COORDINATOR organizer (addOrganizer, audited).
 */
export async function addCoordinator({
  groupId,
  organizerId,
  coordinator,
}: {
  groupId: string;
  organizerId: string;
  coordinator: { organizerId: string } | { email: string };
}): Promise<Result<{ coordinatorId: string }, "unknown">> {
  let coordinatorId: string;
  if ("organizerId" in coordinator) {
    const found = await db().organizer.findFirst({ where: { id: coordinator.organizerId, disabledAt: null }, select: { id: true } });
    if (!found) return fail("unknown");
    coordinatorId = found.id;
  } else {
    const known = await db().organizer.findUnique({ where: { emailIndex: organizerIndexFor(coordinator.email) }, select: { id: true, disabledAt: true } });
    coordinatorId =
      known && known.disabledAt === null ? known.id : (await addOrganizer({ email: coordinator.email, role: "COORDINATOR", addedBy: organizerId })).id;
  }
  await db().$transaction(async (tx) => {
    const inserted = await tx.groupCoordinator.createMany({ data: { groupId, organizerId: coordinatorId }, skipDuplicates: true });
    if (inserted.count > 0) {
      await audit(tx, { organizerId, action: "group.coordinator.add", subjectType: "group", subjectId: groupId, details: { coordinatorId } });
    }
  });
  return ok({ coordinatorId });
}

export async function removeCoordinator({ groupId, organizerId, coordinatorId }: { groupId: string; organizerId: string; coordinatorId: string }) {
  await db().$transaction(async (tx) => {
    const removed = await tx.groupCoordinator.deleteMany({ where: { groupId, organizerId: coordinatorId } });
    if (removed.count > 0) {
      await audit(tx, {
        organizerId,
        action: "group.coordinator.remove",
        subjectType: "group",
        subjectId: groupId,
        details: { coordinatorId } satisfies Prisma.InputJsonObject,
      });
    }
  });
}
