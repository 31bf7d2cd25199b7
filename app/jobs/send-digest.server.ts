import type PgBoss from "pg-boss";
import { createDigest, resumeStalledDigests, sendDigest } from "~/models/digest.server";

/** The weekly schedule: a digest when something was published since the last one. */
export async function scheduledDigest() {
  const digest = await createDigest({ startedBy: "schedule" });
  console.log(digest ? `digest ${digest.id}: ${digest.recipients} recipient(s) in ${digest.batches} batch(es)` : "digest: nothing new");
  return digest ?? { skipped: "nothing new" };
}

/** Sends one digest. "busy" means another worker holds its lease: that one finishes it. */
export async function sendDigestJob([job]: PgBoss.Job<{ digestId: string }>[]) {
  return sendDigest({ digestId: job.data.digestId });
}

export async function resumeDigests() {
  return { resumed: await resumeStalledDigests() };
}
