// What waits for organizers, counted for the admin home: each count links to where the work is.
import { db } from "~/utils/db.server";
import { listOverdueRequests } from "~/modules/document-requests/admin.server";
import { petitionIs, petitionStates } from "~/modules/petitions/states";
import { countPendingPetitionRequests } from "~/modules/petition-requests/request.server";
import { QUEUE_STATUSES } from "~/modules/projects/report.server";
import { inTerritory, type Territory } from "~/modules/groups/territory.server";

export type PendingWork = {
  reports: number;
  /** Closed petitions, and open ones at their goal, not delivered yet. */
  toDeliver: { id: string; commune: string }[];
  filesToReview: number;
  overdueRequests: number;
  volunteersToContact: number;
  /** Confirmed requests for a petition in communes that still have none open. */
  petitionRequests: number;
};

/**
 * `territory`: a coordinator's (issue 25), whose counts cover their communes only; the requests
 * for a petition are national work (0 for a coordinator). null: everywhere.
 */
export async function getPendingWork({ now = new Date(), territory = null }: { now?: Date; territory?: Territory } = {}): Promise<PendingWork> {
  const here = inTerritory(territory);
  const [reports, deliverable, files, overdue, volunteersToContact, petitionRequests] = await Promise.all([
    db().report.count({ where: { status: { in: QUEUE_STATUSES }, ...here } }),
    db().petition.findMany({
      where: { status: { in: petitionStates("deliverable") }, ...here },
      orderBy: { openedAt: "asc" },
      select: { id: true, status: true, goal: true, commune: { select: { name: true } }, tally: { select: { residents: true, supporters: true } } },
    }),
    db().documentRequestFile.count({ where: { status: "PENDING", request: { confirmedAt: { not: null }, ...here } } }),
    listOverdueRequests({ now, territory }),
    db().volunteer.count({ where: { confirmedAt: { not: null }, contactedAt: null, ...here } }),
    territory === null ? countPendingPetitionRequests() : 0,
  ]);
  const toDeliver = deliverable
    .filter((petition) => petitionIs(petition.status, "reopenable") || (petition.tally?.residents ?? 0) + (petition.tally?.supporters ?? 0) >= petition.goal)
    .map((petition) => ({ id: petition.id, commune: petition.commune.name }));
  return { reports, toDeliver, filesToReview: files, overdueRequests: overdue.length, volunteersToContact, petitionRequests };
}
