import { counts, PUBLIC_STATUSES } from "./petition.server";
import { db } from "~/utils/db.server";

/**
 * What a page about something else (a project) shows of its commune's petition: its title, count
 * and goal, or null when the commune has none. The newest public petition, as the city page shows.
 */
export async function communePetitionSummary({ inseeCode }: { inseeCode: string }) {
  const petition = await db().petition.findFirst({
    where: { inseeCode, status: { in: PUBLIC_STATUSES } },
    orderBy: [{ openedAt: "desc" }],
    select: { id: true, title: true, goal: true, status: true, tally: { select: { residents: true, supporters: true } } },
  });
  if (!petition) return null;
  const { tally, ...rest } = petition;
  return { ...rest, count: counts(tally).count };
}
