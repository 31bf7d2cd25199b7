import type PgBoss from "pg-boss";
import { createDigest, resumeStalledDigests, sendDigest } from "~/models/digest.server";
import { log } from "~/utils/log.server";

/** The weekly schedule: a digest when something was published since the last one. */
export async function scheduledDigest() {
  const digest = await createDigest({ startedBy: "schedule" });
  log.info(
    digest.ok ? "digest: started" : "digest: nothing new",
    digest.ok ? { digestId: digest.id, recipients: digest.recipients, batches: digest.batches } : {},
  );
  return digest.ok ? { id: digest.id, recipients: digest.recipients, batches: digest.batches } : { skipped: "nothing new" };
}

/** Sends one digest. "busy" means another worker holds its lease: that one finishes it. */
export async function sendDigestJob([job]: PgBoss.Job<{ digestId: string }>[]) {
  return sendDigest({ digestId: job.data.digestId });
}

export async function resumeDigests() {
  return { resumed: await resumeStalledDigests() };
}
