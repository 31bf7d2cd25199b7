// Local groups as the public sees them (issue 25): the list with "is there a group near me?",
// a group's page (presentation, territory, next dates, its communes' petitions, projects and
// document requests), and the group(s) of a commune for its page. Nothing personal here: a
// group's coordinators and members are never named, members are counted.
import type { Prisma } from "~/generated/prisma/client";
import { searchCommunes } from "~/models/commune.server";
import { PUBLIC_STATUS } from "~/modules/projects/report.server";
import { db } from "~/utils/db.server";
import type { Territory } from "./territory.server";

/** A group's territory as the territory filters take it (app/modules/groups/territory.server.ts). */
export async function territoryOfGroup(groupId: string): Promise<NonNullable<Territory>> {
  const rows = await db().groupTerritory.findMany({ where: { groupId }, select: { inseeCode: true, departmentCode: true } });
  return {
    inseeCodes: rows.flatMap((row) => (row.inseeCode ? [row.inseeCode] : [])),
    departmentCodes: rows.flatMap((row) => (row.departmentCode ? [row.departmentCode] : [])),
    groupIds: [groupId],
  };
}

/** Records whose `inseeCode`/`commune` fall in a group's territory (never everything: an empty territory matches nothing). */
export function inGroupTerritory(territory: NonNullable<Territory>) {
  return { OR: [{ inseeCode: { in: territory.inseeCodes } }, { commune: { departmentCode: { in: territory.departmentCodes } } }] };
}

/** The upcoming public dates of a group: its own events, and those in a commune of its territory. */
export function upcomingEventsWhere(groupId: string, territory: NonNullable<Territory>, now: Date): Prisma.EventWhereInput {
  return {
    publishedAt: { not: null, lte: now },
    status: "SCHEDULED",
    startsAt: { gte: now },
    OR: [{ groupId }, ...inGroupTerritory(territory).OR],
  };
}

/** The territory named: its communes (with their pages) and its departments (with their names). */
async function namedTerritory(territory: NonNullable<Territory>) {
  const [communes, departments] = await Promise.all([
    db().commune.findMany({
      where: { inseeCode: { in: territory.inseeCodes } },
      orderBy: { population: "desc" },
      select: { inseeCode: true, name: true, slug: true, departmentCode: true },
    }),
    db().commune.findMany({
      where: { departmentCode: { in: territory.departmentCodes } },
      distinct: ["departmentCode"],
      select: { departmentCode: true, departmentName: true },
    }),
  ]);
  return { communes, departments: departments.map((row) => ({ code: row.departmentCode, name: row.departmentName })) };
}

export type GroupTerritoryNames = Awaited<ReturnType<typeof namedTerritory>>;

/** The published groups, with their territory, next date and number of members (the list and its table). */
export async function listPublishedGroups({ now = new Date() }: { now?: Date } = {}) {
  const groups = await db().localGroup.findMany({
    where: { publishedAt: { not: null } },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, _count: { select: { members: { where: { confirmedAt: { not: null } } } } } },
  });
  return Promise.all(
    groups.map(async (group) => {
      const territory = await territoryOfGroup(group.id);
      const [names, next] = await Promise.all([
        namedTerritory(territory),
        db().event.findFirst({
          where: upcomingEventsWhere(group.id, territory, now),
          orderBy: { startsAt: "asc" },
          select: { slug: true, title: true, startsAt: true },
        }),
      ]);
      return { slug: group.slug, name: group.name, territory: names, nextEvent: next, members: group._count.members };
    }),
  );
}

export type PublicGroupRow = Awaited<ReturnType<typeof listPublishedGroups>>[number];

/** The published groups that cover a commune (its own entry, or its whole department). */
export async function groupsForCommune({ inseeCode, departmentCode }: { inseeCode: string; departmentCode: string }) {
  return db().localGroup.findMany({
    where: { publishedAt: { not: null }, territories: { some: { OR: [{ inseeCode }, { departmentCode }] } } },
    orderBy: { name: "asc" },
    select: { slug: true, name: true },
  });
}

/**
 * "Is there a group near me?": the communes matching a name or a postcode, each with the
 * published groups that cover it.
 */
export async function searchGroupsNear({ query }: { query: string }) {
  const communes = await searchCommunes({ query, limit: 10 });
  return Promise.all(
    communes.map(async (commune) => ({
      commune: { name: commune.name, slug: commune.slug, departmentCode: commune.departmentCode, postcodes: commune.postcodes },
      groups: await groupsForCommune(commune),
    })),
  );
}

/** What a group's slug looks like: anything else is unknown without asking the database (a NUL byte would make it fail). */
const SLUG = /^[a-z0-9-]{1,80}$/;

/** A published group's page; null for an unknown or unpublished slug. */
export async function getPublicGroup({ slug, now = new Date() }: { slug: string; now?: Date }) {
  if (!SLUG.test(slug)) return null;
  const group = await db().localGroup.findFirst({
    where: { slug, publishedAt: { not: null } },
    select: { id: true, slug: true, name: true, presentation: true, _count: { select: { members: { where: { confirmedAt: { not: null } } } } } },
  });
  if (!group) return null;
  const territory = await territoryOfGroup(group.id);
  const inTerritory = inGroupTerritory(territory);
  const [names, events, petitions, projects, requests] = await Promise.all([
    namedTerritory(territory),
    db().event.findMany({
      where: upcomingEventsWhere(group.id, territory, now),
      orderBy: { startsAt: "asc" },
      take: 20,
      select: { slug: true, title: true, kind: true, startsAt: true, commune: { select: { name: true } } },
    }),
    db().petition.findMany({
      where: { status: "OPEN", ...inTerritory },
      orderBy: { openedAt: "desc" },
      take: 50,
      select: { id: true, title: true, commune: { select: { name: true, slug: true } } },
    }),
    db().report.findMany({
      where: { status: PUBLIC_STATUS, slug: { not: null }, ...inTerritory },
      orderBy: { publishedAt: "desc" },
      take: 50,
      select: { id: true, slug: true, title: true, commune: { select: { name: true } } },
    }),
    db().documentRequest.findMany({
      where: { confirmedAt: { not: null }, ...inTerritory },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, projectLabel: true, commune: { select: { name: true } } },
    }),
  ]);
  return {
    id: group.id,
    slug: group.slug,
    name: group.name,
    presentation: group.presentation,
    members: group._count.members,
    territory: names,
    events,
    petitions,
    projects: projects.flatMap((project) => (project.slug ? [{ ...project, slug: project.slug }] : [])),
    requests,
  };
}

export type PublicGroup = NonNullable<Awaited<ReturnType<typeof getPublicGroup>>>;

/** A group by slug for the forms that post to it (join, contact), published or not: null if unknown. */
export async function getGroupBySlug({ slug }: { slug: string }) {
  if (!SLUG.test(slug)) return null;
  return db().localGroup.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, publishedAt: true } });
}
