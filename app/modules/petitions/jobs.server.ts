// The background jobs of petitions, spread into the worker's table (app/jobs/worker.server.ts).
import type { JobTable } from "~/utils/queues";
import { closeDuePetitions } from "./closing.server";

export const petitionJobs = {
  /** Close the petitions whose closing date has passed (issue 28): every minute, each petition once. */
  petitionCloseDue: {
    name: "petition-close-due",
    options: { retryLimit: 3, retryDelay: 30, expireInSeconds: 300 },
    cron: "* * * * *",
    handler: async () => ({ closed: (await closeDuePetitions()).length }),
  },
} satisfies JobTable;
