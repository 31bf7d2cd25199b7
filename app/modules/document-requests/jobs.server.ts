// The background jobs of document requests, spread into the worker's table
// (app/jobs/worker.server.ts). A new job of this feature is one entry here.
import type { JobTable } from "~/utils/queues";
import { sendDueReminders } from "./reminders.server";

export const documentRequestJobs = {
  /** Email the reminders due (issue 14): hourly, each reminder of a request once. */
  documentRequestReminders: {
    name: "document-request-reminders",
    options: { retryLimit: 3, retryDelay: 300, expireInSeconds: 1800 },
    cron: "23 * * * *",
    handler: () => sendDueReminders(),
  },
} satisfies JobTable;
