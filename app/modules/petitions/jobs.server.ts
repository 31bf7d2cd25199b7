// The background jobs of petitions, spread into the worker's table (app/jobs/worker.server.ts).
import type { JobTable } from "~/utils/queues";
import { closeDuePetitions } from "./closing.server";
import { notifySigners } from "./notify-signers.server";
import { NOTIFY_SIGNERS_QUEUE } from "./queues";

export const petitionJobs = {
  /** Close the petitions whose closing date has passed (issue 28): every minute, each petition once. */
  petitionCloseDue: {
    name: "petition-close-due",
    options: { retryLimit: 3, retryDelay: 30, expireInSeconds: 300 },
    cron: "* * * * *",
    handler: async () => ({ closed: (await closeDuePetitions()).length }),
  },
  /**
   * Email one batch of a petition's confirmed signers about its delivery or the mayor's response,
   * then enqueue the next batch (notify-signers.server.ts); started by admin.server.ts.
   */
  notifySigners: {
    ...NOTIFY_SIGNERS_QUEUE,
    handler: notifySigners,
  },
} satisfies JobTable;
