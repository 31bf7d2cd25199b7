// The background jobs of the newsletter, spread into the worker's table (app/jobs/worker.server.ts).
// A new job of this feature is a queue in queues.ts and one entry here.
import type PgBoss from "pg-boss";
import { env } from "~/utils/env.server";
import { log } from "~/utils/log.server";
import type { JobTable } from "~/utils/queues";
import { createDigest, resumeStalledDigests, sendDigest } from "./digest.server";
import { digestQueue, resumeDigestsQueue, sendDigestQueue } from "./queues";

export const newsletterJobs = {
  /** The weekly schedule: a digest when something was published since the last one. */
  digest: {
    ...digestQueue,
    // The day and hour come from the environment, read when the worker schedules it.
    cron: () => env().DIGEST_CRON,
    handler: async () => {
      const digest = await createDigest({ startedBy: "schedule" });
      log.info(
        digest.ok ? "digest: started" : "digest: nothing new",
        digest.ok ? { digestId: digest.id, recipients: digest.recipients, batches: digest.batches } : {},
      );
      return digest.ok ? { id: digest.id, recipients: digest.recipients, batches: digest.batches } : { skipped: "nothing new" };
    },
  },
  /** Sends one digest. "busy" means another worker holds its lease: that one finishes it. */
  sendDigest: {
    ...sendDigestQueue,
    handler: ([job]: PgBoss.Job<{ digestId: string }>[]) => sendDigest({ digestId: job.data.digestId }),
  },
  /** Takes over the digests whose sender died, every five minutes. */
  resumeDigests: {
    ...resumeDigestsQueue,
    cron: "*/5 * * * *",
    handler: async () => ({ resumed: await resumeStalledDigests() }),
  },
} satisfies JobTable;
