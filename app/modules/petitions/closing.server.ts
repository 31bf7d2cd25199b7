// Closing on a date (issue 28). Organizers may give a petition a closing date; the worker's
// scheduled job closes every petition whose date has passed, in one UPDATE ... WHERE status =
// 'OPEN': two workers running it at once close each petition once, and audit it once. A
// signature made before closing can still be confirmed, and counts, during the grace period.
import type { PetitionStatus } from "~/generated/prisma/client";
import { audit } from "~/models/audit.server";
import { db } from "~/utils/db.server";
import { GRACE_PERIOD_HOURS } from "./closing";
import { petitionIs } from "./states";

const HOUR = 3600_000;

/**
 * Whether a signature made at `signedAt` may still be confirmed at `now`: while the petition
 * collects, or, once closed (by hand or on its date), when it was made before closing and the
 * grace period has not run out. A delivered petition's count is the mayor's: no more.
 */
export function canConfirm({
  petition,
  signedAt,
  now = new Date(),
}: {
  petition: { status: PetitionStatus; closedAt: Date | null; closesAt: Date | null };
  signedAt: Date;
  now?: Date;
}) {
  const { status, closesAt } = petition;
  if (petitionIs(status, "collecting") && (!closesAt || closesAt > now)) return true;
  // Open past its date (the job has not run yet) is closed since the date.
  const closedAt = petitionIs(status, "collecting") ? closesAt : petitionIs(status, "reopenable") ? petition.closedAt : null;
  if (!closedAt) return false;
  return signedAt < closedAt && now.getTime() < closedAt.getTime() + GRACE_PERIOD_HOURS * HOUR;
}

/** The scheduled job: closes the petitions whose date has passed, each once. Returns their ids. */
export async function closeDuePetitions({ now = new Date() }: { now?: Date } = {}) {
  return db().$transaction(async (tx) => {
    const closed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE petition SET status = 'CLOSED', closed_at = closes_at, updated_at = now()
      WHERE status = 'OPEN' AND closes_at <= ${now}
      RETURNING id::text`;
    for (const { id } of closed) {
      await audit(tx, { organizerId: null, action: "petition.close.scheduled", subjectType: "petition", subjectId: id });
    }
    return closed.map((row) => row.id);
  });
}
