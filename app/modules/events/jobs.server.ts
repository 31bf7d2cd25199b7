// The background jobs of events, spread into the worker's table (app/jobs/worker.server.ts).
import type { JobTable } from "~/utils/queues";
import { sendEventReminders } from "./reminders.server";

export const eventJobs = {
  /** Queue the day-before reminders (issue 25): every 15 minutes, each registration's once. */
  eventReminders: {
    name: "event-reminders",
    options: { retryLimit: 3, retryDelay: 120, expireInSeconds: 600 },
    cron: "*/15 * * * *",
    handler: () => sendEventReminders(),
  },
} satisfies JobTable;
